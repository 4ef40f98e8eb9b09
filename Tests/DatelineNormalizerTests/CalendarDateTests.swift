import Testing
@testable import DatelineNormalizer

/// Day numbers, weekdays, ISO weeks, month arithmetic and ISO parsing of `CalendarDate`,
/// checked against values computed independently (a proleptic Gregorian reference).
@Suite("CalendarDate")
struct CalendarDateTests {
    static func date(_ year: Int, _ month: Int, _ day: Int) -> CalendarDate { CalendarDate(year: year, month: month, day: day)! }

    /// The next day by the calendar rules alone, without day numbers.
    static func successor(_ d: CalendarDate) -> CalendarDate {
        if d.day < CalendarDate.daysIn(month: d.month, year: d.year) { return date(d.year, d.month, d.day + 1) }
        if d.month < 12 { return date(d.year, d.month + 1, 1) }
        return date(d.year + 1, 1, 1)
    }

    // MARK: - Day numbers

    @Test("day numbers of known dates", arguments: [
        (1970, 1, 1, 0), (1969, 12, 31, -1), (1969, 12, 28, -4),
        (1900, 1, 1, -25567), (1900, 2, 28, -25509), (1900, 3, 1, -25508),
        (2000, 1, 1, 10957), (2000, 2, 29, 11016),
        (2100, 2, 28, 47540), (2100, 3, 1, 47541),
        (1600, 1, 1, -135140), (1582, 10, 15, -141427), (2400, 12, 31, 157419),
        (2024, 2, 29, 19782), (2025, 6, 26, 20265),
        (1, 1, 1, -719162), (0, 3, 1, -719468), (0, 2, 29, -719469), (0, 1, 1, -719528), (-1, 12, 31, -719529),
    ])
    func knownDayNumbers(year: Int, month: Int, day: Int, number: Int) throws {
        let d = try #require(CalendarDate(year: year, month: month, day: day))
        #expect(d.dayNumber == number)
        #expect(CalendarDate(dayNumber: number) == d)
    }

    @Test func dayNumbersFollowTheCalendarDayByDay() {
        // 1600-01-01 through 2400-12-31: leap centuries 1600, 2000, 2400 and common ones 1700, 1800, 1900, 2100.
        var d = Self.date(1600, 1, 1)
        var number = -135_140
        var mismatches: [String] = []
        while number <= 157_419 {
            if d.dayNumber != number || CalendarDate(dayNumber: number) != d {
                mismatches.append("\(d) ≠ \(number)")
                if mismatches.count > 5 { break }
            }
            d = Self.successor(d)
            number += 1
        }
        #expect(mismatches.isEmpty)
        #expect(d == Self.date(2401, 1, 1))
    }

    @Test func dayNumbersRoundTripFarFromTheEpoch() {
        for number in stride(from: -3_000_000, through: 3_000_000, by: 7_919) {
            let d = CalendarDate(dayNumber: number)
            #expect(d.dayNumber == number)
            #expect(CalendarDate(year: d.year, month: d.month, day: d.day) == d, "fields out of range for \(number)")
        }
    }

    @Test("leap years", arguments: [(1600, true), (1700, false), (1900, false), (2000, true), (2024, true), (2025, false), (2100, false), (2400, true), (0, true), (-4, true), (-1, false)])
    func leapYears(year: Int, leap: Bool) {
        #expect(CalendarDate.isLeap(year) == leap)
        #expect(CalendarDate.daysIn(month: 2, year: year) == (leap ? 29 : 28))
        #expect((CalendarDate(year: year, month: 2, day: 29) != nil) == leap)
    }

    @Test("invalid fields are rejected", arguments: [(2025, 2, 29), (1900, 2, 29), (2100, 2, 29), (2025, 13, 1), (2025, 0, 10), (2025, 6, 0), (2025, 6, 31), (2025, 4, 31), (2025, 1, 32), (2025, -1, 5)])
    func invalidFields(year: Int, month: Int, day: Int) {
        #expect(CalendarDate(year: year, month: month, day: day) == nil)
    }

    // MARK: - Weekdays and ISO weeks

    @Test("ISO weekday", arguments: [
        (2025, 6, 26, 4), (1970, 1, 1, 4), (1969, 12, 31, 3), (1969, 12, 28, 7), (1969, 12, 29, 1),
        (2000, 1, 1, 6), (1900, 1, 1, 1), (2024, 2, 29, 4), (2100, 3, 1, 1), (1, 1, 1, 1), (1600, 1, 1, 6),
    ])
    func weekday(year: Int, month: Int, day: Int, weekday: Int) {
        #expect(Self.date(year, month, day).weekday == weekday)
    }

    @Test func weekdaysCycleOnBothSidesOfTheEpoch() {
        for number in -5000...5000 {
            let today = CalendarDate(dayNumber: number).weekday
            let tomorrow = CalendarDate(dayNumber: number + 1).weekday
            #expect((1...7).contains(today))
            #expect(tomorrow == today % 7 + 1)
        }
    }

