import DatelineNormalizer

/// How an event's time is written in HTML, where `<time datetime>` takes a single date, month,
/// year, week or local time but no interval and no season, quarter, decade or "early June".
///
/// - The date label is a `<time>` whose `datetime` is the TIMEX3 value when that value is also an
///   HTML date string and names exactly the event's interval: `2025-06-25`, `2025-06`, `2025`,
///   `2025-W26`, `2025-06-26T15:00`. Any other label ("Summer 2024", "Early June 2025",
///   "The 1990s") is a `<span>`, so no `datetime` claims more precision than the text has.
/// - The interval `[start, end)` is then shown in words after the label, as its first and last
///   unit at the coarsest unit both ends fall on (years, months, days or minutes), each a
///   `<time datetime>`: "Summer 2024 (June 2024 to August 2024)",
///   "Earlier in June 2025 (June 1, 2025 to June 25, 2025)". The end is inclusive in the
///   words, as readers expect; for minutes the end instant itself is given.
enum HTMLDateTime {
    /// One end of an interval: a `datetime` value (nil when HTML cannot hold it, e.g. before
    /// year 1) and its words.
    struct Bound: Equatable {
        var datetime: String?
        var text: String
    }

    /// The `datetime` of the label, when the label names an HTML-expressible period exactly.
    static func exact(_ timex: Timex) -> String? {
        guard timex.mod == nil, let interval = timex.interval, interval == timex.value.interval else { return nil }
        switch timex.value {
        case .day(let date): return validYear(date.year) ? date.description : nil
        case .month(let year, _), .week(let year, _): return validYear(year) ? timex.value.description : nil
        case .year(let year): return validYear(year) ? timex.value.description : nil
        case .time(let date, _, _): return validYear(date.year) ? timex.value.description : nil
        default: return nil
        }
    }

    /// The first and last unit of `interval` (equal for a single day); nil when it is empty.
    static func bounds(_ interval: CalendarInterval) -> (first: Bound, last: Bound)? {
        let start = interval.start, end = interval.end
        guard end > start else { return nil }
        guard start.isMidnight, end.isMidnight else {
            return (minute(start), minute(end))
        }
        let first = start.date, last = end.date.adding(days: -1)
        if first.month == 1, first.day == 1, end.date.month == 1, end.date.day == 1 {
            return (Bound(datetime: validYear(first.year) ? String(first.year) : nil, text: DateLabel.label(for: .year(first.year))),
                    Bound(datetime: validYear(last.year) ? String(last.year) : nil, text: DateLabel.label(for: .year(last.year))))
        }
        if first.day == 1, end.date.day == 1 {
            let from = TimexValue.month(year: first.year, month: first.month), to = TimexValue.month(year: last.year, month: last.month)
            return (Bound(datetime: validYear(first.year) ? from.description : nil, text: DateLabel.label(for: from)),
                    Bound(datetime: validYear(last.year) ? to.description : nil, text: DateLabel.label(for: to)))
        }
        return (Bound(datetime: validYear(first.year) ? first.description : nil, text: DateLabel.day(first)),
                Bound(datetime: validYear(last.year) ? last.description : nil, text: DateLabel.day(last)))
    }

    private static func minute(_ instant: CalendarInstant) -> Bound {
        let value = TimexValue.time(instant.date, hour: instant.hour, minute: instant.minute)
        return Bound(datetime: validYear(instant.date.year) ? value.description : nil, text: DateLabel.label(for: value))
    }

    /// HTML years have four or more digits and are above zero.
    private static func validYear(_ year: Int) -> Bool { year >= 1 && year <= 9999 }
}
