import DatelineNormalizer

/// Reads a TempEval-3 TimeML document as an article: its `<TEXT>` is the text and its creation time
/// (`<DCT>`) the publication date, with source `.creationTime`.
///
/// `try TimeMLArticleReader().read(bytes, path: "wsj_0006.tml").published?.source == .creationTime`
public struct TimeMLArticleReader: Sendable {
    /// A reader with the standard rules.
    public init() {}

    /// Parses a TimeML document; `published` (`--published`) overrides its creation time.
    public func read(_ bytes: [UInt8], path: String, published: CalendarDate? = nil) throws(ArticleError) -> Article {
        let document: TimeMLDocument
        do {
            document = try TimeMLDocument(bytes: InputBytes.utf8(bytes), path: path)
        } catch {
            throw .timeML(error)
        }
        let text = document.text.trimmed
        guard !text.isEmpty else { throw .emptyArticle(path: path) }
        var date = document.creationTime.map { PublicationDate(date: $0, source: .creationTime) }
        if let published { date = PublicationDate(date: published, source: .option) }
        let name = path.lowercased().hasSuffix(".te3input") && path.count > 9 ? String(path.dropLast(9)) : path
        return Article(id: Article.id(forPath: name), title: nil, text: document.text, published: date, url: nil, path: path)
    }
}
