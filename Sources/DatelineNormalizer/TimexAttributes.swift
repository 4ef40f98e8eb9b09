/// The TIMEX3 `type` attribute.
public enum TimexType: String, Sendable, Hashable, CaseIterable {
    case date = "DATE", time = "TIME", duration = "DURATION", set = "SET"
}

/// The TIMEX3 `mod` attribute: a part of the value, or a bound on it.
public enum TimexMod: String, Sendable, Hashable, CaseIterable {
    case start = "START", mid = "MID", end = "END", approx = "APPROX"
    case before = "BEFORE", after = "AFTER", onOrBefore = "ON_OR_BEFORE", onOrAfter = "ON_OR_AFTER"
    case lessThan = "LESS_THAN", moreThan = "MORE_THAN", equalOrLess = "EQUAL_OR_LESS", equalOrMore = "EQUAL_OR_MORE"
}

/// A season of the (northern, meteorological) year, as TIMEX3 writes it.
public enum Season: Int, Sendable, Hashable, CaseIterable {
    case spring, summer, fall, winter

    /// `SP`, `SU`, `FA`, `WI`.
    public var code: String { ["SP", "SU", "FA", "WI"][rawValue] }

    /// The first month: March, June, September, December.
    public var firstMonth: Int { [3, 6, 9, 12][rawValue] }
}

/// A part of a day, as TIMEX3 writes it.
public enum PartOfDay: Int, Sendable, Hashable, CaseIterable {
    case morning, midday, afternoon, evening, night

    /// `MO`, `MI`, `AF`, `EV`, `NI`.
    public var code: String { ["MO", "MI", "AF", "EV", "NI"][rawValue] }

    /// The hours this part covers, `[start, end)`; night runs past midnight.
    public var hours: (start: Int, end: Int) { [(6, 12), (11, 13), (12, 18), (18, 21), (21, 30)][rawValue] }
}

/// A vague reference to the past, the present or the future.
public enum TimeReference: String, Sendable, Hashable {
    case past = "PAST_REF", present = "PRESENT_REF", future = "FUTURE_REF"
}

/// A calendar unit, as used in durations and in "last month", "three years ago".
public enum TimeUnit: Int, Sendable, Hashable, CaseIterable, Comparable {
    case minute, hour, day, weekend, week, month, quarter, half, year, decade, century

    public static func < (a: TimeUnit, b: TimeUnit) -> Bool { a.rawValue < b.rawValue }

    /// The letter a TIMEX3 duration uses: `Y`, `M`, `W`, `D`, `H`, `Q`, `DE`, `CE`…; halves scale to six months.
    var durationCode: (letter: String, factor: Int, isTime: Bool) {
        switch self {
        case .minute: ("M", 1, true)
        case .hour: ("H", 1, true)
        case .day: ("D", 1, false)
        case .weekend: ("WE", 1, false)
        case .week: ("W", 1, false)
        case .month: ("M", 1, false)
        case .quarter: ("Q", 1, false)
        case .half: ("M", 6, false)
        case .year: ("Y", 1, false)
        case .decade: ("Y", 10, false)
        case .century: ("Y", 100, false)
        }
    }

    /// The granularity of a single unit of this kind.
    public var granularity: Granularity {
        switch self {
        case .minute: .minute
        case .hour: .hour
        case .day: .day
        case .weekend: .weekend
        case .week: .week
        case .month: .month
        case .quarter: .quarter
        case .half: .half
        case .year: .year
        case .decade: .decade
        case .century: .century
        }
    }
}
