/// Builds a timeline from articles: tags each one against its publication date,
/// extracts its events and orders them all.
///
/// ```swift
/// let articles = try ArticleLoader().load(paths: ["Samples"])
/// let timeline = TimelineBuilder().build(articles)
/// ```
public struct TimelineBuilder: Sendable {
    public var extractor: EventExtractor
    public var order: TimelineOrder

    public init(extractor: EventExtractor = .init(), order: TimelineOrder = .oldestFirst) {
        self.extractor = extractor
        self.order = order
    }

    /// The timeline of `articles`; `title` defaults to the article's title (one article) or "Timeline".
    public func build(_ articles: [Article], title: String? = nil) -> Timeline {
        var sources: [TimelineSource] = []
        var events: [Event] = []
        for article in articles {
            let source = TimelineSource(id: article.id, title: article.title, url: article.url, path: article.path,
                                        published: article.published?.date)
            sources.append(source)
            events += extractor.events(in: article.text, source: source)
        }
        let defaultTitle = articles.count == 1 ? (articles[0].title.map { "Timeline: \($0)" } ?? "Timeline: \(articles[0].id)") : "Timeline"
        return Timeline(title: title ?? defaultTitle, sources: sources, events: events, order: order)
    }
}
