import DatelineNormalizer

/// Merges the same event told by several articles into one event that cites every source.
///
/// Two events merge when they come from different articles, their dates are compatible
/// (the intervals overlap, so "June 2025" meets "June 25, 2025"), and their descriptions are
/// alike (`EventSimilarity` at or above `threshold`). Events never merge on a shared date alone.
/// The merged event keeps the most precise telling (the shortest interval) and cites the others.
public struct TimelineMerger: Sendable {
    /// The least similarity for a merge, in [0, 1].
    public var threshold: Double
    public var similarity: EventSimilarity

    public init(threshold: Double = 0.3, similarity: EventSimilarity = .init()) {
        self.threshold = threshold
        self.similarity = similarity
    }

    /// `events` with each group of matching tellings folded into one; order is kept.
    public func merge(_ events: [Event]) -> [Event] {
        let terms = events.map { similarity.terms(of: $0) }
        var pairs: [(score: Double, a: Int, b: Int)] = []
        for a in events.indices {
            for b in events.indices where b > a && events[a].sourceID != events[b].sourceID {
                guard Self.compatible(events[a], events[b]) else { continue }
                let score = similarity.score(terms[a], terms[b])
                if score >= threshold { pairs.append((score, a, b)) }
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
