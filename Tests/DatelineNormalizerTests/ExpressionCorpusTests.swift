import Testing
@testable import DatelineNormalizer

/// A Duckling-style corpus: invented sentences, each with a publication date and the one
/// expression (text, TIMEX3 value, mod) the tagger must find in it.
@Suite("Expression corpus")
struct ExpressionCorpusTests {
    /// One sentence and what must be found in it.
    struct Example: Sendable, CustomTestStringConvertible {
        let sentence: String
        let published: String
        let text: String
        let value: String
        let mod: TimexMod?
        /// How many expressions the sentence holds: more than one when an earlier date anchors the checked one.
        let count: Int

        init(_ sentence: String, on published: String = "2025-06-26", _ text: String, _ value: String, _ mod: TimexMod? = nil, count: Int = 1) {
            self.sentence = sentence
            self.published = published
            self.text = text
            self.value = value
            self.mod = mod
            self.count = count
        }

        var testDescription: String { "\"\(text)\" → \(value) (\(published))" }
    }

    /// Thursday, June 26, 2025, unless an example says otherwise.
    static let examples: [Example] = [
        // Month and day, with and without a year
        Example("The bakery reopened on June 25, 2025.", "June 25, 2025", "2025-06-25"),
        Example("The bakery reopened on 25 June 2025.", "25 June 2025", "2025-06-25"),
        Example("The bakery reopened Jun. 25 after repairs.", "Jun. 25", "2025-06-25"),
        Example("Classes resumed on Sept. 3 after the strike.", "Sept. 3", "2024-09-03"),
        Example("Classes will resume on Sept. 3.", "Sept. 3", "2025-09-03"),
        Example("The fair opened on the 25th of June.", "the 25th of June", "2025-06-25"),
        Example("The fair opened on the 4th of November, 2024.", "the 4th of November, 2024", "2024-11-04"),
        Example("The ferry sailed on Nov. 4, 2024, at dawn.", "Nov. 4, 2024", "2024-11-04"),
        Example("The ruling, filed 2025-06-25, was sealed.", "2025-06-25", "2025-06-25"),
        Example("The permit is dated 6/25/2025.", "6/25/2025", "2025-06-25"),
        Example("The survey ran in June 2025.", "June 2025", "2025-06"),
        Example("The survey ran in December of 2024.", "December of 2024", "2024-12"),
        Example("The clinic opened in 2019.", "2019", "2019"),
        Example("The 2019 votes were recounted.", "2019", "2019"),
        // Decades and centuries
        Example("Vinyl sales boomed in the 1990s.", "the 1990s", "199"),
        Example("Arcades were everywhere in the '80s.", "the '80s", "198"),
        Example("Arcades were everywhere in the \u{2019}80s.", "the \u{2019}80s", "198"),
        Example("Rail lines spread across the 20th century.", "the 20th century", "19"),
        // Days and parts of days around the publication date
        Example("The inspector arrives today.", "today", "2025-06-26"),
        Example("The inspector arrived yesterday.", "yesterday", "2025-06-25"),
        Example("The inspector will arrive tomorrow.", "tomorrow", "2025-06-27"),
        Example("The choir performs tonight.", "tonight", "2025-06-26TNI"),
        Example("The ferry left this morning.", "this morning", "2025-06-26TMO"),
        Example("A water main burst last night.", "last night", "2025-06-25TNI"),
        // last / this / next
        Example("Ticket sales dipped last week.", "last week", "2025-W25"),
        Example("The pool is closed this week.", "this week", "2025-W26"),
        Example("The pool will reopen next week.", "next week", "2025-W27"),
        Example("Bus fares rose last month.", "last month", "2025-05"),
        Example("Bus fares are frozen this month.", "this month", "2025-06"),
        Example("Bus fares will rise next month.", "next month", "2025-07"),
        Example("The orchard lost money last year.", "last year", "2024"),
        Example("The orchard expects a profit this year.", "this year", "2025"),
        Example("The orchard will expand next year.", "next year", "2026"),
        Example("Bus fares rose last month.", on: "2025-01-10", "last month", "2024-12"),
        // Weekdays: the tense picks the side of the publication date
        Example("The committee met last Tuesday.", "last Tuesday", "2025-06-24"),
        Example("The committee will meet next Thursday.", "next Thursday", "2025-07-03"),
        Example("The committee met on Monday.", "Monday", "2025-06-23"),
        Example("The committee will meet on Monday.", "Monday", "2025-06-30"),
        Example("The mayor resigned Friday.", "Friday", "2025-06-20"),
        Example("The mayor will resign Friday.", "Friday", "2025-06-27"),
        Example("The mayor resigned Friday.", on: "2025-06-30", "Friday", "2025-06-27"),
        Example("The committee met on Tuesday, June 24, 2025.", "Tuesday, June 24, 2025", "2025-06-24"),
        // Named months and seasons
        Example("The river flooded last March.", "last March", "2025-03"),
        Example("The river flooded last March.", on: "2025-02-10", "last March", "2024-03"),
        Example("The bridge will close next January.", "next January", "2026-01"),
        Example("The mill reopened in April.", "April", "2025-04"),
        Example("The mill will reopen in September.", "September", "2025-09"),
        Example("Tourists packed the beaches last summer.", "last summer", "2024-SU"),
        Example("Tourists packed the beaches last summer.", on: "2025-01-10", "last summer", "2024-SU"),
        Example("Tourists packed the beaches last summer.", on: "2025-10-10", "last summer", "2025-SU"),
        Example("The new wing opens this fall.", on: "2025-01-10", "this fall", "2025-FA"),
        Example("The new wing opens this fall.", on: "2025-10-10", "this fall", "2025-FA"),
        Example("The new wing opened this spring.", on: "2025-10-10", "this spring", "2025-SP"),
        Example("The roof leaked last winter.", on: "2025-01-10", "last winter", "2023-WI"),
        Example("The roof leaked last winter.", on: "2025-10-10", "last winter", "2024-WI"),
        Example("The roof leaks this winter.", on: "2025-01-10", "this winter", "2024-WI"),
        Example("The roof will be fixed this winter.", on: "2025-10-10", "this winter", "2025-WI"),
        Example("The roof was fixed this winter.", on: "2025-03-20", "this winter", "2024-WI"),
        Example("The trail will reopen in the spring.", "the spring", "2026-SP"),
        Example("The trail was crowded in the spring.", "the spring", "2025-SP"),
        Example("The trail was busy in the summer of 2024.", "the summer of 2024", "2024-SU"),
        // Quarters and halves
        Example("Exports slipped in the third quarter.", "the third quarter", "2024-Q3"),
        Example("Exports will recover in the third quarter.", "the third quarter", "2025-Q3"),
        Example("Exports slipped in Q3 2024.", "Q3 2024", "2024-Q3"),
        Example("Margins improved in the first half of 2025.", "the first half of 2025", "2025-H1"),
        Example("Margins improved in H1 2025.", "H1 2025", "2025-H1"),
        Example("Margins shrank in the first quarter of last year.", "the first quarter of last year", "2024-Q1"),
        Example("Margins will grow in the fourth quarter of next year.", "the fourth quarter of next year", "2026-Q4"),
        Example("Margins grew in the second quarter of this year.", "the second quarter of this year", "2025-Q2"),
        Example("Margins shrank in the first quarter of fiscal 2024.", "the first quarter of fiscal 2024", "2024-Q1"),
        Example("The firm reported a loss for the third quarter of $4 million.", "the third quarter", "2024-Q3"),
        // Weekends and amounts of time
        Example("Vandals struck the park last weekend.", "last weekend", "2025-W25-WE"),
        Example("The studio closed three years ago.", "three years ago", "2022"),
        Example("The studio closed 18 months ago.", "18 months ago", "2023-12"),
        Example("The race is two weeks from now.", "two weeks from now", "2025-W28"),
        Example("The mill shut down several years ago.", "several years ago", "PAST_REF"),
        Example("The repairs took a couple of weeks.", "a couple of weeks", "P2W"),
        Example("The repairs took several quarters of work.", "several quarters", "PXQ"),
        Example("The strike lasted 10 days.", "10 days", "P10D"),
        Example("Rents have climbed over the past three years.", "the past three years", "P3Y"),
        // Anaphora: the time last mentioned anchors these
        Example("The levee was finished on March 3, 2020. Two weeks earlier, heavy rain fell.", "Two weeks earlier", "2020-W08", count: 2),
        Example("The levee was finished on March 3, 2020. The following day, the road reopened.", "The following day", "2020-03-04", count: 2),
        Example("The levee was finished on March 3, 2020. The previous year, engineers surveyed it.", "The previous year", "2019", count: 2),
        Example("The levee was finished on March 3, 2020. That month, the river rose.", "That month", "2020-03", count: 2),
        Example("The tower was completed in 2010. A decade later, it was sold.", "A decade later", "202", count: 2),
        Example("The tower was completed in 2010. Three years later, it was sold.", "Three years later", "2013", count: 2),
        Example("The budget passed in December. The next month, it was trimmed.", "The next month", "2025-01", count: 2),
        Example("The polls opened on May 2, 2024. They closed at 8 p.m.", "8 p.m.", "2024-05-02T20:00", count: 2),
        // Parts of a period
        Example("Planting began in early June.", "early June", "2025-06", .start),
        Example("Planting began in mid-June.", "mid-June", "2025-06", .mid),
        Example("The line should open by mid-2024.", "mid-2024", "2024", .mid),
        Example("Layoffs began late last year.", "late last year", "2024", .end),
        Example("Layoffs began in late 2019.", "late 2019", "2019", .end),
        Example("Rent is due at the end of the month.", "the end of the month", "2025-06", .end),
        Example("The ban took effect at the beginning of 2023.", "the beginning of 2023", "2023", .start),
        Example("The ban took effect in the middle of 2020.", "the middle of 2020", "2020", .mid),
        Example("The partners quarreled earlier this month.", "earlier this month", "2025-06"),
        Example("The verdict will come later this week.", "later this week", "2025-W26"),
        // Clock times and parts of days
        Example("The hearing started at 3 p.m.", "3 p.m.", "2025-06-26T15:00"),
        Example("The hearing started at 9:15 a.m. sharp.", "9:15 a.m.", "2025-06-26T09:15"),
        Example("The hearing started at 12 a.m. sharp.", "12 a.m.", "2025-06-26T00:00"),
        Example("The hearing started at 15:30.", "15:30", "2025-06-26T15:30"),
        Example("The hearing started at noon.", "noon", "2025-06-26T12:00"),
        Example("The hearing started at midnight.", "midnight", "2025-06-26T00:00"),
        Example("The hearing started Tuesday morning.", "Tuesday morning", "2025-06-24TMO"),
        Example("The hearing starts tomorrow afternoon.", "tomorrow afternoon", "2025-06-27TAF"),
        // Fiscal years
        Example("Revenue doubled in fiscal 2024.", "fiscal 2024", "2024"),
        Example("Revenue doubled in fiscal year 2024.", "fiscal year 2024", "2024"),
        Example("Revenue doubled in FY2024.", "FY2024", "2024"),
        // Vague references and lengths with no number
        Example("The museum recently reopened.", "recently", "PAST_REF"),
        Example("The museum is now open.", "now", "PRESENT_REF"),
        Example("The museum is currently open.", "currently", "PRESENT_REF"),
        Example("At present, the museum is open.", "At present", "PRESENT_REF"),
        Example("At the moment, the museum is open.", "At the moment", "PRESENT_REF"),
        Example("Visits have dropped in recent months.", "recent months", "PXM"),
        Example("The neighbors have feuded for years.", "years", "PXY"),
        Example("The square was busier in the past.", "the past", "PAST_REF"),
        Example("The square may be rebuilt in the future.", "the future", "FUTURE_REF"),
        // A bare month and day takes its year from the tense
        Example("The vote is scheduled for January 5.", on: "2025-12-20", "January 5", "2026-01-05"),
        Example("The plant closed on December 28.", on: "2025-01-03", "December 28", "2024-12-28"),
        Example("The plant reopens on December 28.", on: "2025-01-03", "December 28", "2024-12-28"),
        Example("The plant will reopen on December 28.", on: "2025-01-03", "December 28", "2025-12-28"),
        Example("The leap-day gala was held on Feb. 29.", on: "2025-06-26", "Feb. 29", "2024-02-29"),
    ]

    let tagger = TemporalTagger()

    @Test("finds and resolves the expression", arguments: examples)
    func resolves(_ example: Example) throws {
        let published = try #require(CalendarDate(iso: example.published))
        let found = tagger.tag(example.sentence, publicationDate: published)
        #expect(found.count == example.count, "found \(found.map(\.text))")
        let timex = try #require(found.first { $0.text == example.text }, "no \"\(example.text)\" in \(found.map(\.text))")
        #expect(timex.value.description == example.value)
        #expect(timex.mod == example.mod)
        let bytes = Array(example.sentence.utf8)
        #expect(String(decoding: bytes[timex.range], as: UTF8.self) == timex.text)
    }

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
