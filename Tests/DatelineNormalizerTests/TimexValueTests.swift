import Testing
@testable import DatelineNormalizer

/// How each `TimexValue` prints as TIMEX3, which interval it covers and at which granularity,
/// and which value contains a given day.
@Suite("TimexValue")
struct TimexValueTests {
    static func date(_ year: Int, _ month: Int, _ day: Int) -> CalendarDate { CalendarDate(year: year, month: month, day: day)! }

    /// A value with the TIMEX3 text, granularity and `[start, end)` it must have.
    struct Example: Sendable, CustomTestStringConvertible {
        let value: TimexValue
        let text: String
        let granularity: Granularity?
        let interval: String?
        let type: TimexType
        var testDescription: String { text }

        init(_ value: TimexValue, _ text: String, _ granularity: Granularity?, _ interval: String?, type: TimexType = .date) {
            self.value = value
            self.text = text
            self.granularity = granularity
            self.interval = interval
            self.type = type
        }
    }

    static let calendarValues: [Example] = [
        Example(.day(date(2025, 6, 25)), "2025-06-25", .day, "[2025-06-25, 2025-06-26)"),
        Example(.day(date(2024, 12, 31)), "2024-12-31", .day, "[2024-12-31, 2025-01-01)"),
        Example(.month(year: 2025, month: 6), "2025-06", .month, "[2025-06-01, 2025-07-01)"),
        Example(.month(year: 2024, month: 12), "2024-12", .month, "[2024-12-01, 2025-01-01)"),
        Example(.month(year: 2024, month: 2), "2024-02", .month, "[2024-02-01, 2024-03-01)"),
        Example(.season(year: 2024, .summer), "2024-SU", .season, "[2024-06-01, 2024-09-01)"),
        Example(.season(year: 2025, .spring), "2025-SP", .season, "[2025-03-01, 2025-06-01)"),
        Example(.season(year: 2025, .fall), "2025-FA", .season, "[2025-09-01, 2025-12-01)"),
        Example(.season(year: 2024, .winter), "2024-WI", .season, "[2024-12-01, 2025-03-01)"),
        Example(.quarter(year: 2025, quarter: 2), "2025-Q2", .quarter, "[2025-04-01, 2025-07-01)"),
        Example(.quarter(year: 2025, quarter: 4), "2025-Q4", .quarter, "[2025-10-01, 2026-01-01)"),
        Example(.half(year: 2025, half: 1), "2025-H1", .half, "[2025-01-01, 2025-07-01)"),
        Example(.half(year: 2025, half: 2), "2025-H2", .half, "[2025-07-01, 2026-01-01)"),
        Example(.week(year: 2025, week: 26), "2025-W26", .week, "[2025-06-23, 2025-06-30)"),
        Example(.week(year: 2025, week: 1), "2025-W01", .week, "[2024-12-30, 2025-01-06)"),
        Example(.week(year: 2020, week: 53), "2020-W53", .week, "[2020-12-28, 2021-01-04)"),
        Example(.weekend(year: 2025, week: 26), "2025-W26-WE", .weekend, "[2025-06-28, 2025-06-30)"),
        Example(.year(2025), "2025", .year, "[2025-01-01, 2026-01-01)"),
        Example(.year(987), "0987", .year, "[0987-01-01, 0988-01-01)"),
        Example(.decade(199), "199", .decade, "[1990-01-01, 2000-01-01)"),
        Example(.decade(202), "202", .decade, "[2020-01-01, 2030-01-01)"),
        Example(.century(19), "19", .century, "[1900-01-01, 2000-01-01)"),
        Example(.century(20), "20", .century, "[2000-01-01, 2100-01-01)"),
        Example(.time(date(2025, 6, 26), hour: 15, minute: 0), "2025-06-26T15:00", .minute, "[2025-06-26T15:00, 2025-06-26T15:01)", type: .time),
        Example(.time(date(2025, 6, 26), hour: 0, minute: 5), "2025-06-26T00:05", .minute, "[2025-06-26T00:05, 2025-06-26T00:06)", type: .time),
        Example(.time(date(2025, 6, 26), hour: 23, minute: 59), "2025-06-26T23:59", .minute, "[2025-06-26T23:59, 2025-06-27)", type: .time),
        Example(.partOfDay(date(2025, 6, 26), .morning), "2025-06-26TMO", .partOfDay, "[2025-06-26T06:00, 2025-06-26T12:00)", type: .time),
        Example(.partOfDay(date(2025, 6, 26), .afternoon), "2025-06-26TAF", .partOfDay, "[2025-06-26T12:00, 2025-06-26T18:00)", type: .time),
        Example(.partOfDay(date(2025, 6, 26), .evening), "2025-06-26TEV", .partOfDay, "[2025-06-26T18:00, 2025-06-26T21:00)", type: .time),
        Example(.partOfDay(date(2025, 6, 26), .night), "2025-06-26TNI", .partOfDay, "[2025-06-26T21:00, 2025-06-27T06:00)", type: .time),
    ]

    static let openValues: [Example] = [
        Example(.duration(amount: 3, unit: .year), "P3Y", nil, nil, type: .duration),
        Example(.duration(amount: nil, unit: .year), "PXY", nil, nil, type: .duration),
        Example(.duration(amount: nil, unit: .month), "PXM", nil, nil, type: .duration),
        Example(.duration(amount: 2, unit: .hour), "PT2H", nil, nil, type: .duration),
        Example(.duration(amount: 30, unit: .minute), "PT30M", nil, nil, type: .duration),
        Example(.duration(amount: 10, unit: .week), "P10W", nil, nil, type: .duration),
        Example(.duration(amount: 2, unit: .day), "P2D", nil, nil, type: .duration),
        Example(.duration(amount: 6, unit: .month), "P6M", nil, nil, type: .duration),
        Example(.duration(amount: 1, unit: .half), "P6M", nil, nil, type: .duration),
        Example(.reference(.past), "PAST_REF", nil, nil),
        Example(.reference(.present), "PRESENT_REF", nil, nil),
        Example(.reference(.future), "FUTURE_REF", nil, nil),
        Example(.underspecified("XXXX-06-25"), "XXXX-06-25", nil, nil),
    ]

