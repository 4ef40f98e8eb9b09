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
    /// Folds the same event told by several articles into one; nil keeps every telling.
    public var merger: TimelineMerger?

    public init(extractor: EventExtractor = .init(), order: TimelineOrder = .oldestFirst, merger: TimelineMerger? = .init()) {
        self.extractor = extractor
        self.order = order
        self.merger = merger
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
        if articles.count > 1, let merger { events = DateConflictMerger(alignment: .init(similarity: merger.similarity)).merge(merger.merge(events)) }
        let defaultTitle = articles.count == 1 ? (articles[0].title.map { "Timeline: \($0)" } ?? "Timeline: \(articles[0].id)") : "Timeline"
        return Timeline(title: title ?? defaultTitle, sources: sources, events: events, order: order)
    }
}
