/// The fields of an article's header block or front matter.
struct ArticleHeader: Equatable {
    /// A header key the reader understands.
    enum Key {
        case title, published, url

        /// `Title`, `Published` / `Date` or `URL`, ignoring case; nil for any other key.
        init?(_ name: some StringProtocol) {
            switch name.lowercased() {
            case "title": self = .title
            case "published", "date": self = .published
            case "url": self = .url
            default: return nil
            }
        }
    }

    var title: String?
    var url: String?
    var published: PublicationDate?

    /// Reads a header starting at line index `start` (the first non-blank line) and returns it with
    /// the index of the first body line. Without a header, returns an empty header and `start`.
    ///
    /// - Parameter parseDates: false when `--published` overrides the text, so date values are not checked.
    static func read(_ lines: [Substring], from start: Int, path: String, parseDates: Bool) throws(ArticleError) -> (header: ArticleHeader, bodyStart: Int) {
        var header = ArticleHeader()
        guard start < lines.count else { return (header, start) }

        // YAML-style front matter between `---` lines.
        if lines[start].trimmed == "---",
           let close = lines[(start + 1)...].firstIndex(where: { $0.trimmed == "---" || $0.trimmed == "..." }) {
            for i in (start + 1)..<close {
                guard let field = field(lines[i]), let key = Key(field.key) else { continue }
                try header.apply(key, unquote(field.value), line: i + 1, path: path, parseDates: parseDates)
            }
            return (header, close + 1)
        }

        // `Key: value` lines up to the first blank line; only when the first key is a known one.
        guard let first = field(lines[start]), Key(first.key) != nil else { return (header, start) }
        var i = start
        while i < lines.count {
            if lines[i].isBlank { return (header, i + 1) }
            guard let field = field(lines[i]) else { break }
            if let key = Key(field.key) {
                try header.apply(key, field.value, line: i + 1, path: path, parseDates: parseDates)
            }
            i += 1
        }
        return (header, i)
    }

    /// Splits `Key: value`; nil when the line is not of that shape (the key is one word of letters, digits, `-` or `_`).
    static func field(_ line: Substring) -> (key: Substring, value: Substring)? {
        guard let colon = line.firstIndex(of: ":") else { return nil }
        let key = line[..<colon].trimmed
        guard let initial = key.first, initial.isLetter, key.count <= 30,
              key.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" }) else { return nil }
        return (key, line[line.index(after: colon)...].trimmed)
    }

    /// Records one field; the first non-empty value of each key wins.
    mutating func apply(_ key: Key, _ value: Substring, line: Int, path: String, parseDates: Bool) throws(ArticleError) {
        guard !value.isEmpty else { return }
        switch key {
        case .title:
            if title == nil { title = String(value) }
        case .url:
            if url == nil { url = String(value) }
        case .published:
            guard published == nil, parseDates else { return }
            guard let parsed = DateTextParser.parse(value) else {
                throw .invalidPublishedDate(path: path, line: line, text: String(value))
            }
            published = PublicationDate(date: parsed.date, source: .header, timeZone: parsed.timeZone)
        }
    }

    /// A YAML scalar without its surrounding quotes.
    private static func unquote(_ value: Substring) -> Substring {
        guard value.count >= 2, let first = value.first, first == "\"" || first == "'", value.last == first else { return value }
        let inner = value.dropFirst().dropLast()
        if first == "'" { return Substring(inner.replacing("''", with: "'")) }
        return Substring(inner.replacing("\\\"", with: "\""))
    }
}
