import Dateline
import DatelineXML
import Foundation
import Testing

/// Hostile article text stays text in every format.
@Suite("Rendering safety")
struct RenderingSafetyTests {
    let timeline: Timeline = {
        let source = TimelineSource(id: "x", title: "<b>Bold</b> & \"quoted\"", url: "https://example.com/a?b=1&c=2",
                                    published: CalendarDate(year: 2025, month: 6, day: 26)!)
        let text = "Last month, <script>alert('x')</script> & *stars* [link](http://evil) appeared in Zürich — “quoted”."
        return Timeline(title: "T <i>", sources: [source], events: EventExtractor().events(in: text, source: source))
    }()

    var template: [UInt8] {
        get throws { Array(try Data(contentsOf: CommandRunner.projectRoot.appendingPathComponent("Templates/timeline.html"))) }
    }

    @Test func htmlEscapesArticleText() throws {
        let page = try HTMLTimelineRenderer(template: try template).render(timeline)
        #expect(!page.contains("<script>alert"))
        #expect(page.contains("&lt;script&gt;alert('x')&lt;/script&gt; &amp; *stars*"))
        #expect(page.contains("Zürich — “quoted”"))
        #expect(page.contains("<title>T &lt;i&gt;</title>"))
        let parsed = try MarkupDocument.html(Array(page.utf8))
        let marks = try parsed.select("//mark")
        #expect(marks.map(\.textContent) == ["Last month"])
        #expect(try parsed.select("//script").isEmpty)
    }

    @Test func markdownEscapesArticleText() {
        let markdown = MarkdownTimelineRenderer().render(timeline)
        #expect(markdown.contains("\\<script\\>"))
        #expect(markdown.contains("\\*stars\\*"))
        #expect(markdown.contains("\\[link\\]"))
        #expect(markdown.contains("\\<b\\>Bold\\</b\\> \\& \"quoted\""))
    }

    @Test func xmlRoundTripsText() throws {
        let xml = XMLTimelineRenderer().render(timeline)
        let document = try MarkupDocument.xml(Array(xml.utf8))
        let sentence = try #require(try document.select("//event/sentence").first)
        #expect(sentence.textContent == timeline.events[0].sentence)
        #expect(try document.select("//source").first?.attribute("url") == "https://example.com/a?b=1&c=2")
    }

    @Test func missingTemplateSlotIsReported() throws {
        let bare = Array("<!DOCTYPE html><html><body><p>nothing here</p></body></html>".utf8)
        #expect(throws: RenderingError.self) { try HTMLTimelineRenderer(template: bare).render(timeline) }
    }
}
