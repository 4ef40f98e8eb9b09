import Testing
@testable import DatelineNormalizer

/// Numeric dates are month first by default, day first on request, and never impossible.
@Suite("Numeric date order")
struct NumericDateOrderTests {
    let published = CalendarDate(year: 2025, month: 6, day: 26)!

    func value(_ text: String, dayFirst: Bool) -> String? {
        TemporalTagger(dayFirst: dayFirst).tag(text, publicationDate: published).first?.value.description
    }

    @Test func monthFirstByDefault() {
        #expect(value("The deal closed 06/07/2025.", dayFirst: false) == "2025-06-07")
    }

    @Test func dayFirstOnRequest() {
        #expect(value("The deal closed 06/07/2025.", dayFirst: true) == "2025-07-06")
    }

    @Test func aFirstNumberAboveTwelveIsADay() {
        #expect(value("The deal closed 25/06/2025.", dayFirst: false) == "2025-06-25")
    }

    @Test func impossibleDatesAreNotTagged() {
        #expect(value("The code 13/45/2025 is not a date.", dayFirst: false) == nil)
    }
}
