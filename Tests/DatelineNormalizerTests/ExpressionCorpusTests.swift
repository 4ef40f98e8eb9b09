import Testing
@testable import DatelineNormalizer

/// What the resolved expressions carry besides their value: anchors, intervals, types, and
/// values left open without a publication date. The rule examples themselves (sentence, date,
/// policy, expected value) are in `Corpus/`, run by `RuleExampleTests`.
@Suite("Expression corpus")
struct ExpressionCorpusTests {
    let tagger = TemporalTagger()

    // MARK: - Anchors, intervals, types

    @Test("records what each value was resolved against", arguments: [
        ("The bakery reopened on June 25, 2025.", "June 25, 2025", Timex.Anchor.none),
        ("Bus fares rose last month.", "last month", .publicationDate),
        ("The levee was finished on March 3, 2020. The following day, the road reopened.", "The following day", .previousMention),
        ("The polls opened on May 2, 2024. They closed at 8 p.m.", "8 p.m.", .previousMention),
        ("The hearing started at noon.", "noon", .publicationDate),
    ])
    func anchors(sentence: String, text: String, anchor: Timex.Anchor) throws {
        let found = tagger.tag(sentence, publicationDate: CalendarDate(year: 2025, month: 6, day: 26))
        let timex = try #require(found.first { $0.text == text })
        #expect(timex.anchor == anchor)
    }

    @Test func partsNarrowTheirInterval() throws {
        let published = CalendarDate(year: 2025, month: 6, day: 26)!
        let early = try #require(tagger.tag("Planting began in early June.", publicationDate: published).first)
        #expect(early.interval?.description == "[2025-06-01, 2025-06-11)")
        let later = try #require(tagger.tag("The verdict will come later this week.", publicationDate: published).first)
        #expect(later.interval?.description == "[2025-06-27, 2025-06-30)")
        let end = try #require(tagger.tag("Rent is due at the end of the month.", publicationDate: published).first)
        #expect(end.interval?.description == "[2025-06-21, 2025-07-01)")
        #expect(end.preposition == "at")
        let now = try #require(tagger.tag("The museum is now open.", publicationDate: published).first)
        #expect(now.interval == CalendarInterval(day: published))
    }

    @Test("types follow the value", arguments: [
        ("The choir performs tonight.", TimexType.time),
        ("The hearing started at 3 p.m.", .time),
        ("The repairs took a couple of weeks.", .duration),
        ("Bus fares rose last month.", .date),
        ("The museum recently reopened.", .date),
    ])
    func types(sentence: String, type: TimexType) throws {
        let timex = try #require(tagger.tag(sentence, publicationDate: CalendarDate(year: 2025, month: 6, day: 26)).first)
        #expect(timex.type == type)
    }

    @Test func withoutAPublicationDateRelativeValuesStayOpen() throws {
        let lastMonth = try #require(tagger.tag("Bus fares rose last month.", publicationDate: nil).first)
        #expect(lastMonth.value.description == "XXXX-XX")
        #expect(lastMonth.interval == nil)
        let june = try #require(tagger.tag("The bakery reopened on June 25.", publicationDate: nil).first)
        #expect(june.value.description == "XXXX-06-25")
        let absolute = try #require(tagger.tag("The bakery reopened on June 25, 2025.", publicationDate: nil).first)
        #expect(absolute.value.description == "2025-06-25")
    }

    @Test func narrativePolicyCountsFromTheTimeLastMentioned() throws {
        let narrative = TemporalTagger(policy: .narrative)
        let found = narrative.tag("The fort fell in 1862. Last year, it had been rebuilt.", publicationDate: CalendarDate(year: 2025, month: 6, day: 26))
        let lastYear = try #require(found.first { $0.text == "Last year" })
        #expect(lastYear.value.description == "1861")
    }
}
