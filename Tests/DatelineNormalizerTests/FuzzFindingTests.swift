import Testing
@testable import DatelineNormalizer

/// Inputs the tagger's libFuzzer target (Tests/Fuzz/TaggerFuzz.swift) found, kept as regressions:
/// every value the tagger gives must be writable as TIMEX3.
@Suite("Fuzz findings: tagger")
struct TaggerFuzzFindingTests {
    static let published = CalendarDate(year: 2025, month: 6, day: 26)!

    /// "0st century" gave the century -1, printed "-1".
    @Test("there is no 0th century", arguments: ["the 0th century", "0st century", "in the 00th century"])
    func noZerothCentury(text: String) {
        for timex in TemporalTagger().tag(text, publicationDate: Self.published) {
            #expect(timex.value.isWritable, "\(timex.value)")
            #expect(timex.value != .century(-1))
        }
    }

    /// In a narrative, "late last year" after "the 1st century" (century 00, from year 0) gave year -1,
    /// written "-0001"; years before 1 are written BC0002 and so on.
    @Test func countingBackPastYearZeroWritesBCYears() throws {
        let tagger = TemporalTagger(policy: .narrative)
        let timexes = tagger.tag("It began in the 1st century. Late last year, on Friday, it ended.", publicationDate: nil)
        let century = try #require(timexes.first)
        #expect(century.value == .century(0))
        for timex in timexes.dropFirst() {
            #expect(timex.value.isWritable, "\(timex.text): \(timex.value)")
            #expect(!timex.value.description.hasPrefix("-"), "\(timex.text): \(timex.value)")
        }
    }

    /// Counting far forward leaves the value open rather than writing a five-digit year.
    @Test func yearsPastTheFourDigitsAreLeftOpen() throws {
        let timex = try #require(TemporalTagger().tag("in 99 centuries", publicationDate: Self.published).first)
        #expect(timex.value.isWritable, "\(timex.value)")
        #expect(timex.value.description.count <= 10)
    }

    /// "the 0990s" is a decade of two digits, which reads as a century; it is left open.
    @Test func decadesBeforeTheYear1000AreLeftOpen() throws {
        let timex = try #require(TemporalTagger().tag("in the 0990s", publicationDate: Self.published).first)
        #expect(timex.value == .underspecified("XXX"))
        #expect(timex.interval == nil)
    }

    @Test("which values TIMEX3 can write", arguments: [
        (TimexValue.year(0), true), (.year(9999), true), (.year(10_000), false), (.year(-1), true), (.year(-9999), false),
        (.day(CalendarDate(year: -1, month: 12, day: 31)!), true), (.day(CalendarDate(year: -10_000, month: 1, day: 1)!), false), (.month(year: 12_025, month: 6), false),
        (.decade(199), true), (.decade(99), false), (.decade(1000), false), (.century(0), true), (.century(100), false),
        (.duration(amount: 3, unit: .year), true), (.duration(amount: 10_000_000_000, unit: .century), false),
        (.duration(amount: 999_999_999_999, unit: .year), true),
        (.duration(amount: nil, unit: .decade), true), (.reference(.past), true), (.underspecified("XXXX-06"), true),
    ])
    func writableValues(value: TimexValue, writable: Bool) {
        #expect(value.isWritable == writable, "\(value)")
    }

    @Test func openFormsKeepTheirKind() {
        #expect(Resolver.openForm(of: .season(year: -3, .winter)) == .underspecified("XXXX-WI"))
        #expect(Resolver.openForm(of: .quarter(year: 10_001, quarter: 2)) == .underspecified("XXXX-Q2"))
        #expect(Resolver.openForm(of: .duration(amount: 10_000_000_000_000, unit: .year)) == .duration(amount: nil, unit: .year))
        #expect(Resolver.openForm(of: .time(CalendarDate(year: -2, month: 1, day: 1)!, hour: 3, minute: 0)) == .underspecified("XXXX-XX-XX"))
    }
}
