/// Why an article could not be read. `description` is one line: what is wrong, where, and what to do.
public enum ArticleError: Error, Equatable, CustomStringConvertible {
    /// Nothing exists at the path.
    case fileNotFound(path: String)
    /// The file or directory exists but could not be read.
    case unreadable(path: String, reason: String)
    /// `offset` is the byte offset (from 0, counting any BOM) of the first byte of the first ill-formed sequence.
    case notUTF8(path: String, offset: Int)
    /// The article has no body text.
    case emptyArticle(path: String)
    /// A directory holds no article files (see `ArticleFormat.fileExtensions`).
    case noArticlesInDirectory(path: String)
    /// `line` is 1-based; `text` is the value that could not be read as a date.
    case invalidPublishedDate(path: String, line: Int, text: String)
    /// A date was required and none was given or found.
    case missingPublicationDate(path: String)
    /// The file has no bytes at all.
    case emptyFile(path: String)
    /// The bytes are not text (NUL bytes, or the signature of an image, PDF or archive); `kind` names what it looks like.
    case binaryFile(path: String, kind: String)
    /// A web page parsed, but no article paragraphs were found in it.
    case noTextInPage(path: String)
    /// A TimeML document could not be read.
    case timeML(TimeMLError)
    /// One line of a JSON Lines batch (1-based `line`) is not a usable article record.
    case invalidRecord(path: String, line: Int, reason: String)
    /// The file holds more than `limit` bytes (`InputLimits.maximumDocumentBytes`); `bytes` is its size
    /// (for standard input, what was read before giving up).
    case tooLarge(path: String, bytes: Int, limit: Int)
    /// A web page's elements nest deeper than `limit` (`InputLimits.maximumHTMLDepth`); `line` is
    /// where the first element past the limit starts.
    case tooDeep(path: String, line: Int, limit: Int)
    /// The file holds a UTF-8 or UTF-16 byte-order mark and nothing else.
    case onlyByteOrderMark(path: String)
    /// A JSON Lines batch holds no article lines (only blank lines, or a byte-order mark).
    case emptyBatch(path: String)
    /// Tagging or event extraction did not finish within the per-document time budget; `line` is the
    /// batch line for a JSON Lines record.
    case timeBudgetExceeded(path: String, line: Int?, budget: Duration)

    /// The file or directory the error is about (`"-"` for standard input).
    public var path: String {
        switch self {
        case .fileNotFound(let path), .unreadable(let path, _), .notUTF8(let path, _), .emptyArticle(let path),
             .noArticlesInDirectory(let path), .invalidPublishedDate(let path, _, _), .missingPublicationDate(let path),
             .emptyFile(let path), .binaryFile(let path, _), .noTextInPage(let path), .invalidRecord(let path, _, _),
             .tooLarge(let path, _, _), .tooDeep(let path, _, _), .onlyByteOrderMark(let path), .emptyBatch(let path),
             .timeBudgetExceeded(let path, _, _):
            path
        case .timeML(let error):
            error.path
        }
    }

    /// One line: what is wrong, which file (and line or byte), and what to do.
    public var description: String {
        let name = path == "-" ? "<stdin>" : path
        switch self {
        case .fileNotFound:
            return "\(name): no such file or directory; check the path"
        case .unreadable(_, let reason):
            return "\(name): cannot be read (\(ArticleError.oneLine(reason))); check that it is a readable file"
        case .notUTF8(_, let offset):
            return "\(name): byte \(offset) is not valid UTF-8; re-save the file as UTF-8"
        case .emptyArticle:
            return "\(name): the article has no body text; put the article text after the header and a blank line"
        case .noArticlesInDirectory:
            return "\(name): directory has no article files (.txt, .md, .html, .htm, .tml, .jsonl); add articles to it or pass the files directly"
        case .invalidPublishedDate(_, let line, let text):
            return "\(name):\(line): cannot read publication date '\(ArticleError.oneLine(text))'; write it as YYYY-MM-DD, e.g. 'Published: 2025-06-26'"
        case .missingPublicationDate:
            if ArticleFormat(extensionOf: path) == .html {
                return "\(name): no publication date found in the page (JSON-LD, meta tags, <time>, URL or dateline); pass --published YYYY-MM-DD, or pass --allow-undated"
            }
            return "\(name): no publication date found; add a first line 'Published: YYYY-MM-DD', pass --published YYYY-MM-DD, or pass --allow-undated"
        case .emptyFile:
            return "\(name): the file is empty (0 bytes); pass a file with article text in it"
        case .binaryFile(_, let kind):
            return "\(name): looks like \(kind), not an article; pass a text, HTML, TimeML or JSON Lines file"
        case .noTextInPage:
            return "\(name): no article paragraphs found in the page; save the article page itself, or paste its text into a .txt file"
        case .timeML(let error):
            return error.description
        case .invalidRecord(_, let line, let reason):
            return "\(name):\(line): \(ArticleError.oneLine(reason))"
        case .tooLarge(_, let bytes, let limit):
            let advice = ArticleFormat(extensionOf: path) == .jsonLines
                ? "pass --format jsonl to stream the batch line by line, or split it"
                : "split it into several articles"
            if path == "-" {
                return "\(name): the input is over \(Self.megabytes(limit)), the most Dateline reads as one document; \(advice)"
            }
            return "\(name): the file is \(Self.megabytes(bytes)), more than the \(Self.megabytes(limit)) Dateline reads as one document; \(advice)"
        case .tooDeep(_, let line, let limit):
            return "\(name):\(line): elements nest more than \(limit.formatted) levels deep, more than Dateline reads; close the page's open tags, or paste its text into a .txt file"
        case .onlyByteOrderMark:
            return "\(name): the file holds only a byte-order mark and no text; pass a file with article text in it"
        case .emptyBatch:
            return "\(name): the batch has no article lines (only blank lines or a byte-order mark); write one JSON object per line"
        case .timeBudgetExceeded(_, let line, let budget):
            let place = line.map { "\(name):\($0)" } ?? name
            return "\(place): not finished within the time budget of \(budget.secondsText) per document; split the article, or raise --time-budget"
        }
    }

    /// `67108864` → `64 MB` (binary megabytes, one decimal when needed).
    static func megabytes(_ bytes: Int) -> String {
        let tenths = (bytes * 10 + (1 << 19)) >> 20
        return tenths % 10 == 0 ? "\(tenths / 10) MB" : "\(tenths / 10).\(tenths % 10) MB"
    }

    private static func oneLine(_ text: String) -> String {
        String(text.map { $0.isNewline ? " " : $0 })
    }
}

extension Int {
    /// `10000` → `10,000`: thousands separated by commas, whatever the locale.
    var formatted: String {
        let digits = String(magnitude)
        var result = ""
        for (index, digit) in digits.enumerated() {
            if index > 0, (digits.count - index) % 3 == 0 { result.append(",") }
            result.append(digit)
        }
        return self < 0 ? "-" + result : result
    }
}

extension Duration {
    /// `.seconds(30)` → `30 s`, `.milliseconds(1500)` → `1.5 s`, `.microseconds(1)` → `0.000001 s`.
    var secondsText: String {
        let (seconds, attoseconds) = components
        let nanoseconds = attoseconds / 1_000_000_000
        if nanoseconds == 0 { return "\(seconds) s" }
        var fraction = String(nanoseconds)
        fraction = String(repeating: "0", count: 9 - fraction.count) + fraction
        while fraction.hasSuffix("0") { fraction.removeLast() }
        return "\(seconds).\(fraction) s"
    }
}
