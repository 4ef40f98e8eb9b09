/// What `ArticleLoader.loadAll` read: the articles, and the JSON Lines records it had to skip.
public struct ArticleLoad: Sendable {
    /// The articles, in input order.
    public var articles: [Article]
    /// One `ArticleError.invalidRecord` (or other error) per skipped batch line, in input order.
    public var skipped: [ArticleError]

    public init(articles: [Article] = [], skipped: [ArticleError] = []) {
        self.articles = articles
        self.skipped = skipped
    }
}
