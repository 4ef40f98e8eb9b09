import DatelineNormalizer

/// Aligns the events of two timelines: which event of A is which event of B.
///
/// Each pair of events gets a score, the content similarity of the two tellings plus a bonus or
/// malus for how their dates relate:
///
///     score = similarity + dateWeight(relation)
///
/// - `similarity` is the weighted Jaccard overlap of their `EventTerms` (stemmed content words, names,
///   numbers and money amounts; headline at full weight, the rest of the sentence at half), in [0, 1].
/// - `dateWeight` is +0.3 for the same interval, +0.25 when one lies inside the other ("June 2025"
///   and "June 25, 2025", or a dated telling against a vague "recently"), +0.15 when they overlap
///   otherwise, +0.05 when both are vague, −0.1 when they cannot both be right but are near (at
///   most the longer interval's length apart: "April 2025" and "May 2025", 2021 and 2022), and
///   −0.25 when they are further apart.
///
/// A pair can match when its score reaches `threshold` (0.45): with the same date the tellings need
/// a similarity of 0.15, with nested dates 0.2, with near disjoint dates 0.55 and with far ones 0.7,
/// so a date conflict is only reported when the two sentences clearly tell the same thing. (On the
/// diff test set every threshold from 0.30 to 0.45 gives precision and recall 1.0; 0.45 is the
/// strictest of them.) Among the pairs that can match, the alignment is the one-to-one matching
/// with the largest total score, found as an assignment problem (`AssignmentSolver`), not
/// greedily: no event of one side is matched to two events of the other, and a strong pair does
/// not take an event its neighbour needs more.
///
/// Only pairs that share a term are scored, each event of A keeps its best 24 candidates, and
/// events linked by candidates form groups solved one by one; a group of more than 1,500 events a
/// side is solved in slices (see `solve`), so time and memory stay bounded on any input.
///
/// ```swift
/// let matches = EventAlignment().align(timelineA.events, timelineB.events)
/// matches[0].score.relation  // .finerInB: A says "June", B says "June 25"
/// matches[0].diffClass       // .refined
/// ```
public struct EventAlignment: Sendable {
    /// The least score for a match.
    public var threshold: Double
    public var similarity: EventSimilarity

    public static let defaultThreshold = 0.45

    public init(threshold: Double = EventAlignment.defaultThreshold, similarity: EventSimilarity = .init()) {
        self.threshold = threshold
        self.similarity = similarity
    }

    /// What the relation of two dates adds to the content similarity; `near` tells, for disjoint
    /// dates, whether they are at most the longer interval's length apart.
    public static func dateWeight(_ relation: DateRelation, near: Bool = true) -> Double {
        switch relation {
        case .equal: 0.3
        case .finerInA, .finerInB: 0.25
        case .overlapping: 0.15
        case .vague: 0.05
        case .disjoint: near ? -0.1 : -0.25
        }
    }

    /// Whether two disjoint intervals are near: the gap between them is at most the longer one's length.
    static func near(_ x: CalendarInterval?, _ y: CalendarInterval?) -> Bool {
        guard let x, let y else { return true }
        let gap = max(x.start.minutes, y.start.minutes) - min(x.end.minutes, y.end.minutes)
        return gap <= max(x.length, y.length)
    }

    /// The score of one pair, whether or not it reaches the threshold.
    public func score(_ a: Event, _ b: Event) -> EventPairScore {
        let x = EventTerms(a, similarity: similarity), y = EventTerms(b, similarity: similarity)
        let content: Double
        if x.weights.isEmpty && y.weights.isEmpty {
            content = x.fallbackKey == y.fallbackKey ? 1 : 0
        } else {
            content = similarity.score(x.weights, y.weights)
        }
        let relation = DateRelation(a, b)
        let weight = Self.dateWeight(relation, near: Self.near(DateRelation.interval(of: a), DateRelation.interval(of: b)))
        return EventPairScore(similarity: content, relation: relation, score: content + weight)
    }

