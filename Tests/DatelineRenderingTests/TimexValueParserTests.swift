import DatelineNormalizer
import DatelineRendering
import Testing

/// Every value form the model prints reads back to the same value.
@Suite("TIMEX3 value parser")
struct TimexValueParserTests {
    static let date = CalendarDate(year: 2025, month: 6, day: 26)!
    static let values: [TimexValue] = [
        .day(date), .day(CalendarDate(year: 44, month: 3, day: 15)!), .month(year: 2025, month: 6), .year(2025), .year(812),
        .year(-489), .year(0), .month(year: -479, month: 9), .day(CalendarDate(year: -43, month: 3, day: 15)!), .season(year: -480, .fall),
        .week(year: 2025, week: 26), .weekend(year: 2025, week: 1), .season(year: 2024, .summer), .season(year: 2024, .winter),
        .quarter(year: 2025, quarter: 2), .half(year: 2025, half: 1), .decade(199), .century(19), .century(20),
        .time(date, hour: 15, minute: 0), .time(date, hour: 8, minute: 5), .partOfDay(date, .morning), .partOfDay(date, .night),
        .duration(amount: 3, unit: .year), .duration(amount: nil, unit: .year), .duration(amount: 4, unit: .hour),
        .duration(amount: 30, unit: .minute), .duration(amount: 2, unit: .month), .duration(amount: 1, unit: .week),
        .duration(amount: 5, unit: .day), .duration(amount: 1, unit: .quarter), .duration(amount: 2, unit: .weekend),
        .reference(.past), .reference(.present), .reference(.future),
        .underspecified("XXXX-06-25"), .underspecified("XXXX"), .underspecified("XXXX-XX-XXT15:00"),
    ]

    @Test("value → text → value", arguments: values)
    func roundTrips(value: TimexValue) {
        #expect(TimexValueParser.value(value.description, granularity: value.granularity, type: value.type) == value)
    }

    /// The model prints decades, centuries and halves in years and months (`P20Y`, `P6M`), so they
    /// read back as years and months: the same text, not the same unit.
    @Test("scaled durations print back the same", arguments: [TimexValue.duration(amount: 2, unit: .decade),
                                                              .duration(amount: 1, unit: .century), .duration(amount: 1, unit: .half)])
    func scaledDurations(value: TimexValue) {
        #expect(TimexValueParser.value(value.description, type: .duration).description == value.description)
    }

    @Test func granularitySettlesTwoDigitForms() {
        #expect(TimexValueParser.value("19") == .century(19))
        #expect(TimexValueParser.value("19", granularity: .decade) == .decade(19))
        #expect(TimexValueParser.value("199") == .decade(199))
        #expect(TimexValueParser.value("1000", granularity: .decade) == .decade(1000))
    }

    @Test func setsReadAsRecurrences() {
        #expect(TimexValueParser.value("P1W", type: .set) == .recurrence(unit: .week, weekday: nil))
        #expect(TimexValueParser.value("XXXX-WXX-1", type: .set) == .recurrence(unit: .week, weekday: 1))
        #expect(TimexValueParser.value("P1W") == .duration(amount: 1, unit: .week))
    }

    @Test("text that does not print back stays underspecified", arguments: ["2025-6", "2025-02-30", "2025-W60x", "P3", "P3Z", "2025-Q", "", "2025-06-26T25:00x", "junk"])
    func keepsOddText(text: String) {
        #expect(TimexValueParser.value(text).description == text)
    }

    @Test func instantsAndDates() {
        #expect(TimexValueParser.instant("2025-06-26") == CalendarInstant(Self.date))
        #expect(TimexValueParser.instant("2025-06-26T20:05") == CalendarInstant(Self.date, hour: 20, minute: 5))
        #expect(TimexValueParser.instant("2025-06-26T24:00") == nil)
        #expect(TimexValueParser.instant("2025-06-26T00:00") == nil, "midnight prints without a time")
        #expect(TimexValueParser.instant("2025-6-26") == nil)
        #expect(TimexValueParser.date("2025-06-26") == Self.date)
        #expect(TimexValueParser.date("2025-02-29") == nil)
    }

    @Test("years before 1 print as TIMEX3 BC years and read as readers write them")
    func yearsBeforeOne() {
        #expect(TimexValue.year(-489).description == "BC0490")
        #expect(TimexValue.year(0).description == "BC0001")
        #expect(DateLabel.label(for: .year(-489)) == "490 BC")
        #expect(DateLabel.label(for: .month(year: -479, month: 9)) == "September 480 BC")
        #expect(DateLabel.label(for: .year(70)) == "70")
    }

    @Test("centuries BC print as BC and two digits, read back, and span their hundred years")
    func centuriesBC() throws {
        #expect(TimexValue.century(-4).description == "BC03")
        #expect(TimexValue.century(-1).description == "BC00")
        #expect(TimexValueParser.value("BC03") == .century(-4))
        #expect(TimexValueParser.value("BC03", granularity: .century) == .century(-4))
        #expect(TimexValueParser.value("BC03", granularity: .year) == .underspecified("BC03"))
        #expect(TimexValueParser.value("BC0300") == .year(-299))
        #expect(DateLabel.label(for: .century(-4)) == "The 4th century BC")
        let interval = try #require(TimexValue.century(-4).interval)
        #expect(interval.start == CalendarInstant(try #require(CalendarDate(year: -399, month: 1, day: 1))))  // 400 BC
        #expect(interval.end == CalendarInstant(try #require(CalendarDate(year: -299, month: 1, day: 1))))    // after 301 BC
    }
}
