/// Why a TimeML document could not be read or annotated. `description` is one line naming the
/// file (and position, when there is one) and saying what to do.
public enum TimeMLError: Error, Equatable, CustomStringConvertible {
    /// Nothing exists at the path.
    case fileNotFound(path: String)
    /// The file exists but could not be read.
    case unreadable(path: String, reason: String)
    /// The file has no bytes, or only whitespace.
    case empty(path: String)
    /// The XML is not well-formed; the first error libxml2 reported, at a 1-based line and column.
    case notWellFormed(path: String, line: Int, column: Int, message: String)
    /// The document has no `<TEXT>` element.
    case missingText(path: String)
    /// The creation time (`<DCT><TIMEX3 functionInDocument="CREATION_TIME" value=…>`) has a value
    /// without a readable calendar date.
    case invalidCreationTime(path: String, value: String)
    /// An annotation handed to the writer does not fit the text: `reason` says how.
    case invalidAnnotation(path: String, range: Range<Int>, reason: String)
    /// The writer's output did not read back with the same text (a bug; never expected).
    case roundTripFailed(path: String)

    /// The file the error is about.
    public var path: String {
        switch self {
        case .fileNotFound(let path), .unreadable(let path, _), .empty(let path), .notWellFormed(let path, _, _, _),
             .missingText(let path), .invalidCreationTime(let path, _), .invalidAnnotation(let path, _, _),
             .roundTripFailed(let path):
            path
        }
    }

    /// One line: the file, what is wrong, and what to do.
    public var description: String {
        let name = path == "-" ? "<stdin>" : path
        switch self {
        case .fileNotFound:
            return "\(name): no such file; check the path"
        case .unreadable(_, let reason):
            return "\(name): cannot be read (\(Self.oneLine(reason))); check that it is a readable file"
        case .empty:
            return "\(name): the file is empty; a TimeML document needs a <TimeML> root with a <TEXT> element"
        case .notWellFormed(_, let line, let column, let message):
            return "\(name):\(line):\(column): not well-formed XML (\(Self.oneLine(message))); fix the markup at that position"
        case .missingText:
            return "\(name): no <TEXT> element; put the document's text inside <TEXT>…</TEXT>"
        case .invalidCreationTime(_, let value):
            return "\(name): cannot read the creation time '\(Self.oneLine(value))' in <DCT>; give its TIMEX3 a value such as 1998-08-07 or 19980807"
        case .invalidAnnotation(_, let range, let reason):
            return "\(name): the annotation at UTF-8 bytes \(range.lowerBound)..<\(range.upperBound) of <TEXT> \(reason); pass ranges that lie inside the text, on character boundaries, without overlapping"
        case .roundTripFailed:
            return "\(name): the annotated document did not read back with the same text; please report this with the input file"
        }
    }

    private static func oneLine(_ text: String) -> String {
        String(text.map { $0.isNewline ? " " : $0 })
    }
}
