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
    /// The file holds more than `limit` bytes (`InputLimits.maximumDocumentBytes`).
    case tooLarge(path: String, bytes: Int, limit: Int)
    /// Elements nest deeper than `limit` (`InputLimits.maximumXMLDepth`); `line` is where the first
    /// element past the limit starts.
    case tooDeep(path: String, line: Int, limit: Int)
    /// Entity references on `line` expand into more text than libxml2 allows (an entity bomb), or
    /// an entity refers to itself.
    case entityExpansion(path: String, line: Int)

    /// The file the error is about.
    public var path: String {
        switch self {
        case .fileNotFound(let path), .unreadable(let path, _), .empty(let path), .notWellFormed(let path, _, _, _),
             .missingText(let path), .invalidCreationTime(let path, _), .invalidAnnotation(let path, _, _),
             .roundTripFailed(let path), .tooLarge(let path, _, _), .tooDeep(let path, _, _), .entityExpansion(let path, _):
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
        case .tooLarge(_, let bytes, let limit):
            return "\(name): the file is \(ArticleError.megabytes(bytes)), more than the \(ArticleError.megabytes(limit)) Dateline reads as one document; split it into several documents"
        case .tooDeep(_, let line, let limit):
            return "\(name):\(line): elements nest more than \(limit) levels deep, more than Dateline reads in XML; flatten the markup"
        case .entityExpansion(_, let line):
            return "\(name):\(line): entity references expand into too much text (an entity bomb, or an entity that refers to itself); remove the entity declarations from the <!DOCTYPE>"
        }
    }

    private static func oneLine(_ text: String) -> String {
        String(text.map { $0.isNewline ? " " : $0 })
    }
}
