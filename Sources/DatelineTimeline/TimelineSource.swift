import DatelineNormalizer

/// An article a timeline draws on: what to cite for each event.
public struct TimelineSource: Hashable, Sendable {
    /// A stable slug, unique within a timeline ("ferry-line").
    public var id: String
    public var title: String?
    public var url: String?
    /// The path the article was read from, or "-" for standard input.
    public var path: String?
    public var published: CalendarDate?

    public init(id: String, title: String? = nil, url: String? = nil, path: String? = nil, published: CalendarDate? = nil) {
        self.id = id
        self.title = title
        self.url = url
        self.path = path
        self.published = published
    }
}
