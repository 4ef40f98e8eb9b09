import DatelineNormalizer

/// What two timelines say happened when, and where they disagree: `git diff` for chronologies.
///
/// The events of A and B are aligned (`EventAlignment`: content similarity plus date compatibility,
/// solved as an assignment problem), and each row of the diff is a matched pair (`same`, `refined`
/// or `dateConflict`) or an event of one side alone (`onlyInA`, `onlyInB`). Rows run oldest first by
/// the date of A's telling (B's for events only in B); ties keep A's order, then B's.
///
/// ```swift
/// let diff = TimelineDiff(monday, wednesday)
/// diff.summary.dateConflict  // 1: one source says April, the other May
/// diff.isIdentical           // false
/// ```
public struct TimelineDiff: Hashable, Sendable {
    /// One line of the diff: a matched pair, or an event told by one side only.
    public struct Row: Hashable, Sendable {
        public var diffClass: DiffClass
        /// A's telling; nil for `onlyInB`.
        public var a: Event?
        /// B's telling; nil for `onlyInA`.
        public var b: Event?
        /// The pair's score; nil for events of one side only.
        public var score: EventPairScore?

        public init(diffClass: DiffClass, a: Event?, b: Event?, score: EventPairScore?) {
            self.diffClass = diffClass
            self.a = a
            self.b = b
            self.score = score
        }
    }

    /// How many rows of each class.
    public struct Summary: Hashable, Sendable, Codable, CustomStringConvertible {
        public var same = 0
        public var refined = 0
        public var dateConflict = 0
        public var onlyInA = 0
        public var onlyInB = 0

        public init() {}

        public subscript(diffClass: DiffClass) -> Int {
            get {
                switch diffClass {
                case .same: same
                case .refined: refined
                case .dateConflict: dateConflict
                case .onlyInA: onlyInA
                case .onlyInB: onlyInB
                }
            }
            set {
                switch diffClass {
                case .same: same = newValue
                case .refined: refined = newValue
                case .dateConflict: dateConflict = newValue
                case .onlyInA: onlyInA = newValue
                case .onlyInB: onlyInB = newValue
                }
            }
        }

        /// Rows that are not `same`.
        public var differences: Int { refined + dateConflict + onlyInA + onlyInB }

        /// "2 same, 1 refined, 1 date conflict, 2 only in A, 1 only in B" (every class, even at 0).
        public var description: String {
            DiffClass.allCases.map { "\(self[$0]) \($0.label)" }.joined(separator: ", ")
        }
    }

    public var a: Timeline
    public var b: Timeline
    public var rows: [Row]
    public var summary: Summary
    /// The threshold the alignment used.
    public var threshold: Double

    /// Diffs `a` against `b`.
    public init(_ a: Timeline, _ b: Timeline, alignment: EventAlignment = .init()) {
        self.a = a
        self.b = b
        self.threshold = alignment.threshold
        let matches = alignment.align(a.events, b.events)
        var keyed: [(key: RowKey, row: Row)] = []
        var matchedB = Set<Int>()
        var matchOfA: [Int: EventMatch] = [:]
        for match in matches {
            matchOfA[match.a] = match
            matchedB.insert(match.b)
        }
        for (i, event) in a.events.enumerated() {
            if let match = matchOfA[i] {
                keyed.append((RowKey(event, side: 0, index: i),
                              Row(diffClass: match.diffClass, a: event, b: b.events[match.b], score: match.score)))
            } else {
                keyed.append((RowKey(event, side: 0, index: i), Row(diffClass: .onlyInA, a: event, b: nil, score: nil)))
            }
        }
        for (j, event) in b.events.enumerated() where !matchedB.contains(j) {
            keyed.append((RowKey(event, side: 1, index: j), Row(diffClass: .onlyInB, a: nil, b: event, score: nil)))
        }
        keyed.sort { $0.key < $1.key }
        self.rows = keyed.map(\.row)
        var summary = Summary()
        for row in rows { summary[row.diffClass] += 1 }
        self.summary = summary
    }

    /// Whether every event of each side has a `same` partner on the other (diff(1)'s exit status 0).
    public var isIdentical: Bool { summary.differences == 0 }

    /// The matched rows.
    public var pairs: [Row] { rows.filter { $0.a != nil && $0.b != nil } }

    /// The rows that are differences (not `same`).
    public var differences: [Row] { rows.filter { $0.diffClass.isDifference } }

    /// Sort key of a row: the date of its first telling (undated last), longer first at the same
    /// start, then A before B, then the position in its timeline.
    struct RowKey: Comparable {
        var start: Int
        var end: Int
        var side: Int
        var index: Int

        init(_ event: Event, side: Int, index: Int) {
            self.start = event.placement?.start.minutes ?? Int.max
            self.end = event.placement?.end.minutes ?? Int.max
            self.side = side
            self.index = index
        }

        static func < (x: RowKey, y: RowKey) -> Bool {
            if x.start != y.start { return x.start < y.start }
            if x.end != y.end { return x.end > y.end }
            if x.side != y.side { return x.side < y.side }
            return x.index < y.index
        }
    }
}
