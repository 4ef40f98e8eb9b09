/// A TIMEX3 value with its structure kept: `.month(year: 2025, month: 6)` prints as `2025-06`.
///
/// Each calendar value knows its granularity and the interval it covers, so
/// ordering and comparison never parse strings.
public enum TimexValue: Hashable, Sendable, CustomStringConvertible {
    case day(CalendarDate)
    case month(year: Int, month: Int)
    case year(Int)
    case week(year: Int, week: Int)
    case weekend(year: Int, week: Int)
    case season(year: Int, Season)
    case quarter(year: Int, quarter: Int)
    case half(year: Int, half: Int)
    /// `199` is the 1990s.
    case decade(Int)
    /// `19` is the 1900s; below zero a century BC: -4 is the 4th century BC, `BC03`.
    case century(Int)
    case time(CalendarDate, hour: Int, minute: Int)
    case partOfDay(CalendarDate, PartOfDay)
    /// A duration such as `P3Y`; a nil amount prints `X` (`PXY`, "years").
    case duration(amount: Int?, unit: TimeUnit)
    case reference(TimeReference)
    /// A recurrence: `P1W` for "weekly", `XXXX-WXX-1` for "every Monday".
    case recurrence(unit: TimeUnit, weekday: Int?)
    /// A value the text leaves open, e.g. `XXXX-06-25` when no year can be found.
    case underspecified(String)

    public var description: String {
        switch self {
        case .day(let date): return date.description
        case .month(let y, let m): return "\(TimexFormat.year(y))-\(TimexFormat.two(m))"
        case .year(let y): return TimexFormat.year(y)
        case .week(let y, let w): return "\(TimexFormat.year(y))-W\(TimexFormat.two(w))"
        case .weekend(let y, let w): return "\(TimexFormat.year(y))-W\(TimexFormat.two(w))-WE"
        case .season(let y, let s): return "\(TimexFormat.year(y))-\(s.code)"
        case .quarter(let y, let q): return "\(TimexFormat.year(y))-Q\(q)"
        case .half(let y, let h): return "\(TimexFormat.year(y))-H\(h)"
        case .decade(let d): return d < 100 ? TimexFormat.two(d) : "\(d)"
        case .century(let c): return c < 0 ? "BC" + TimexFormat.two(-c - 1) : TimexFormat.two(c)  // the 4th century BC (-4) is BC03
        case .time(let d, let h, let m): return "\(d)T\(TimexFormat.two(h)):\(TimexFormat.two(m))"
        case .partOfDay(let d, let p): return "\(d)T\(p.code)"
        case .duration(let amount, let unit):
            let code = unit.durationCode
            // With no amount the unit keeps its own letters: "for decades" is PXDE, not PXY.
            if amount == nil, unit == .decade { return "PXDE" }
            if amount == nil, unit == .century { return "PXCE" }
            let number = amount.map { "\($0 * code.factor)" } ?? "X"
            return code.isTime ? "PT\(number)\(code.letter)" : "P\(number)\(code.letter)"
        case .reference(let r): return r.rawValue
        case .recurrence(let unit, let weekday?):
            _ = unit
            return "XXXX-WXX-\(weekday)"
        case .recurrence(let unit, nil):
            return TimexValue.duration(amount: 1, unit: unit).description
        case .underspecified(let text): return text
        }
    }

    /// Whether the value can be written in TIMEX3: years BC9999–9999 (four digits), decades 100–999
    /// (three digits), centuries 00–99 and BC00–BC99 (two), durations of at most twelve digits. Counting far back
    /// or forward can leave that range; the resolver then leaves the value open.
    var isWritable: Bool {
        let years = -9998...9999
        switch self {
        case .day(let d), .time(let d, _, _), .partOfDay(let d, _): return years.contains(d.year)
        case .month(let y, _), .year(let y), .week(let y, _), .weekend(let y, _), .season(let y, _), .quarter(let y, _), .half(let y, _):
            return years.contains(y)
        case .decade(let d): return (100...999).contains(d)
        case .century(let c): return (-100...99).contains(c)
        case .duration(let amount?, let unit):
            let (total, overflow) = amount.multipliedReportingOverflow(by: unit.durationCode.factor)
            return !overflow && (0...999_999_999_999).contains(total)
        case .duration(nil, _), .reference, .recurrence, .underspecified: return true
        }
    }

    /// The TIMEX3 type this value takes unless a rule says otherwise.
    public var type: TimexType {
        switch self {
        case .time, .partOfDay: .time
        case .duration: .duration
        case .recurrence: .set
        default: .date
        }
    }

    /// How fine the value is; nil for durations, references and open values.
    public var granularity: Granularity? {
        switch self {
        case .day: .day
        case .month: .month
        case .year: .year
        case .week: .week
        case .weekend: .weekend
        case .season: .season
        case .quarter: .quarter
        case .half: .half
        case .decade: .decade
        case .century: .century
        case .time: .minute
        case .partOfDay: .partOfDay
        case .duration, .reference, .underspecified, .recurrence: nil
        }
    }

