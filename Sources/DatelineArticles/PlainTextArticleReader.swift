import DatelineNormalizer

/// Reads plain-text articles.
///
/// The format:
///
/// 1. **Header (optional).** Leading `Key: value` lines, ending at the first blank line. Keys, in any
///    case: `Title`, `Published` (or `Date`), `URL`. A `Published` value is `YYYY-MM-DD`, an ISO
///    date-time such as `2025-06-26T09:30:00+09:00` (the date is taken as written and the zone kept),
///    or words: `June 26, 2025`, `26 June 2025`. The lines only count as a header when the first key
///    is one of these, so a body that opens with `Note: …` is left alone; other keys inside a header
///    are ignored. YAML-style front matter between `---` lines with the same keys works too.
/// 2. **Bare date (instead).** A first line that is only a date (`2025-06-26`, `June 26, 2025`) gives
///    the publication date and is removed from the text.
/// 3. **Title.** The header's `Title`; otherwise the first body line when it is shorter than 150
///    characters, does not end with `.`, `?`, `!`, `"`, `”` (nor `:`, `;`, `,` or a dash) and is not a
///    dateline. It is removed from the text; a following subtitle stays. A leading Markdown `#` is dropped.
/// 4. **Dateline.** With no date yet, the first three body lines are searched for a dateline that
///    names a year: `CITY, Month Day, Year (Agency) --`, `CITY, Month Day, Year —`, `Month Day, Year —`.
///    A dateline without a year (`SEOUL, June 26 (Yonhap) --`) is kept in the text but gives no date.
/// 5. **Bytes.** Text must be UTF-8 (the offset of the first bad byte is reported) or UTF-16 with a
///    BOM (converted); a BOM is dropped, CRLF and CR become LF. An article with no body text is an error.
///
/// The text is the body: paragraphs (separated by blank lines) joined by `"\n\n"`, lines trimmed,
/// single newlines inside a paragraph kept. A date passed as `published` (`--published`) wins over
/// any date in the text, and then the text's dates are not checked.
public struct PlainTextArticleReader: Sendable {
    /// Lines this long or longer are never taken as a headline.
    static let maximumTitleLength = 150

    /// How many body lines are searched for a dateline.
    static let datelineLines = 3

    /// A reader with the standard rules.
    public init() {}

    /// Parses bytes into an article. `published` (from `--published`) overrides any date in the text.
    /// Does not throw `missingPublicationDate` (the caller decides).
    public func read(_ bytes: [UInt8], path: String, published: CalendarDate? = nil) throws(ArticleError) -> Article {
        let bytes = InputBytes.utf8(bytes)
        if let offset = UTF8Validator.firstInvalidOffset(bytes) {
            throw .notUTF8(path: path, offset: offset)
        }
        let lines = Self.normalizedText(bytes).split(separator: "\n", omittingEmptySubsequences: false)
        let start = lines.firstIndex(where: { !$0.isBlank }) ?? lines.count
        let (header, bodyStart) = try ArticleHeader.read(lines, from: start, path: path, parseDates: published == nil)

        var body = Array(lines[bodyStart...])
        var date = published.map { PublicationDate(date: $0, source: .option) } ?? header.published
        var title = header.title

        // A bare date on the first line.
        if let i = body.firstIndex(where: { !$0.isBlank }), let parsed = DateTextParser.parse(body[i]) {
            body.remove(at: i)
            if date == nil { date = PublicationDate(date: parsed.date, source: .firstLine, timeZone: parsed.timeZone) }
        }

        // The headline.
        if let i = body.firstIndex(where: { !$0.isBlank }), body[(i + 1)...].contains(where: { !$0.isBlank }) {
            let line = body[i].trimmed
            let heading = Self.withoutMarkdownHeading(line)
            if let title, heading == title || line == title {
                body.remove(at: i)  // the header's title repeated as the first line
            } else if title == nil, Self.isHeadline(heading), !DatelineMatcher.isDateline(line) {
                title = String(heading)
                body.remove(at: i)
            }
        }

        let text = Self.paragraphs(body)
        guard !text.isEmpty else { throw .emptyArticle(path: path) }

        if date == nil {
            for line in body.lazy.filter({ !$0.isBlank }).prefix(Self.datelineLines) {
                if let found = DatelineMatcher.date(in: line) {
                    date = PublicationDate(date: found, source: .dateline)
                    break
                }
            }
        }

        return Article(id: Article.id(forPath: path), title: title, text: text, published: date, url: header.url, path: path)
    }

    /// Parses a string (already decoded) into an article; see `read(_:path:published:)`.
    public func read(text: String, path: String, published: CalendarDate? = nil) throws(ArticleError) -> Article {
        try read(Array(text.utf8), path: path, published: published)
    }

    /// The bytes as a string, without a leading BOM and with CRLF and CR turned into LF. The bytes must be valid UTF-8.
    static func normalizedText(_ bytes: [UInt8]) -> String {
        var i = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count - i)
        while i < bytes.count {
            let byte = bytes[i]
            if byte == 0x0D {
                out.append(0x0A)
                if i + 1 < bytes.count, bytes[i + 1] == 0x0A { i += 1 }
            } else {
                out.append(byte)
            }
            i += 1
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// True for a short line that does not read like the end of a sentence.
    static func isHeadline(_ line: Substring) -> Bool {
        guard line.utf8.count < maximumTitleLength * 4, line.count < maximumTitleLength, line.contains(where: { $0.isLetter || $0.isNumber }), let last = line.last else { return false }
        return !".?!\"\u{201D}:;,-\u{2013}\u{2014}\u{2026}".contains(last)
    }

    /// `# Headline` → `Headline`; other lines unchanged.
    static func withoutMarkdownHeading(_ line: Substring) -> Substring {
        let hashes = line.prefix(while: { $0 == "#" })
        guard (1...6).contains(hashes.count), line.dropFirst(hashes.count).first == " " else { return line }
        return line.dropFirst(hashes.count).trimmed
    }

    /// Trimmed lines, paragraphs joined by a blank line, lines inside a paragraph by a newline.
    static func paragraphs(_ lines: [Substring]) -> String {
        var paragraphs: [String] = []
        var current: [Substring] = []
        for line in lines {
            let trimmed = line.trimmed
            if trimmed.isEmpty {
                if !current.isEmpty { paragraphs.append(current.joined(separator: "\n")); current = [] }
            } else {
                current.append(trimmed)
            }
        }
        if !current.isEmpty { paragraphs.append(current.joined(separator: "\n")) }
        return paragraphs.joined(separator: "\n\n")
    }
}
