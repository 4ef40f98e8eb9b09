import DatelineRendering
import DatelineTimeline
import Testing

/// Templates that nest slots oddly still render, without touching freed nodes.
@Suite("Odd templates")
struct OddTemplateTests {
    @Test func slotsInsidePrototypesOrAroundListsAreSafe() throws {
        let template = Array("""
            <!DOCTYPE html><html><body data-slot="title"><div data-slot="summary"><ol data-slot="years">
            <li data-template="year"><h2 data-field="year-label">Y</h2><i data-slot="title">t</i><ol data-slot="months">
            <li data-template="month"><ol data-slot="events"><li data-template="event"><b data-slot="title">x</b>
            <span data-field="headline">H</span><span data-field="unknown">U</span></li></ol></li></ol></li></ol></div>
            <ul data-slot="sources"><li data-template="source"><a data-field="source-title">S</a><b data-slot="axis"></b></li></ul>
            </body></html>
            """.utf8)
        let html = try HTMLTimelineRenderer(template: template).render(SampleTimeline.timeline)
        #expect(html.contains(">Crews closed one lane<"))
        #expect(!html.contains("data-"))
        #expect(HTMLChecks.problems(html).isEmpty)
    }

    /// A diff side cell holds its own fields; another side's field inside it would be freed when the
    /// cell is emptied for "Not in A", so it is left unfilled rather than used after that.
    @Test func diffCellsHoldOnlyTheirOwnSidesFields() throws {
        let template = Array("""
            <!DOCTYPE html><html><body><table><tbody data-slot="rows"><tr data-template="row">
            <td data-field="a"><span data-field="a-headline">A</span><span data-field="b-headline">B inside A</span></td>
            <td data-field="b"><span data-field="b-date">d</span></td></tr></tbody></table></body></html>
            """.utf8)
        let onlyInB = Timeline(title: "b", sources: SampleTimeline.timeline.sources, events: Array(SampleTimeline.timeline.events.prefix(2)))
        let diff = TimelineDiff(Timeline(title: "a", sources: SampleTimeline.timeline.sources, events: []), onlyInB)
        let html = try HTMLDiffRenderer(template: template).render(diff)
        #expect(html.components(separatedBy: "Not in A").count == 3)
        #expect(!html.contains("data-"))
        let filled = try HTMLDiffRenderer(template: template).render(TimelineDiff(onlyInB, onlyInB))
        #expect(filled.contains(">The bridge opened as a toll crossing<"), "the cell's own field is filled")
        #expect(filled.contains(">B inside A<"), "another side's field inside the cell is left as it is")
    }
}
