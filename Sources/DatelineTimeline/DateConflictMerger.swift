/// Folds tellings of one event whose dates disagree into one event that cites them all, so a
/// story timeline built from several articles shows the conflict instead of telling the event twice.
///
/// `TimelineMerger` merges only tellings with compatible dates. This runs after it: for each two
/// articles, their events are aligned (`EventAlignment`, an assignment problem), and the pairs it
/// matches across disjoint dates ("inspectors reported corrosion last month" in a paper of June 23,
/// "… in April" in one of June 25) are folded together, strongest first, never two tellings from one
/// article in one event. The event keeps the telling of the earlier article and cites the others
/// with their own dates; `Event.conflictingCitations` then lists the ones that disagree, and the
/// date label reads "April 2025 (metro-daily) / May 2025 (river-gazette)".
///
/// ```swift
/// let events = DateConflictMerger().merge(TimelineMerger().merge(tellings))
/// events.filter(\.hasDateConflict)  // the events the sources date differently
/// ```
public struct DateConflictMerger: Sendable {
    public var alignment: EventAlignment

    public init(alignment: EventAlignment = .init()) {
        self.alignment = alignment
    }

    /// `events` with each group of conflicting tellings folded into its first; order is kept.
    public func merge(_ events: [Event]) -> [Event] {
        var sources: [String] = []
        for event in events where !sources.contains(event.sourceID) { sources.append(event.sourceID) }
        guard sources.count > 1 else { return events }
        let sourceSets = events.map { Set($0.sourceIDs) }

        var pairs: [(score: Double, a: Int, b: Int)] = []
        for (m, s) in sources.enumerated() {
            for t in sources[(m + 1)...] {
                let left = events.indices.filter { events[$0].sourceID == s && !sourceSets[$0].contains(t) }
                let right = events.indices.filter { events[$0].sourceID == t && !sourceSets[$0].contains(s) }
                guard !left.isEmpty, !right.isEmpty else { continue }
                for match in alignment.align(left.map { events[$0] }, right.map { events[$0] }) where match.diffClass == .dateConflict {
                    pairs.append((match.score.score, left[match.a], right[match.b]))
                }
            }
        }
        guard !pairs.isEmpty else { return events }

        // Strongest first; a group holds at most one telling per article.
        pairs.sort { $0.score != $1.score ? $0.score > $1.score : ($0.a, $0.b) < ($1.a, $1.b) }
        var group = Array(events.indices)
        func root(_ i: Int) -> Int { group[i] == i ? i : root(group[i]) }
        var sourcesOf = sourceSets
        for pair in pairs {
            let ra = root(pair.a), rb = root(pair.b)
            guard ra != rb, sourcesOf[ra].isDisjoint(with: sourcesOf[rb]) else { continue }
            let (keep, fold) = ra < rb ? (ra, rb) : (rb, ra)
            group[fold] = keep
            sourcesOf[keep].formUnion(sourcesOf[fold])
        }
        var folded: [Int: [Int]] = [:]
        for i in events.indices where root(i) != i { folded[root(i), default: []].append(i) }
        var merged: [Event] = []
        for i in events.indices where root(i) == i {
            var event = events[i]
            for other in folded[i] ?? [] {
                let telling = events[other]
                event.citations.append(Citation(sourceID: telling.sourceID, eventID: telling.id, sentence: telling.sentence,
                                                when: telling.when, placement: telling.placement))
                event.citations += telling.citations
            }
            merged.append(event)
        }
        return merged
    }
}

extension Event {
    /// The citations that date the event incompatibly with its own telling: intervals that do not
    /// meet ("April 2025" against "May 2025"). Vague and undated tellings conflict with nothing.
    public var conflictingCitations: [Citation] {
        guard let own = DateRelation.interval(of: self) else { return [] }
        return citations.filter { citation in
            guard !citation.when.isVague, let other = citation.placement else { return false }
            return DateRelation.relation(own, other) == .disjoint
        }
    }

    /// Whether the sources this event cites disagree on its date.
    public var hasDateConflict: Bool { !conflictingCitations.isEmpty }
}
