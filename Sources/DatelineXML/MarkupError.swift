/// Why parsing, querying or validating markup failed.
public enum MarkupError: Error, Equatable, CustomStringConvertible {
    /// The input had no bytes, or only whitespace.
    case emptyInput
    /// Strict XML parsing failed; the first error, with a one-line message.
    case malformed(line: Int, column: Int, message: String)
    /// The XPath expression (given here) did not compile or evaluate.
    case invalidXPath(String)
    /// The RELAX NG schema did not parse; the associated value explains why.
    case invalidSchema(String)
    /// The document does not match the schema; the first validation error.
    case invalid(line: Int, message: String)
    /// Elements nest deeper than `limit` (`MarkupDocument.maximumXMLDepth` or `maximumHTMLDepth`);
    /// `line` is where the first element past the limit starts.
    case tooDeep(line: Int, limit: Int)
    /// Entity declarations expand into more text than libxml2 allows (a "billion laughs" bomb), or
    /// refer to themselves; `line` is where the offending reference stands in the document.
    case entityExpansion(line: Int)

    /// One human-readable line, such as `line 3, column 7: Opening and ending tag mismatch: a and b`.
    public var description: String {
        switch self {
        case .emptyInput:
            return "the input is empty"
        case let .malformed(line, column, message):
            return "line \(line), column \(column): \(message)"
        case let .invalidXPath(expression):
            return "invalid XPath expression: \(expression)"
        case let .invalidSchema(message):
            return "invalid RELAX NG schema: \(message)"
        case let .invalid(line, message):
            return "line \(line): \(message)"
        case let .tooDeep(line, limit):
            return "line \(line): elements nest more than \(limit) levels deep"
        case let .entityExpansion(line):
            return "line \(line): entity references expand too far (an entity bomb, or an entity that refers to itself)"
        }
    }
}
