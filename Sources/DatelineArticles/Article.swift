/// One news article, ready for tagging.
public struct Article: Sendable, Hashable {
    /// A stable slug from the file name: `"ferry-line"` for `Samples/ferry-line.txt`; `"stdin"` for `"-"`.
    public var id: String
    /// The headline: a `Title:` header or the first short body line; a page's `<h1>` or `og:title`.
    public var title: String?
    /// The body only (header and title removed), paragraphs joined by `"\n\n"`;
    /// single newlines inside a paragraph are kept.
    public var text: String
    /// The publication date, when one was given or found.
    public var published: PublicationDate?
    /// The `URL:` header, a web page's canonical address, or a JSON Lines record's `url`.
    public var url: String?
    /// The path given, or `"-"` for standard input.
    public var path: String
    /// Oddities found while reading (a date in the future, a URL date that disagrees), for stderr.
    public var warnings: [ArticleWarning]
    /// For a JSON Lines record, its 1-based line in the batch at `path`; nil for a whole file.
    public var line: Int? = nil

    /// Makes an article from its parts; readers normally build it.
    public init(id: String, title: String?, text: String, published: PublicationDate?, url: String?, path: String,
                warnings: [ArticleWarning] = []) {
        self.id = id
        self.title = title
        self.text = text
        self.published = published
        self.url = url
        self.path = path
        self.warnings = warnings
    }

    /// The slug for a path: the file name without its extension, lower-cased, each run of
    /// characters other than ASCII letters and digits turned into one `-`.
    /// `"-"` gives `"stdin"`; a name with nothing usable gives `"article"`.
    public static func id(forPath path: String) -> String {
        if path == "-" { return "stdin" }
        var name = Substring(path)
        while name.hasSuffix("/") { name = name.dropLast() }
        if let slash = name.lastIndex(of: "/") { name = name[name.index(after: slash)...] }
        if let dot = name.lastIndex(of: "."), dot != name.startIndex { name = name[..<dot] }
        var slug = ""
        var pendingDash = false
        for scalar in name.unicodeScalars {
            let isAlnum = scalar.isASCII && (("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) || ("0"..."9").contains(scalar))
            if isAlnum {
                if pendingDash && !slug.isEmpty { slug.append("-") }
                pendingDash = false
                slug.unicodeScalars.append(contentsOf: String(scalar).lowercased().unicodeScalars)
            } else {
                pendingDash = true
            }
        }
        return slug.isEmpty ? "article" : slug
    }
}
