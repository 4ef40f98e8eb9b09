/// One unit of work in an `ArticleBatch`: a line of a JSON Lines file, or a whole article file.
public enum BatchItem: Sendable {
    /// A line of the JSON Lines file at `path` (`"-"` for standard input).
    case line(path: String, JSONLinesLine)
    /// An article file of any single-article format.
    case file(path: String)
    /// An input that could not be opened; it becomes an error record.
    case unreadable(ArticleError)
}
