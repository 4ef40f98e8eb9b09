import DatelineNormalizer
import DatelineTimeline

/// Human date labels at each value's own granularity: "Summer 2024", "April 2025",
/// "June 25, 2025", "Early June 2025", "Recently (before June 26, 2025)".
public enum DateLabel {
    static let months = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
                         "October", "November", "December"]
    static let seasons = ["Spring", "Summer", "Fall", "Winter"]
    static let parts = ["morning", "midday", "afternoon", "evening", "night"]

    /// The label for an event's date.
    public static func label(for event: Event) -> String {
        if let conflict = DateConflictLabel.label(for: event) { return conflict }
        let timex = event.when
        if case .reference(let reference) = timex.value {
            let date = event.published.map(day) ?? nil
            switch reference {
            case .past: return date.map { "Recently (before \($0))" } ?? "Recently"
            case .present: return date.map { "Now (\($0))" } ?? "Now"
            case .future: return date.map { "In the future (after \($0))" } ?? "In the future"
            }
        }
        if event.kind == .vague, let published = event.published { return "Recently (before \(day(published)))" }
        var text = label(for: timex.value)
        switch timex.mod {
        case .start?: text = "Early " + text
        case .mid?: text = "Mid-" + text
        case .end?: text = "Late " + text
        default:
            if let interval = timex.interval, let whole = timex.value.interval, interval != whole, let published = event.published {
                if interval.end == CalendarInstant(published) { text = "Earlier in \(text)" }
                else if interval.start == CalendarInstant(published.adding(days: 1)) { text = "Later in \(text)" }
            }
        }
        // A span names both ends: "April 2025 to June 2025".
        if let until = event.until { text += " to " + label(for: until.value) }
        return text
    }

    /// The label for a TIMEX3 value alone.
    public static func label(for value: TimexValue) -> String {
        switch value {
        case .day(let date): return day(date)
        case .month(let y, let m): return "\(months[m - 1]) \(year(y))"
        case .year(let y): return year(y)
        case .week(let y, let w):
            guard let monday = TimexValue.week(year: y, week: w).interval?.start.date else { return value.description }
            return "Week of \(day(monday))"
        case .weekend(let y, let w):
            guard let saturday = TimexValue.weekend(year: y, week: w).interval?.start.date else { return value.description }
            return "Weekend of \(day(saturday))"
        case .season(let y, let s):
            return s == .winter && y > 0 ? "Winter \(y)–\(String(y + 1).suffix(2))" : "\(seasons[s.rawValue]) \(year(y))"
        case .quarter(let y, let q): return "Q\(q) \(year(y))"
        case .half(let y, let h): return "\(h == 1 ? "First" : "Second") half of \(year(y))"
        case .decade(let d): return "The \(d * 10)s"
        case .century(let c): return c < 0 ? "The \(ordinal(-c)) century BC" : "The \(ordinal(c + 1)) century"
        case .time(let d, let h, let m):
            let hour12 = h % 12 == 0 ? 12 : h % 12
            let minutes = m < 10 ? "0\(m)" : "\(m)"
            return "\(day(d)), \(hour12):\(minutes) \(h < 12 ? "a.m." : "p.m.")"
        case .partOfDay(let d, let p): return "\(day(d)) (\(parts[p.rawValue]))"
        case .duration, .reference, .underspecified, .recurrence: return value.description
        }
    }

    /// "June 25, 2025".
    public static func day(_ date: CalendarDate) -> String { "\(months[date.month - 1]) \(date.day), \(year(date.year))" }

    /// A year as readers write it: "2025", "490 BC" for year -489 (1 BC is year 0).
    public static func year(_ y: Int) -> String { y > 0 ? "\(y)" : "\(1 - y) BC" }

    /// The name of a month, 1…12.
    public static func monthName(_ month: Int) -> String { months[month - 1] }

    static func ordinal(_ n: Int) -> String {
        let magnitude = n.magnitude  // a negative century (read from a saved timeline) must not index below 0
        let suffix = (11...13).contains(magnitude % 100) ? "th" : ["th", "st", "nd", "rd", "th", "th", "th", "th", "th", "th"][Int(magnitude % 10)]
        return "\(n)\(suffix)"
    }
}
