import DatelineNormalizer
import DatelineTimeline

/// Events grouped for display: by year, then by month. Events coarser than a month
/// (a season, a year) form a group with no month, ahead of the months of their year.
struct TimelineGroups {
    struct Month {
        var month: Int?
        var events: [Event]
    }
    struct Year {
        /// The calendar year; negative keys mark decade and century groups.
        var year: Int?
        /// The heading: "2025", "The 1990s", "Undated".
        var label = "Undated"
        var months: [Month]
    }

    let years: [Year]

    init(_ timeline: Timeline) {
        var years: [Year] = []
        for event in timeline.events {
            let start = event.placement?.start.date
            // Decades and centuries head their own group ("The 1990s"), keyed apart from single years.
            let coarse = (event.when.granularity ?? .day) > .year
            let year = start.map { coarse ? -($0.year) - 1 : $0.year }
            let month = (event.when.granularity ?? .day) <= .month || event.when.isVague ? start?.month : nil
            if years.last?.year != year || years.isEmpty {
                let label = coarse ? DateLabel.label(for: event.when.value) : start.map { String($0.year) } ?? "Undated"
                years.append(Year(year: year, label: label, months: []))
            }
            if years[years.count - 1].months.last.map({ $0.month != month }) ?? true {
                years[years.count - 1].months.append(Month(month: month, events: []))
            }
            let last = years[years.count - 1].months.count - 1
            years[years.count - 1].months[last].events.append(event)
        }
        self.years = years
    }
}