    @Test("calendar values", arguments: calendarValues)
    func calendarValue(_ example: Example) throws {
        #expect(example.value.description == example.text)
        #expect(example.value.granularity == example.granularity)
        #expect(example.value.type == example.type)
        let interval = try #require(example.value.interval)
        #expect(interval.description == example.interval)
    }

    @Test("durations, references and open values", arguments: openValues)
    func openValue(_ example: Example) {
        #expect(example.value.description == example.text)
        #expect(example.value.granularity == nil)
        #expect(example.value.interval == nil)
        #expect(example.value.type == example.type)
    }

    static let lengths: [(TimexValue, Int)] = [
        (.day(date(2024, 2, 29)), 1440),
        (.month(year: 2024, month: 2), 29 * 1440),
        (.month(year: 2025, month: 2), 28 * 1440),
        (.year(2024), 366 * 1440),
        (.year(1900), 365 * 1440),
        (.week(year: 2025, week: 26), 7 * 1440),
        (.weekend(year: 2025, week: 1), 2 * 1440),
        (.partOfDay(date(2025, 6, 26), .night), 9 * 60),
        (.decade(199), 3652 * 1440),
    ]

    @Test("each interval lasts as long as its unit", arguments: lengths)
    func intervalLength(value: TimexValue, minutes: Int) throws {
        #expect(try #require(value.interval).length == minutes)
    }

    @Test("out-of-range fields have no interval", arguments: [
        TimexValue.quarter(year: 2025, quarter: 5), .quarter(year: 2025, quarter: 0), .half(year: 2025, half: 3),
        .week(year: 2025, week: 0), .week(year: 2025, week: 54), .weekend(year: 2025, week: 60), .month(year: 2025, month: 13),
    ])
    func outOfRange(value: TimexValue) {
        #expect(value.interval == nil)
    }

    // MARK: - containing(_:at:)

    static let containingDays: [((Int, Int, Int), Granularity, String)] = [
        ((2025, 1, 15), .season, "2024-WI"),
        ((2025, 2, 28), .season, "2024-WI"),
        ((2024, 2, 29), .season, "2023-WI"),
        ((2024, 12, 1), .season, "2024-WI"),
        ((2025, 3, 1), .season, "2025-SP"),
        ((2025, 6, 26), .season, "2025-SU"),
        ((2025, 11, 30), .season, "2025-FA"),
        ((2024, 12, 30), .week, "2025-W01"),
        ((2021, 1, 3), .week, "2020-W53"),
        ((2025, 6, 28), .weekend, "2025-W26-WE"),
        ((2025, 6, 26), .month, "2025-06"),
        ((2025, 6, 26), .quarter, "2025-Q2"),
        ((2025, 7, 1), .quarter, "2025-Q3"),
        ((2025, 6, 30), .half, "2025-H1"),
        ((2025, 7, 1), .half, "2025-H2"),
        ((2025, 6, 26), .year, "2025"),
        ((2025, 6, 26), .decade, "202"),
        ((2000, 1, 1), .decade, "200"),
        ((1999, 12, 31), .decade, "199"),
        ((2000, 6, 1), .century, "20"),
        ((1999, 6, 1), .century, "19"),
        ((2025, 6, 26), .day, "2025-06-26"),
        ((2025, 6, 26), .hour, "2025-06-26"),
        ((2025, 6, 26), .partOfDay, "2025-06-26"),
    ]

    @Test("the value containing a day", arguments: containingDays)
    func containing(day: (Int, Int, Int), granularity: Granularity, expected: String) {
        let value = TimexValue.containing(Self.date(day.0, day.1, day.2), at: granularity)
        #expect(value.description == expected)
    }

    @Test func containingValuesCoverTheirDay() throws {
        let grains: [Granularity] = [.day, .week, .month, .season, .quarter, .half, .year, .decade, .century]
        var d = Self.date(2023, 11, 20)
        while d < Self.date(2026, 3, 10) {
            for grain in grains {
                let value = TimexValue.containing(d, at: grain)
                #expect(value.granularity == grain)
                let interval = try #require(value.interval)
                #expect(interval.contains(CalendarInterval(day: d)), "\(value) does not contain \(d)")
            }
            d = d.adding(days: 1)
        }
    }

    @Test func decadesAndCenturiesBeforeYearOneFallBackToTheYear() throws {
        let d = Self.date(-5, 6, 1)
        #expect(TimexValue.containing(d, at: .decade) == .year(-5))
        #expect(TimexValue.containing(d, at: .century) == .year(-5))
        #expect(TimexValue.containing(d, at: .decade).description == "BC0006")
        let decade = try #require(TimexValue.containing(d, at: .decade).interval)
        #expect(decade.contains(CalendarInterval(day: d)))
        #expect(TimexValue.containing(Self.date(1990, 6, 1), at: .decade) == .decade(199))
    }

    @Test func granularityNamesRoundTrip() {
        for grain in Granularity.allCases { #expect(Granularity(name: grain.description) == grain) }
        #expect(Granularity(name: "part-of-day") == .partOfDay)
        #expect(Granularity(name: "fortnight") == nil)
        #expect(Granularity.day < .month)
        #expect(Granularity.season < .year)
    }
}
