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
        build(articles, title: title, timeBudget: nil).timeline
    }

    /// The timeline of `articles`, giving each article `timeBudget` to find its events (nil: no
    /// limit). An article that runs over is left out of the timeline and returned in `overBudget`,
    /// with the error that names it.
    public func build(_ articles: [Article], title: String? = nil, timeBudget: Duration?)
        -> (timeline: Timeline, overBudget: [ArticleError]) {
        var sources: [TimelineSource] = []
        var events: [Event] = []
        var overBudget: [ArticleError] = []
        var kept: [Article] = []
        for article in articles {
            let source = TimelineSource(id: article.id, title: article.title, url: article.url, path: article.path,
                                        published: article.published?.date)
            do {
                events += try extractor.events(in: article.text, source: source, deadline: .after(timeBudget))
            } catch {
                overBudget.append(.timeBudgetExceeded(path: article.path, line: article.line, budget: error.budget))
                continue
            }
            sources.append(source)
            kept.append(article)
        }
        let articles = kept
        if articles.count > 1, let merger { events = DateConflictMerger(alignment: .init(similarity: merger.similarity)).merge(merger.merge(events)) }
        let defaultTitle = articles.count == 1 ? (articles[0].title.map { "Timeline: \($0)" } ?? "Timeline: \(articles[0].id)") : "Timeline"
        return (Timeline(title: title ?? defaultTitle, sources: sources, events: events, order: order), overBudget)
    }
}