    @Test("ISO week", arguments: [
        (2024, 12, 30, 2025, 1), (2025, 6, 26, 2025, 26), (2021, 1, 3, 2020, 53), (2021, 1, 4, 2021, 1),
        (2026, 12, 31, 2026, 53), (2027, 1, 1, 2026, 53), (2008, 12, 29, 2009, 1), (2010, 1, 3, 2009, 53),
        (2005, 1, 1, 2004, 53), (2000, 1, 1, 1999, 52), (1969, 12, 29, 1970, 1), (1600, 1, 1, 1599, 52),
    ])
    func isoWeek(year: Int, month: Int, day: Int, weekYear: Int, week: Int) {
        let w = Self.date(year, month, day).isoWeek
        #expect(w.year == weekYear)
        #expect(w.week == week)
    }

    @Test func isoWeeksStartOnTheirMonday() throws {
        var d = Self.date(1995, 12, 20)
        while d.year < 2035 {
            let w = d.isoWeek
            let monday = try #require(TimexValue.mondayOfISOWeek(year: w.year, week: w.week))
            #expect(monday.adding(days: d.weekday - 1) == d)
            d = d.adding(days: 3)
        }
    }

    // MARK: - Month arithmetic

    @Test("adding months clamps to the end of a shorter month", arguments: [
        ("2025-01-31", 1, "2025-02-28"), ("2024-01-31", 1, "2024-02-29"), ("2025-03-31", -1, "2025-02-28"),
        ("2024-03-31", -1, "2024-02-29"), ("2025-05-31", 1, "2025-06-30"), ("2025-08-31", -6, "2025-02-28"),
        ("2025-12-15", 1, "2026-01-15"), ("2025-01-15", -1, "2024-12-15"), ("2025-01-31", 13, "2026-02-28"),
        ("2025-06-26", -18, "2023-12-26"), ("2025-06-26", 0, "2025-06-26"), ("1900-01-31", 1, "1900-02-28"),
        ("2000-01-31", 1, "2000-02-29"), ("2025-10-31", 120, "2035-10-31"),
    ])
    func addingMonths(start: String, months: Int, expected: String) throws {
        let d = try #require(CalendarDate(iso: start))
        #expect(d.adding(months: months).description == expected)
    }

    @Test func addingMonthsCrossesYearZero() {
        let d = Self.date(0, 1, 15).adding(months: -1)
        #expect(d == Self.date(-1, 12, 15))
        #expect(d.adding(months: 1) == Self.date(0, 1, 15))
    }

    @Test("adding years keeps Feb 29 only in leap years", arguments: [(1, "2025-02-28"), (4, "2028-02-29"), (-100, "1924-02-29"), (76, "2100-02-28")])
    func addingYears(years: Int, expected: String) {
        #expect(Self.date(2024, 2, 29).adding(years: years).description == expected)
    }

    @Test func firstOfMonthAndOrder() {
        #expect(Self.date(2025, 6, 26).firstOfMonth == Self.date(2025, 6, 1))
        #expect(Self.date(2024, 12, 31) < Self.date(2025, 1, 1))
        #expect(!(Self.date(2025, 1, 1) < Self.date(2025, 1, 1)))
        #expect(Self.date(-1, 12, 31) < Self.date(0, 1, 1))
    }

    // MARK: - ISO text

    @Test("parses ISO dates", arguments: [
        ("2025-06-25", "2025-06-25"), ("2025-06-25T10:30:00Z", "2025-06-25"), ("2025-06-25 08:00", "2025-06-25"),
        ("2024-02-29", "2024-02-29"), ("0987-03-04", "0987-03-04"),
    ])
    func parsesISO(text: String, expected: String) throws {
        let d = try #require(CalendarDate(iso: text))
        #expect(d.description == expected)
    }

    @Test("rejects malformed ISO dates", arguments: [
        "", "2025", "2025-06", "2025-6-25", "2025-06-2", "20250625", "2025/06/25", "25-06-2025", "2025-13-01", "2025-00-10",
        "2025-06-00", "2025-06-31", "2025-02-29", "1900-02-29", "2025-06-25x", "2025-06-25junk", " 2025-06-25",
        "abcd-ef-gh", "2025-0a-25", "+025-06-25", "２０２５-06-25", "2025–06–25",
    ])
    func rejectsMalformedISO(text: String) {
        #expect(CalendarDate(iso: text) == nil)
    }

    @Test func descriptionRoundTripsThroughISO() {
        for number in stride(from: -700_000, through: 2_900_000, by: 4_271) {
            let d = CalendarDate(dayNumber: number)
            #expect(CalendarDate(iso: d.description) == d)
        }
    }

    // MARK: - Instants

    @Test func instantsBeforeTheEpochFallOnTheRightDay() {
        let instant = CalendarInstant(minutes: -1)
        #expect(instant.date == Self.date(1969, 12, 31))
        #expect(instant.hour == 23)
        #expect(instant.minute == 59)
        #expect(instant.description == "1969-12-31T23:59")
        #expect(CalendarInstant(Self.date(1969, 12, 31)).isMidnight)
        #expect(CalendarInstant(Self.date(2025, 6, 26), hour: 15, minute: 5).description == "2025-06-26T15:05")
    }
}
