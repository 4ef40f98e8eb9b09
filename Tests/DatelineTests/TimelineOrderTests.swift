import Dateline
import Testing

/// The documented ordering rule: by interval start, longer first at the same start, then source order.
@Suite("Timeline order")
struct TimelineOrderTests {
    let published = CalendarDate(year: 2025, month: 6, day: 26)!

    func timeline(_ text: String, order: TimelineOrder = .oldestFirst) -> Timeline {
        let source = TimelineSource(id: "t", published: published)
        return Timeline(title: "t", sources: [source], events: EventExtractor().events(in: text, source: source), order: order)
    }

    @Test func monthBeforeItsDays() {
        let events = timeline("The plant reopened on June 25, 2025. Output was low in June 2025.").events
        #expect(events.map(\.when.value.description) == ["2025-06", "2025-06-25"])
    }

    @Test func yearBeforeASeasonThatStartsLater() {
        let events = timeline("Sales rose in the summer of 2024. Costs fell in 2024.").events
        #expect(events.map(\.when.value.description) == ["2024", "2024-SU"])
    }

    @Test func seasonBeforeALaterMonthItContains() {
        let events = timeline("The pier closed in August 2024. Crowds thinned in the summer of 2024.").events
        #expect(events.map(\.when.value.description) == ["2024-SU", "2024-08"])
    }

    @Test func tiesKeepSourceOrder() {
        let events = timeline("The mayor spoke on June 3, 2025. The council voted on June 3, 2025.").events
        #expect(events.map(\.headline) == ["The mayor spoke", "The council voted"])
    }

    @Test func newestFirstReversesDatesButNotTies() {
        let events = timeline("A ran on June 3, 2025. B ran on June 3, 2025. C ran in April 2025.", order: .newestFirst).events
        #expect(events.map(\.headline) == ["A ran", "B ran", "C ran"])
    }

    @Test func vagueEventsSitJustBeforePublication() {
        let events = timeline("The firm recently hired a chief. It was founded on June 25, 2025. It opens on June 26, 2025.").events
        #expect(events.map(\.kind) == [.point, .vague, .point])
        #expect(events[1].placement!.end == CalendarInstant(published))
    }

    @Test func sentencesWithoutDatesGiveNoEvents() {
        #expect(timeline("The firm hired a chief. It has competed for years.").events.isEmpty)
    }
}
