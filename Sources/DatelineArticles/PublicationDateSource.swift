/// Where a publication date came from, most trusted first for web pages:
/// `.jsonLD`, `.meta`, `.timeElement`, `.url`, `.dateline`.
public enum PublicationDateSource: String, Sendable, Hashable, Codable, CaseIterable {
    /// `--published` on the command line.
    case option
    /// A `Published:` / `Date:` header line or front matter field, or a JSON Lines record's `published`.
    case header
    /// The first line was a bare date.
    case firstLine
    /// A dateline such as `SEOUL, June 26, 2025 (Yonhap) --` or `June 26, 2025 —` in the first lines of the body.
    case dateline
    /// A web page's JSON-LD `datePublished` (`NewsArticle`, `Article`, …; arrays and `@graph` too).
    case jsonLD
    /// A web page's `<meta>` tag: `article:published_time`, `itemprop=datePublished`, `pubdate`, `dc.date`, …
    case meta
    /// A `<time datetime=…>` element inside the article.
    case timeElement
    /// A date in the page URL's path: `/2025/06/26/`, `/2025-06-26/`, `/20250626/`.
    case url
    /// A TimeML document's creation time (`<DCT><TIMEX3 functionInDocument="CREATION_TIME">`).
    case creationTime
}