    /// The stretch of calendar time the value covers, `[start, end)`; nil when it covers none.
    public var interval: CalendarInterval? {
        switch self {
        case .day(let d):
            return CalendarInterval(day: d)
        case .month(let y, let m):
            guard let first = CalendarDate(year: y, month: m, day: 1) else { return nil }
            return CalendarInterval(from: first, until: first.adding(months: 1))
        case .year(let y):
            return Self.years(y, count: 1)
        case .week(let y, let w):
            guard let monday = Self.mondayOfISOWeek(year: y, week: w) else { return nil }
            return CalendarInterval(from: monday, until: monday.adding(days: 7))
        case .weekend(let y, let w):
            guard let monday = Self.mondayOfISOWeek(year: y, week: w) else { return nil }
            return CalendarInterval(from: monday.adding(days: 5), until: monday.adding(days: 7))
        case .season(let y, let s):
            guard let first = CalendarDate(year: y, month: s.firstMonth, day: 1) else { return nil }
            return CalendarInterval(from: first, until: first.adding(months: 3))
        case .quarter(let y, let q):
            guard (1...4).contains(q), let first = CalendarDate(year: y, month: (q - 1) * 3 + 1, day: 1) else { return nil }
            return CalendarInterval(from: first, until: first.adding(months: 3))
        case .half(let y, let h):
            guard (1...2).contains(h), let first = CalendarDate(year: y, month: (h - 1) * 6 + 1, day: 1) else { return nil }
            return CalendarInterval(from: first, until: first.adding(months: 6))
        case .decade(let d):
            return Self.years(d * 10, count: 10)
        case .century(let c):
            // The Nth century BC (-N) runs from N×100 BC to (N-1)×100+1 BC: year 1-100N for a hundred years.
            return Self.years(c < 0 ? 1 + 100 * c : c * 100, count: 100)
        case .time(let d, let h, let m):
            let start = CalendarInstant(d, hour: h, minute: m)
            return CalendarInterval(start: start, end: start.adding(minutes: 1))
        case .partOfDay(let d, let p):
            let hours = p.hours
            return CalendarInterval(start: CalendarInstant(d, hour: hours.start), end: CalendarInstant(d, hour: hours.end))
        case .duration, .reference, .underspecified, .recurrence:
            return nil
        }
    }

    private static func years(_ first: Int, count: Int) -> CalendarInterval? {
        guard let start = CalendarDate(year: first, month: 1, day: 1), let end = CalendarDate(year: first + count, month: 1, day: 1) else { return nil }
        return CalendarInterval(from: start, until: end)
    }

    /// The Monday that starts ISO week `week` of `year`.
    static func mondayOfISOWeek(year: Int, week: Int) -> CalendarDate? {
        guard (1...53).contains(week), let jan4 = CalendarDate(year: year, month: 1, day: 4) else { return nil }
        return jan4.adding(days: 1 - jan4.weekday + (week - 1) * 7)
    }

    /// The same kind of value `years` years away: 1989-Q3 shifted by -1 is 1988-Q3.
    public func shifted(years: Int) -> TimexValue? {
        switch self {
        case .day(let d):
            return CalendarDate(year: d.year + years, month: d.month, day: min(d.day, CalendarDate.daysIn(month: d.month, year: d.year + years))).map { .day($0) }
        case .month(let y, let m): return .month(year: y + years, month: m)
        case .year(let y): return .year(y + years)
        case .season(let y, let s): return .season(year: y + years, s)
        case .quarter(let y, let q): return .quarter(year: y + years, quarter: q)
        case .half(let y, let h): return .half(year: y + years, half: h)
        case .week(let y, let w): return .week(year: y + years, week: w)
        default: return nil
        }
    }

    /// The value at `granularity` that contains `date`: the day, its week, month, year…
    public static func containing(_ date: CalendarDate, at granularity: Granularity) -> TimexValue {
        switch granularity {
        case .minute, .hour, .partOfDay, .day: return .day(date)
        case .week: let w = date.isoWeek; return .week(year: w.year, week: w.week)
        case .weekend: let w = date.isoWeek; return .weekend(year: w.year, week: w.week)
        case .month: return .month(year: date.year, month: date.month)
        case .season:
            let index = ((date.month + 9) % 12) / 3  // Mar-May 0, Jun-Aug 1, Sep-Nov 2, Dec-Feb 3
            let year = date.month <= 2 ? date.year - 1 : date.year
            return .season(year: year, Season(rawValue: index)!)
        case .quarter: return .quarter(year: date.year, quarter: (date.month - 1) / 3 + 1)
        case .half: return .half(year: date.year, half: (date.month - 1) / 6 + 1)
        case .year: return .year(date.year)
        // TIMEX3 has no decades or centuries before year 1 that line up with the BC ones readers count,
        // so those fall back to the year.
        case .decade: return date.year < 10 ? .year(date.year) : .decade(floorDivide(date.year, 10))
        case .century: return date.year < 100 ? .year(date.year) : .century(floorDivide(date.year, 100))
        }
    }

    /// Integer division rounding toward negative infinity: year -5 is in decade -1.
    private static func floorDivide(_ a: Int, _ b: Int) -> Int { a >= 0 ? a / b : -((-a + b - 1) / b) }
}
