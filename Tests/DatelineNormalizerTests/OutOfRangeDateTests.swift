import Testing
@testable import DatelineNormalizer

/// Dates that do not exist and numbers too large for any calendar: the tagger either leaves them
/// alone or tags the part it can read with a valid value; it never makes an impossible date,
/// overflows or crashes.
@Suite("Out-of-range dates and huge numbers")
struct OutOfRangeDateTests {
    static let published = CalendarDate(year: 2025, month: 6, day: 26)!

    /// Each sentence and exactly what is tagged in it (text, value); [] for nothing.
    static let cases: [(sentence: String, expected: [String])] = [
        ("It happened in year 0.", []),
        ("It happened in the 99th century.", ["the 99th century=98"]),  // TIMEX3 century 98: 9800-9899
        ("It happened in 10,000 BC.", []),
        ("It happened in 10000 BC.", []),
        ("It happened on February 30.", []),
        ("It happened on February 30, 2024.", ["2024=2024"]),  // the impossible day is dropped, the year kept
        ("It happened on February 29, 2025.", ["2025=2025"]),  // not a leap year
        ("It happened on June 31.", []),
        ("It happened on 2025-13-45.", []),
        ("It happened on 2025-02-30.", []),
        ("It happened on 02/30/2025.", []),
        ("It happened on 13/45/2025.", []),
        ("It happened 999999999999 years ago.", ["years ago=PAST_REF"]),  // the number is unusable, "years ago" is vague past
        ("It happened 99999999999999999999999 days ago.", ["days ago=PAST_REF"]),
        ("It happened 9223372036854775807 days ago.", ["days ago=PAST_REF"]),
        ("It will happen in 999999999999 years.", []),
        ("It lasted 999999999999 years.", []),
        ("It happened in the 100th century.", []),
        ("It happened in the 10000s.", []),
    ]

    @Test(arguments: cases)
    func taggedValidlyOrNotAtAll(_ sentence: String, _ expected: [String]) {
        let timexes = TemporalTagger().tag(sentence, publicationDate: Self.published)
        #expect(timexes.map { "\($0.text)=\($0.value)" } == expected)
        for timex in timexes { Self.checkValid(timex) }
    }

    /// All of them in one text, under both policies and both numeric orders: still only valid values.
    @Test func togetherUnderEveryReading() {
        let text = Self.cases.map(\.sentence).joined(separator: " ")
        for policy in [ResolutionPolicy.news, .narrative] {
            for dayFirst in [false, true] {
                for timex in TemporalTagger(policy: policy, dayFirst: dayFirst).tag(text, publicationDate: Self.published) {
                    Self.checkValid(timex)
                }
            }
        }
    }

    /// A value's calendar part names a real date (year 0000-9999, month 01-12, a day the month has),
    /// and its interval is not empty.
    static func checkValid(_ timex: Timex, sourceLocation: SourceLocation = #_sourceLocation) {
        let value = timex.value.description
        let parts = value.prefix { $0 != "T" }.split(separator: "-", omittingEmptySubsequences: false)
        if let year = parts.first, year.count == 4, year.allSatisfy(\.isNumber) {
            let month = parts.count > 1 && parts[1].count == 2 && parts[1].allSatisfy(\.isNumber) ? Int(parts[1]) : nil
            let day = parts.count > 2 && parts[2].count == 2 && parts[2].allSatisfy(\.isNumber) ? Int(parts[2]) : nil
            if let month { #expect((1...12).contains(month), "\(value)", sourceLocation: sourceLocation) }
            if let month, let day {
                #expect(CalendarDate(year: Int(year)!, month: month, day: day) != nil, "\(value)", sourceLocation: sourceLocation)
            }
        }
        if let interval = timex.interval {
            #expect(interval.start < interval.end, "\(value): \(interval)", sourceLocation: sourceLocation)
        }
        #expect(timex.range.lowerBound >= 0 && !timex.range.isEmpty, sourceLocation: sourceLocation)
    }
}
