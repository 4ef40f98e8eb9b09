import Dateline
import Testing

/// The library example in README.md, kept honest.
@Suite("README library example")
struct ReadmeExampleTests {
    @Test func eventsFromText() throws {
        let source = TimelineSource(id: "council", published: CalendarDate(year: 2025, month: 6, day: 26))
        let events = EventExtractor().events(in: "Last month, the council approved the budget.", source: source)
        let first = try #require(events.first)
        #expect(first.when.value.description == "2025-05")
        #expect(first.headline == "The council approved the budget")
    }

    @Test func timexesFromText() throws {
        let published = CalendarDate(year: 2025, month: 6, day: 26)
        let timex = try #require(TemporalTagger().tag("The vote is scheduled for June 30.", publicationDate: published).first)
        #expect(timex.value.description == "2025-06-30")
        #expect(timex.granularity == .day)
    }
}
