import DatelineNormalizer

/// Something odd about an article that does not stop it being read, such as a publication date
/// in the future. `description` is one line naming the file.
public enum ArticleWarning: Sendable, Hashable, CustomStringConvertible {
    /// The publication date lies after `today` (the reading day, plus one day for time zones).
    case futureDate(path: String, date: CalendarDate, source: PublicationDateSource, today: CalendarDate)
    /// The publication date lies before 1900.
    case before1900(path: String, date: CalendarDate, source: PublicationDateSource)
    /// The date in the page URL's path differs by more than a day from the date that was used.
    case urlDateConflict(path: String, urlDate: CalendarDate, used: CalendarDate, source: PublicationDateSource)
    /// A JSON string escape on line `line` of a batch names half of a UTF-16 surrogate pair
    /// (`"\ud800"`) without the other half; `offset` is the escape's byte offset in the line, and
    /// `escape` the escape as written. It was read as U+FFFD.
    case loneSurrogate(path: String, line: Int, offset: Int, escape: String)
    /// A comment in a web page, opened on `line`, is never closed: the rest of the page was read as
    /// part of the comment, as a browser would, so its text is not in the article.
    case unclosedComment(path: String, line: Int)

    /// The file the warning is about (`"-"` for standard input).
    public var path: String {
        switch self {
        case .futureDate(let path, _, _, _), .before1900(let path, _, _), .urlDateConflict(let path, _, _, _),
             .loneSurrogate(let path, _, _, _), .unclosedComment(let path, _): path
        }
    }

    /// One line: the file, what is odd, and what was done about it.
    public var description: String {
        let name = path == "-" ? "<stdin>" : path
        switch self {
        case .futureDate(_, let date, let source, let today):
            return "\(name): warning: publication date \(date) (from \(source.rawValue)) is after today (\(today)); used as given, pass --published to correct it"
        case .before1900(_, let date, let source):
            return "\(name): warning: publication date \(date) (from \(source.rawValue)) is before 1900; used as given, pass --published to correct it"
        case .urlDateConflict(_, let urlDate, let used, let source):
            return "\(name): warning: the URL's date \(urlDate) differs from the \(source.rawValue) date \(used); using \(used)"
        case .loneSurrogate(_, let line, let offset, let escape):
            return "\(name):\(line): warning: \(escape) at byte \(offset) of the line is half of a UTF-16 surrogate pair; read as U+FFFD, fix the exporter to write whole characters"
        case .unclosedComment(_, let line):
            return "\(name):\(line): warning: a comment (<!--) opened here is never closed, so the rest of the page is skipped, as a browser would; close it with -->"
        }
    }
}
