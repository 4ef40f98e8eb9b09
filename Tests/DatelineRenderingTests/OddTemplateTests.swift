import DatelineRendering
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
}