    /// The best one-to-one matching of `a`'s events with `b`'s, ordered by the index in `a`.
    public func align(_ a: [Event], _ b: [Event]) -> [EventMatch] {
        if a.isEmpty || b.isEmpty { return [] }
        let candidates = self.candidates(a, b)
        if candidates.isEmpty { return [] }

        // Pairs that can match link their events; each linked group is its own assignment problem.
        var parent = Array(0..<(a.count + b.count))
        func root(_ i: Int) -> Int {
            var i = i
            while parent[i] != i { parent[i] = parent[parent[i]]; i = parent[i] }
            return i
        }
        for pair in candidates {
            let x = root(pair.a), y = root(a.count + pair.b)
            if x != y { parent[max(x, y)] = min(x, y) }
        }
        var groups: [Int: [Candidate]] = [:]
        for pair in candidates { groups[root(pair.a), default: []].append(pair) }

        var matches: [EventMatch] = []
        for key in groups.keys.sorted() { matches += solve(groups[key]!) }
        return matches.sorted { $0.a < $1.a }
    }

    /// The largest assignment problem solved whole, in cells of its square matrix (1,500 events a side).
    static let largestProblem = 1_500 * 1_500
    /// Rows of A per slice when a linked group is larger than that.
    static let sliceRows = 500

    /// The best one-to-one matching among linked candidate pairs. A group too large to solve whole
    /// (over 1,500 events a side, so over 18 MB of matrix) is solved in slices of 500 events of A in
    /// timeline order, each with the events of B the earlier slices left; a slice keeps each event's
    /// three best candidates when it would still be too large. Memory stays bounded, and since
    /// candidates mostly lie near in time, little is lost.
    func solve(_ pairs: [Candidate]) -> [EventMatch] {
        let rows = Array(Set(pairs.map(\.a))).sorted()
        let columns = Set(pairs.map(\.b))
        if max(rows.count, columns.count) * max(rows.count, columns.count) <= Self.largestProblem { return solveWhole(pairs) }
        var byRow: [Int: [Candidate]] = [:]
        for pair in pairs { byRow[pair.a, default: []].append(pair) }
        var taken = Set<Int>()
        var matches: [EventMatch] = []
        var start = 0
        while start < rows.count {
            let slice = rows[start..<min(start + Self.sliceRows, rows.count)]
            start += Self.sliceRows
            var candidates = slice.flatMap { byRow[$0]! }.filter { !taken.contains($0.b) }
            if Set(candidates.map(\.b)).count > Self.largestProblem / (2 * Self.sliceRows) {
                candidates = slice.flatMap { row in
                    byRow[row]!.filter { !taken.contains($0.b) }.sorted { ($0.score.score, -$0.b) > ($1.score.score, -$1.b) }.prefix(3)
                }
            }
            guard !candidates.isEmpty else { continue }
            let found = solveWhole(candidates)
            for match in found { taken.insert(match.b) }
            matches += found
        }
        return matches
    }

    /// The exact optimum of a group, as one assignment problem.
    private func solveWhole(_ pairs: [Candidate]) -> [EventMatch] {
        let rows = Array(Set(pairs.map(\.a))).sorted()
        let columns = Array(Set(pairs.map(\.b))).sorted()
        var rowIndex: [Int: Int] = [:], columnIndex: [Int: Int] = [:]
        for (i, row) in rows.enumerated() { rowIndex[row] = i }
        for (j, column) in columns.enumerated() { columnIndex[column] = j }
        var weights = [Int](repeating: 0, count: rows.count * columns.count)
        var byCell = [Int](repeating: -1, count: rows.count * columns.count)
        for (index, pair) in pairs.enumerated() {
            let cell = rowIndex[pair.a]! * columns.count + columnIndex[pair.b]!
            // Scores in whole millionths keep the optimum exact.
            weights[cell] = Int((pair.score.score * 1_000_000).rounded())
            byCell[cell] = index
        }
        var matches: [EventMatch] = []
        let assignment = AssignmentSolver(rows: rows.count, columns: columns.count, weights: weights).solve()
        for (i, column) in assignment.enumerated() {
            guard let column, byCell[i * columns.count + column] >= 0 else { continue }
            let pair = pairs[byCell[i * columns.count + column]]
            matches.append(EventMatch(a: pair.a, b: pair.b, score: pair.score))
        }
        return matches
    }

    struct Candidate {
        var a: Int
        var b: Int
        var score: EventPairScore
    }

    /// The most candidates kept for one event of A: its best 24 (a bound on memory when many
    /// events look alike; the matching almost never needs a lower one).
    static let candidatesPerEvent = 24

