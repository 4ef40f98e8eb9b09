/// Events from one or more articles, in timeline order.
///
/// ```swift
/// let timeline = Timeline(title: "Harbor ferry", sources: [source], events: events)
/// timeline.events.first?.when.value  // the oldest event's TIMEX3 value
/// ```
public struct Timeline: Hashable, Sendable {
    public var title: String
    public var sources: [TimelineSource]
    /// Events, sorted by `order`.
    public private(set) var events: [Event]
    public var order: TimelineOrder

    public init(title: String, sources: [TimelineSource], events: [Event], order: TimelineOrder = .oldestFirst) {
        self.title = title
        self.sources = sources
        self.order = order
        var rank: [String: Int] = [:]
        for (index, source) in sources.enumerated() where rank[source.id] == nil { rank[source.id] = index }
        self.events = order.sorted(events, sourceRank: rank)
    }

    /// The source an event cites.
    public func source(of event: Event) -> TimelineSource? { sources.first { $0.id == event.sourceID } }
}
