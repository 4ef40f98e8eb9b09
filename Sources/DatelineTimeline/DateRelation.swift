import DatelineNormalizer

/// How the dates of two tellings of an event relate, at any granularity.
///
/// Intervals are compared as they are: "June 2025" `[2025-06-01, 2025-07-01)` holds "June 25, 2025",
/// so A's June against B's June 25 is `finerInB`; "April 2025" against "May 2025" is `disjoint`.
/// A vague or undated telling ("recently") fits any date: against a dated one the dated one is
/// the finer; two vague ones are `vague`.
///
/// ```swift
/// DateRelation(juneEvent, june25Event)  // .finerInB
/// ```
public enum DateRelation: String, Sendable, Hashable, CaseIterable, Codable {
    /// The same interval.
    case equal
    /// A's interval lies strictly inside B's: A is the more precise.
    case finerInA
    /// B's interval lies strictly inside A's: B is the more precise.
    case finerInB
    /// The intervals overlap, neither inside the other.
    case overlapping
    /// The intervals do not meet: the dates cannot both be right.
    case disjoint
    /// Both tellings are vague or undated.
    case vague

    public init(_ a: Event, _ b: Event) {
        let x = Self.interval(of: a), y = Self.interval(of: b)
        switch (x, y) {
        case (nil, nil): self = .vague
        case (nil, _): self = .finerInB
        case (_, nil): self = .finerInA
        case (let x?, let y?): self = Self.relation(x, y)
        }
    }

    /// The relation of two intervals.
    public static func relation(_ x: CalendarInterval, _ y: CalendarInterval) -> DateRelation {
        if x == y { return .equal }
        if y.contains(x) { return .finerInA }
        if x.contains(y) { return .finerInB }
        // Zero-length intervals (instants) touch an interval that holds them.
        if x.overlaps(y) || (x.length == 0 && y.start <= x.start && x.start < y.end) || (y.length == 0 && x.start <= y.start && y.start < x.end) {
            return .overlapping
        }
        return .disjoint
    }

    /// The interval that dates an event for comparison; nil for vague and undated events.
    static func interval(of event: Event) -> CalendarInterval? {
        guard event.kind != .vague, !event.when.isVague else { return nil }
        return event.placement
    }

    /// Whether both dates can be right.
    public var isCompatible: Bool { self != .disjoint }

    /// The class of a matched pair with this relation.
    public var diffClass: DiffClass {
        switch self {
        case .equal, .overlapping, .vague: .same
        case .finerInA, .finerInB: .refined
        case .disjoint: .dateConflict
        }
    }
}
