import DatelineNormalizer
import DatelineXML
import Foundation

/// Reads a saved news page with libxml2's HTML parser: the headline, the article's paragraphs in
/// order (`HTMLContentExtractor`), the page's address, and its publication date
/// (`PublicationDateDiscovery`: JSON-LD, `<meta>`, `<time>`, URL, dateline).
///
/// ```swift
/// let article = try HTMLArticleReader().read(bytes, path: "saved/ferry.html")
/// article.published?.source  // .jsonLD
/// ```
///
/// Encodings: UTF-8 with or without a BOM, UTF-16 with a BOM, and legacy charsets declared in the
/// page (`windows-1252`, `ISO-8859-1`, `EUC-KR`, `Shift_JIS`, …) through libxml2 and iconv.
/// Invalid bytes become U+FFFD.
public struct HTMLArticleReader: Sendable {
    /// A reader with the standard rules.
    public init() {}

    /// Parses a page. `url` (a JSON Lines record's `url`) comes before the page's own addresses;
    /// `published` (`--published`) overrides the page's dates. Warnings about the date are in the article.
    public func read(_ bytes: [UInt8], path: String, url: String? = nil, published: CalendarDate? = nil) throws(ArticleError) -> Article {
        let utf8 = InputBytes.utf8(bytes)
        let charset = HTMLCharset.of(utf8)
        let document: MarkupDocument
        do {
            document = try MarkupDocument.newsPage(utf8, encoding: charset.encoding)
        } catch {
            if case .tooDeep(let line, let limit) = error { throw .tooDeep(path: path, line: line, limit: limit) }
            throw .emptyArticle(path: path)
        }
        let dropped = document.droppedContent.map { ArticleWarning.unclosedComment(path: path, line: $0.line) }
        let extracted = HTMLContentExtractor.extract(document)
        let metadata = HTMLPageMetadata.read(document, raw: utf8)
        guard !extracted.paragraphs.isEmpty else { throw .noTextInPage(path: path) }

        let addresses = [url].compactMap { $0 } + metadata.urls
        var discovery = PublicationDateDiscovery()
        discovery.offer(metadata.jsonLD.datePublished, from: .jsonLD)
        discovery.offer(metadata.metaDate?.text, from: .meta)
        for value in extracted.timeValues { discovery.offer(value, from: .timeElement) }
        discovery.offer(addresses.lazy.compactMap(URLDateMatcher.date(in:)).first, from: .url)
        for paragraph in extracted.paragraphs.prefix(PlainTextArticleReader.datelineLines) {
            if let date = DatelineMatcher.date(in: paragraph) {
                discovery.offer(date, from: .dateline)
                break
            }
        }
        var (date, warnings) = discovery.choose(path: path)
        if let published {
            date = PublicationDate(date: published, source: .option)
            warnings = []
        }
        let title = extracted.headline ?? metadata.ogTitle ?? metadata.jsonLD.headline ?? metadata.documentTitle.map(Self.withoutSiteName)
        let text = extracted.paragraphs.filter { $0 != title }.joined(separator: "\n\n")
        guard !text.isEmpty else { throw .noTextInPage(path: path) }
        return Article(id: Article.id(forPath: path), title: title.flatMap { $0.isEmpty ? nil : $0 }, text: text,
                       published: date, url: addresses.first, path: path, warnings: dropped + warnings)
    }

    /// `Ferry Suspends Crossings | Calder Bay Herald` → `Ferry Suspends Crossings`: the longest part
    /// of a title split at ` | `, ` - `, ` – `, ` — `, `: ` and similar separators.
    static func withoutSiteName(_ title: String) -> String {
        var parts = [title]
        for separator in [" | ", " – ", " — ", " - ", " :: ", " · ", " : ", ": "] {
            parts = parts.flatMap { $0.components(separatedBy: separator) }
        }
        let longest = parts.map(\.trimmingWhitespace).max { $0.count < $1.count } ?? title
        return longest.count >= 8 ? longest : title
    }
}