    /// The pairs that reach the threshold, at most `candidatesPerEvent` per event of A. Only pairs
    /// sharing a term are scored (an inverted index over B's terms), and two events with no terms
    /// at all pair when their headlines agree.
    func candidates(_ a: [Event], _ b: [Event]) -> [Candidate] {
        var ids: [String: Int] = [:]
        func vector(_ terms: EventTerms) -> (terms: [(Int, Double)], total: Double) {
            var vector: [(Int, Double)] = []
            var total = 0.0
            for (term, weight) in terms.weights {
                let id: Int
                if let known = ids[term] { id = known } else { id = ids.count; ids[term] = id }
                vector.append((id, weight))
                total += weight
            }
            return (vector, total)
        }
        let termsA = a.map { EventTerms($0, similarity: similarity) }
        let termsB = b.map { EventTerms($0, similarity: similarity) }
        let vectorsA = termsA.map(vector)
        let vectorsB = termsB.map(vector)
        var postings = [[(Int, Double)]](repeating: [], count: ids.count)
        for (index, entry) in vectorsB.enumerated() {
            for (id, weight) in entry.terms { postings[id].append((index, weight)) }
        }
        let intervalsA = a.map(DateRelation.interval(of:)), intervalsB = b.map(DateRelation.interval(of:))
        func relation(_ i: Int, _ j: Int) -> DateRelation {
            switch (intervalsA[i], intervalsB[j]) {
            case (nil, nil): .vague
            case (nil, _): .finerInB
            case (_, nil): .finerInA
            case (let x?, let y?): DateRelation.relation(x, y)
            }
        }

        var result: [Candidate] = []
        var shared = [Double](repeating: 0, count: b.count)
        var touched: [Int] = []
        for i in a.indices {
            for (id, weight) in vectorsA[i].terms {
                for (j, other) in postings[id] {
                    if shared[j] == 0 { touched.append(j) }
                    shared[j] += min(weight, other)
                }
            }
            touched.sort()
            var row: [Candidate] = []
            for j in touched {
                let common = shared[j]
                shared[j] = 0
                let content = common / (vectorsA[i].total + vectorsB[j].total - common)
                let dates = relation(i, j)
                let score = content + Self.dateWeight(dates, near: Self.near(intervalsA[i], intervalsB[j]))
                if score >= threshold { row.append(Candidate(a: i, b: j, score: EventPairScore(similarity: content, relation: dates, score: score))) }
            }
            touched.removeAll(keepingCapacity: true)
            if row.count > Self.candidatesPerEvent {
                row.sort { $0.score.score != $1.score.score ? $0.score.score > $1.score.score : $0.b < $1.b }
                row.removeSubrange(Self.candidatesPerEvent...)
                row.sort { $0.b < $1.b }
            }
            result += row
        }
        // Events with no terms at all ("It happened on Friday."): the same headline is the same event.
        var emptyB: [String: [Int]] = [:]
        for (j, terms) in termsB.enumerated() where terms.weights.isEmpty { emptyB[terms.fallbackKey, default: []].append(j) }
        if !emptyB.isEmpty {
            for (i, terms) in termsA.enumerated() where terms.weights.isEmpty {
                for j in emptyB[terms.fallbackKey] ?? [] {
                    let dates = relation(i, j)
                    let score = 1 + Self.dateWeight(dates, near: Self.near(intervalsA[i], intervalsB[j]))
                    if score >= threshold { result.append(Candidate(a: i, b: j, score: EventPairScore(similarity: 1, relation: dates, score: score))) }
                }
            }
        }
        return result
    }
}

/// How well two events match: their content similarity, how their dates relate, and the score.
public struct EventPairScore: Hashable, Sendable {
    /// Content similarity in [0, 1].
    public var similarity: Double
    public var relation: DateRelation
    /// `similarity + EventAlignment.dateWeight(relation, near:)`.
    public var score: Double

    public init(similarity: Double, relation: DateRelation, score: Double) {
        self.similarity = similarity
        self.relation = relation
        self.score = score
    }

    /// The class of the pair once matched.
    public var diffClass: DiffClass { relation.diffClass }
}

/// One matched pair: the index of the event in A and in B, and its score.
public struct EventMatch: Hashable, Sendable {
    public var a: Int
    public var b: Int
    public var score: EventPairScore

    public init(a: Int, b: Int, score: EventPairScore) {
        self.a = a
        self.b = b
        self.score = score
    }

    public var diffClass: DiffClass { score.diffClass }
}
