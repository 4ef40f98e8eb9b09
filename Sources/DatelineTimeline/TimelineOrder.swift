/// The order of events on a timeline.
///
/// Oldest first: events sort by the start of their interval; at the same start the longer
/// interval comes first, so "June 2025" precedes "June 25, 2025" and "2024" precedes
/// "Summer 2024" (which starts later). A container heads the finer events it shares a start
/// with. Remaining ties keep source order: the article's position in the timeline, then the
/// sentence's position in the article. Newest first reverses the interval order but keeps
/// ties in source order. Events with no interval (an undated article) come last, in source order.
public enum TimelineOrder: String, Sendable, Hashable, CaseIterable {
    case oldestFirst = "oldest-first"
    case newestFirst = "newest-first"

    /// Sorts events; `sourceRank` gives each source id's position.
    public func sorted(_ events: [Event], sourceRank: [String: Int]) -> [Event] {
        events.sorted { a, b in
            switch (a.placement, b.placement) {
            case (nil, nil): break
            case (nil, _): return false
            case (_, nil): return true
            case (let x?, let y?):
                if x.start != y.start { return self == .oldestFirst ? x.start < y.start : x.start > y.start }
                if x.end != y.end { return self == .oldestFirst ? x.end > y.end : x.end < y.end }
            }
            let ra = sourceRank[a.sourceID] ?? Int.max
            let rb = sourceRank[b.sourceID] ?? Int.max
            if ra != rb { return ra < rb }
            if a.sentenceRange.lowerBound != b.sentenceRange.lowerBound { return a.sentenceRange.lowerBound < b.sentenceRange.lowerBound }
            return a.id < b.id
        }
    }
}
