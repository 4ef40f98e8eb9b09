/// The kinds of input Dateline reads, told apart by file extension or, for standard input and
/// unknown extensions, by the first bytes.
///
/// `ArticleFormat(path: "saved/ferry.html", bytes: bytes) == .html`
public enum ArticleFormat: String, Sendable, Hashable, CaseIterable {
    /// Plain text or Markdown, with an optional header block (`PlainTextArticleReader`).
    case plainText
    /// A saved web page (`HTMLArticleReader`).
    case html
    /// A TempEval-3 TimeML document (`TimeMLDocument`).
    case timeML
    /// One JSON article record per line (`JSONLinesRecordReader`).
    case jsonLines

    /// The extensions (lower-cased) of each format; a directory stands for all of these files in it.
    public static let fileExtensions: [ArticleFormat: Set<String>] = [
        .plainText: ["txt", "md", "markdown", "text"],
        .html: ["html", "htm", "xhtml", "shtml"],
        .timeML: ["tml", "te3input"],
        .jsonLines: ["jsonl", "ndjson"],
    ]

    /// Every extension in `fileExtensions`.
    public static let allFileExtensions: Set<String> = fileExtensions.values.reduce(into: []) { $0.formUnion($1) }

    /// The format for a file extension (`"HTML"` works too); nil for one Dateline does not know.
    public init?(fileExtension: some StringProtocol) {
        let lowered = fileExtension.lowercased()
        guard let match = Self.fileExtensions.first(where: { $0.value.contains(lowered) }) else { return nil }
        self = match.key
    }

    /// The format a path's extension names (`batch.JSONL` → `.jsonLines`); nil for `"-"` and unknown extensions.
    public init?(extensionOf path: String) {
        guard path != "-", let ext = Self.fileExtension(of: path), let format = ArticleFormat(fileExtension: ext) else { return nil }
        self = format
    }

    /// The format of `bytes` read from `path`: by extension when it is a known one, else by content
    /// (`<TimeML` or `<?xml` … `<TimeML`, an HTML tag at the start, `{` at the start), else plain text.
    public init(path: String, bytes: [UInt8]) {
        if let format = ArticleFormat(extensionOf: path) {
            self = format
            return
        }
        self = Self.sniff(bytes)
    }

    /// The extension of the last path component, without the dot; nil when there is none.
    static func fileExtension(of path: String) -> Substring? {
        let name = path.split(separator: "/").last ?? Substring(path)
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return nil }
        return name[name.index(after: dot)...]
    }

    /// Guesses the format from the first bytes (after a BOM and whitespace).
    static func sniff(_ bytes: [UInt8]) -> ArticleFormat {
        let text = InputBytes.utf8(bytes)
        var i = text.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        while i < text.count, text[i] == 0x20 || text[i] == 0x09 || text[i] == 0x0A || text[i] == 0x0D { i += 1 }
        guard i < text.count else { return .plainText }
        if text[i] == UInt8(ascii: "{") { return .jsonLines }
        guard text[i] == UInt8(ascii: "<") else { return .plainText }
        let head = String(decoding: text[i..<min(text.count, i + 1024)], as: UTF8.self).lowercased()
        if head.hasPrefix("<timeml") || (head.hasPrefix("<?xml") && head.contains("<timeml")) { return .timeML }
        for tag in ["<!doctype html", "<html", "<head", "<body", "<meta", "<title", "<!--", "<article", "<div", "<p>", "<p "] where head.hasPrefix(tag) {
            return .html
        }
        if head.hasPrefix("<?xml") && head.contains("<html") { return .html }
        return .plainText
    }
}
