/// What a timeline diff says about one event, or about a matched pair of events.
///
/// ```swift
/// DiffClass.dateConflict.marker  // "!"
/// DiffClass.refined.label        // "refined"
/// ```
public enum DiffClass: String, Sendable, Hashable, CaseIterable, Codable {
    /// Matched, and the dates are compatible: equal, or overlapping without one inside the other.
    case same
    /// Matched, and one date is strictly finer and inside the other ("June 2025" against "June 25, 2025").
    case refined
    /// Matched by what happened, but the dates cannot both be right (one source says April, the other May).
    case dateConflict
    /// Told by the first timeline only.
    case onlyInA
    /// Told by the second timeline only.
    case onlyInB

    /// The marker of the unified Markdown list: `-` only in A, `+` only in B, `~` refined,
    /// `!` date conflict, and `=` for the same event.
    public var marker: String {
        switch self {
        case .same: "="
        case .refined: "~"
        case .dateConflict: "!"
        case .onlyInA: "-"
        case .onlyInB: "+"
        }
    }

    /// The class in words: "same", "refined", "date conflict", "only in A", "only in B".
    public var label: String {
        switch self {
        case .same: "same"
        case .refined: "refined"
        case .dateConflict: "date conflict"
        case .onlyInA: "only in A"
        case .onlyInB: "only in B"
        }
    }

    /// Whether the class is a difference (everything but `same`).
    public var isDifference: Bool { self != .same }
}
