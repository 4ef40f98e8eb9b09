import DatelineNormalizer
import Foundation

/// Flags unlikely publication dates: after today (more than a day ahead, to allow for time zones)
/// or before 1900. Such dates are still used; the warning says so.
public struct PublicationDateCheck: Sendable {
    /// The reading day.
    public var today: CalendarDate

    /// A check against `today` (by default the current day in UTC).
    public init(today: CalendarDate = PublicationDateCheck.currentDay()) {
        self.today = today
    }

    /// Warnings for `date` found in the file at `path`; none for a date given with `--published`.
    public func warnings(for date: PublicationDate?, path: String) -> [ArticleWarning] {
        guard let date, date.source != .option else { return [] }
        if date.date.year < 1900 { return [.before1900(path: path, date: date.date, source: date.source)] }
        if date.date.dayNumber > today.dayNumber + 1 { return [.futureDate(path: path, date: date.date, source: date.source, today: today)] }
        return []
    }

    /// Today in UTC.
    public static func currentDay() -> CalendarDate {
        CalendarDate(dayNumber: Int((Date().timeIntervalSince1970 / 86_400).rounded(.down)))
    }
}
