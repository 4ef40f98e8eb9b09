import Testing
@testable import DatelineNormalizer

/// The expression kinds of the mission's example article, in sentences written for this suite,
/// resolved against a fixed publication date.
@Suite("Seed article expression kinds")
struct SeedExpressionTests {
    let published = CalendarDate(year: 2025, month: 6, day: 26)!
    let tagger = TemporalTagger()

    func only(_ sentence: String) -> Timex? {
        let found = tagger.tag(sentence, publicationDate: published)
        return found.count == 1 ? found[0] : nil
    }

    @Test("resolves each seed expression kind", arguments: [
        ("On June 25 the board reported a loss.", "June 25", "2025-06-25", "day"),
        ("The mayor met the union twice in June.", "June", "2025-06", "month"),
        ("In April, the club signed a new coach.", "April", "2025-04", "month"),
        ("Last month, the council withdrew the plan.", "Last month", "2025-05", "month"),
        ("The two partners split earlier this month.", "earlier this month", "2025-06", "month"),
        ("Residents have worried since last summer that rents would rise.", "last summer", "2024-SU", "season"),
        ("She stayed neutral in last year's election.", "last year", "2024", "year"),
        ("She stayed neutral in last year’s election.", "last year", "2024", "year"),
        ("The director recently visited the plant.", "recently", "PAST_REF", ""),
        ("The dispute has now become an opening for rivals.", "now", "PRESENT_REF", ""),
        ("He has been courting the regulator in recent months.", "recent months", "PXM", ""),
        ("The two firms have competed for years.", "years", "PXY", ""),
        ("The ceremony is scheduled for June 26.", "June 26", "2025-06-26", "day"),
    ])
    func seedKind(sentence: String, phrase: String, value: String, granularity: String) throws {
        let timex = try #require(only(sentence), "expected exactly one expression in: \(sentence)")
        #expect(timex.text == phrase)
        #expect(timex.value.description == value)
        #expect((timex.granularity?.description ?? "") == granularity)
    }

    @Test func intervalsAreConcrete() throws {
        let lastMonth = try #require(only("Last month, the council withdrew the plan."))
        #expect(lastMonth.interval == CalendarInterval(from: CalendarDate(year: 2025, month: 5, day: 1)!, until: CalendarDate(year: 2025, month: 6, day: 1)!))
        let earlier = try #require(only("The two partners split earlier this month."))
        #expect(earlier.interval == CalendarInterval(from: CalendarDate(year: 2025, month: 6, day: 1)!, until: published))
        let summer = try #require(only("Residents have worried since last summer that rents would rise."))
        #expect(summer.interval == CalendarInterval(from: CalendarDate(year: 2024, month: 6, day: 1)!, until: CalendarDate(year: 2024, month: 9, day: 1)!))
        #expect(summer.preposition == "since")
    }

    @Test func durationsHaveNoInterval() throws {
        let years = try #require(only("The two firms have competed for years."))
        #expect(years.type == .duration)
        #expect(years.interval == nil)
        #expect(years.preposition == "for")
    }
}
