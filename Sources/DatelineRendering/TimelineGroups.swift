import DatelineNormalizer
import DatelineTimeline

/// Events grouped for display: by year, then by month. Seasons, quarters and halves get a group
/// headed by their own name ("Summer", "Q3"); events dated by the whole year form a group with
/// no heading, ahead of the months of their year.
struct TimelineGroups {
    struct Month {
        var month: Int?
        /// "June", "Summer", "Q3", "First half"; nil for the year-wide group.
        var heading: String?
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
            let grain = event.when.granularity ?? .day
            let month = grain <= .month || event.when.isVague ? start?.month : nil
            let heading = month.map(DateLabel.monthName) ?? Self.periodHeading(event.when.value)
            if years.last?.year != year || years.isEmpty {
                let label = coarse ? DateLabel.label(for: event.when.value) : start.map { DateLabel.year($0.year) } ?? "Undated"
                years.append(Year(year: year, label: label, months: []))
            }
            if years[years.count - 1].months.last.map({ $0.month != month || $0.heading != heading }) ?? true {
                years[years.count - 1].months.append(Month(month: month, heading: heading, events: []))
            }
            let last = years[years.count - 1].months.count - 1
            years[years.count - 1].months[last].events.append(event)
        }
        self.years = years
    }

    /// The heading of a period shorter than a year and longer than a month.
    static func periodHeading(_ value: TimexValue) -> String? {
        switch value {
        case .season(_, let season): return ["Spring", "Summer", "Fall", "Winter"][season.rawValue]
        case .quarter(_, let quarter): return "Q\(quarter)"
        case .half(_, let half): return half == 1 ? "First half" : "Second half"
        default: return nil
        }
    }
}
