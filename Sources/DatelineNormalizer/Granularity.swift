/// How fine a time value is: the unit the text named or implied.
///
/// Ordered from finest to coarsest, so `.day < .month`.
public enum Granularity: Int, Comparable, Sendable, CaseIterable, CustomStringConvertible {
    case minute, hour, partOfDay, day, weekend, week, month, season, quarter, half, year, decade, century

    public static func < (a: Granularity, b: Granularity) -> Bool { a.rawValue < b.rawValue }

    /// The lower-case name used in JSON and XML (`"day"`, `"season"`…).
    public var description: String {
        switch self {
        case .minute: "minute"
        case .hour: "hour"
        case .partOfDay: "part-of-day"
        case .day: "day"
        case .weekend: "weekend"
        case .week: "week"
        case .month: "month"
        case .season: "season"
        case .quarter: "quarter"
        case .half: "half"
        case .year: "year"
        case .decade: "decade"
        case .century: "century"
        }
    }

    public init?(name: String) {
        guard let match = Granularity.allCases.first(where: { $0.description == name }) else { return nil }
        self = match
    }
}
