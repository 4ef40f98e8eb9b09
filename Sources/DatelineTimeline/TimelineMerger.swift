import DatelineNormalizer

/// Merges the same event told by several articles into one event that cites every source.
///
/// Two events merge when they come from different articles, the alignment of the two articles
/// (`EventAlignment`, an assignment over content similarity and date relation) pairs them, and
/// their dates are compatible (the intervals overlap, so "June 2025" meets "June 25, 2025").
/// Events never merge on a shared date alone.
/// The merged event keeps the most precise telling (the shortest interval) and cites the others.
public struct TimelineMerger: Sendable {
    /// The least content similarity (`EventSimilarity`) for a merge, in [0, 1], on top of the alignment's own threshold.
    public var threshold: Double
    public var similarity: EventSimilarity

    public init(threshold: Double = 0.2, similarity: EventSimilarity = .init()) {
        self.threshold = threshold
        self.similarity = similarity
    }

    /// `events` with each group of matching tellings folded into one; order is kept.
    public func merge(_ events: [Event]) -> [Event] {
        // Candidate pairs: each two articles are aligned as an assignment problem (`EventAlignment`),
        // and matches whose dates are compatible become candidates.
        var bySource: [String: [Int]] = [:]
        var sourceOrder: [String] = []
        for (index, event) in events.enumerated() {
            if bySource[event.sourceID] == nil { sourceOrder.append(event.sourceID) }
            bySource[event.sourceID, default: []].append(index)
        }
        let alignment = EventAlignment(similarity: similarity)
        var pairs: [(score: Double, a: Int, b: Int)] = []
        for (position, first) in sourceOrder.enumerated() {
            for second in sourceOrder[(position + 1)...] {
                let left = bySource[first]!
                let right = bySource[second]!
                for match in alignment.align(left.map { events[$0] }, right.map { events[$0] }) {
                    let a = left[match.a]
                    let b = right[match.b]
                    // The words must agree too: a shared season is not a shared story.
                    guard Self.compatible(events[a], events[b]), match.score.similarity >= threshold else { continue }
                    pairs.append((match.score.score, min(a, b), max(a, b)))
                }
            }
        }
        // Strongest pairs first; a group holds at most one event per article.
        pairs.sort { $0.score != $1.score ? $0.score > $1.score : ($0.a, $0.b) < ($1.a, $1.b) }
        var group = Array(events.indices)
        func root(_ i: Int) -> Int { group[i] == i ? i : root(group[i]) }
        var sourcesOf: [Int: Set<String>] = [:]
        for i in events.indices { sourcesOf[i] = [events[i].sourceID] }
        for pair in pairs {
            let ra = root(pair.a)
            let rb = root(pair.b)
            guard ra != rb, sourcesOf[ra]!.isDisjoint(with: sourcesOf[rb]!) else { continue }
            let (keep, fold) = ra < rb ? (ra, rb) : (rb, ra)
            group[fold] = keep
            sourcesOf[keep]!.formUnion(sourcesOf[fold]!)
        }
        var members: [Int: [Int]] = [:]
        for i in events.indices { members[root(i), default: []].append(i) }
        var merged: [Event] = []
        for i in events.indices where root(i) == i {
            let tellings = members[i]!
            guard tellings.count > 1 else { merged.append(events[i]); continue }
            let primaryIndex = tellings.min { a, b in
                let la = events[a].placement?.length ?? Int.max
                let lb = events[b].placement?.length ?? Int.max
                return la != lb ? la < lb : a < b
            }!
            var primary = events[primaryIndex]
            primary.citations = tellings.filter { $0 != primaryIndex }.map { index in
                let other = events[index]
                return Citation(sourceID: other.sourceID, eventID: other.id, sentence: other.sentence, when: other.when,
                                placement: other.placement)
            }
            merged.append(primary)
        }
        return merged
    }

    /// Dates that can name the same happening: overlapping intervals, or both vague.
    static func compatible(_ a: Event, _ b: Event) -> Bool {
        if a.kind == .vague || b.kind == .vague { return a.kind == b.kind }
        guard let x = a.placement, let y = b.placement else { return false }
        return x.overlaps(y)
    }
}
