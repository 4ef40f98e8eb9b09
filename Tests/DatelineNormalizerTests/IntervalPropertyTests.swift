import Testing
@testable import DatelineNormalizer

/// Every interval the tagger gives is non-empty, on every day of a year, including the first and
/// last days of a period ("earlier this year" on January 1 — found by fuzzing).
@Suite("Interval properties")
struct IntervalPropertyTests {
    static let phrases = "Sales rose earlier this year, earlier this month and earlier this week. They will rise later this year, "
        + "later this month and later this week. Early this year, late this month and mid-week results came."

    @Test func intervalsAreNeverEmpty() {
        let tagger = TemporalTagger()
        let first = CalendarDate(year: 2024, month: 1, day: 1)!
        for offset in 0..<366 {
            let day = first.adding(days: offset)
            for timex in tagger.tag(Self.phrases, publicationDate: day) {
                if let interval = timex.interval {
                    #expect(interval.start < interval.end, "\(timex.text) on \(day): \(interval)")
                }
            }
        }
    }
}
