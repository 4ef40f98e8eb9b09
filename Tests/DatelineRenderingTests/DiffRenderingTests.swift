import Dateline
import DatelineRendering
import DatelineXML
import Foundation
import Testing

/// A hand-built pair: `SampleTimeline` as A, and B a later retelling that drops one event, moves one
/// to another month (a date conflict), tells one more precisely (refined), and adds one whose
/// headline is hostile markup.
enum SampleDiff {
    static var b: Timeline {
        var events: [Event] = []
        for var event in SampleTimeline.events where event.id != "bridge-02" {
            switch event.id {
            case "bridge-04":
                event = SampleTimeline.event("bridge-04", "The city hired an engineering firm in [May] under a contract that runs for three years.",
                                             at: 360, value: .month(year: 2025, month: 5), headline: "The city hired an engineering firm",
                                             preposition: "in", facts: [("three years", .duration(amount: 3, unit: .year), .duration)])
            case "bridge-05":
                let day = TimexValue.day(CalendarDate(year: 2025, month: 6, day: 12)!)
                event = SampleTimeline.event("bridge-05", "On [June 12], crews closed one lane — “a precaution,” the engineer said.", at: 470,
                                             value: day, headline: "Crews closed one lane", preposition: "on")
            default: break
            }
            event.id += "-v2"
            events.append(event)
        }
        events.append(SampleTimeline.event("council-02", "On [June 24], <script>alert(1)</script> *residents* [petitioned](javascript:x) the council.",
                                           at: 300, source: SampleTimeline.council, value: .day(CalendarDate(year: 2025, month: 6, day: 24)!),
                                           headline: "<script>alert(1)</script> *residents* [petitioned](javascript:x) the council", preposition: "on"))
        return Timeline(title: "Lantern Street Bridge, a week later", sources: [SampleTimeline.bridge, SampleTimeline.council], events: events)
    }

    static var diff: TimelineDiff { TimelineDiff(SampleTimeline.timeline, b) }
}

/// The diff renderers: golden files, the side-by-side page, the fragment, and hostile text.
@Suite("Diff rendering")
struct DiffGoldenTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")
    static let regenerate = ProcessInfo.processInfo.environment["DATELINE_REGENERATE_GOLDEN"] == "1"

    static let outputs: [(file: String, render: @Sendable () throws -> String)] = [
        ("diff.html", { try HTMLDiffRenderer(template: SampleTimeline.projectFile("Templates/diff.html")).render(SampleDiff.diff) }),
        ("diff-fragment.html", {
            try HTMLDiffRenderer(template: SampleTimeline.projectFile("Templates/diff-fragment.html"), fragment: true).render(SampleDiff.diff)
        }),
        ("diff.md", { MarkdownDiffRenderer().render(SampleDiff.diff) }),
        ("diff-all.md", { MarkdownDiffRenderer(includeSame: true).render(SampleDiff.diff) }),
        ("diff.json", { JSONDiffRenderer().render(SampleDiff.diff) }),
    ]

    @Test("diff rendering matches the golden file", arguments: outputs.map(\.file))
    func matchesGolden(file: String) throws {
        let rendered = try #require(Self.outputs.first { $0.file == file }).render()
        let url = Self.folder.appendingPathComponent(file)
        if Self.regenerate {
            try Data(rendered.utf8).write(to: url)
            return
        }
        let golden = try String(contentsOf: url, encoding: .utf8)
        #expect(rendered == golden, "\(file) differs from Golden/\(file); if the change is intended, run DATELINE_REGENERATE_GOLDEN=1 swift test --filter Golden")
    }

    @Test func theSampleDiffHasEveryClass() {
        let summary = SampleDiff.diff.summary
        #expect(summary.same == 7 && summary.refined == 1 && summary.dateConflict == 1 && summary.onlyInA == 1 && summary.onlyInB == 1)
    }

    static let suffix: [DiffClass: String] = [.same: "same", .refined: "refined", .dateConflict: "conflict", .onlyInA: "only-a", .onlyInB: "only-b"]

    @Test func pageIsCleanHTMLWithOneRowPerLine() throws {
        let diff = SampleDiff.diff
        let page = try HTMLDiffRenderer(template: SampleTimeline.projectFile("Templates/diff.html")).render(diff)
        #expect(HTMLChecks.problems(page).isEmpty)
        #expect(!page.contains("data-slot") && !page.contains("data-template") && !page.contains("data-field"))
        let document = try MarkupDocument.html(Array(page.utf8))
        let rows = try document.select("//tbody/tr")
        #expect(rows.count == diff.rows.count)
        #expect(rows.map { $0.attribute("class") ?? "" } == diff.rows.map { "diff-row diff-row-\(Self.suffix[$0.diffClass]!)" })
        // The change is told in words, not by colour alone.
        #expect(rows.map { try! $0.select("td[1]/span[2]").first?.textContent ?? "" } == diff.rows.map(\.diffClass.label))
        // A missing side says so.
        #expect(try document.select("//td[contains(@class, 'diff-side-absent')]").map(\.textContent).sorted() == ["Not in A", "Not in B"])
        // Hostile text is text.
        #expect(try document.select("//script").isEmpty)
        #expect(page.contains("&lt;script&gt;alert(1)&lt;/script&gt; *residents* [petitioned](javascript:x) the council"))
        // Not the same timelines: no "same" notice.
        #expect(!page.contains("The two timelines tell the same events"))
        // The conflicting dates are each a <time>.
        let conflict = try #require(rows.first { $0.attribute("class")?.hasSuffix("-conflict") ?? false })
        #expect(try conflict.select(".//time/@datetime").map { $0.attribute("datetime") ?? "" } == ["2025-04", "2025-05"])
    }

    @Test func fragmentIsOneScopedSection() throws {
        let section = try HTMLDiffRenderer(template: SampleTimeline.projectFile("Templates/diff-fragment.html"), fragment: true).render(SampleDiff.diff)
        #expect(section.hasPrefix("<section class=\"dateline-diff\">"))
        #expect(section.hasSuffix("</section>\n"))
        #expect(!section.contains("<html") && !section.contains("<body"))
        let style = try #require(try MarkupDocument.html(Array(section.utf8)).select("//style").first).textContent
        for rule in style.split(separator: "}") where rule.contains("{") && !rule.contains("@media") {
            let selectors = rule.split(separator: "{")[0].trimmingCharacters(in: .whitespacesAndNewlines)
            for selector in selectors.split(separator: ",") {
                #expect(selector.trimmingCharacters(in: .whitespacesAndNewlines).hasPrefix(".dateline-diff"), "unscoped rule \(selector)")
            }
        }
    }

    @Test func identicalPageSaysSo() throws {
        let diff = TimelineDiff(SampleTimeline.timeline, SampleTimeline.timeline)
        let page = try HTMLDiffRenderer(template: SampleTimeline.projectFile("Templates/diff.html")).render(diff)
        #expect(page.contains("The two timelines tell the same events on the same dates."))
        #expect(MarkdownDiffRenderer().render(diff).isEmpty)
        #expect(!MarkdownDiffRenderer(includeSame: true).render(diff).isEmpty)
    }

    @Test func templateWithoutRowsIsAnError() {
        let template = Array("<!DOCTYPE html><html><body><h1 data-slot=\"title\">x</h1></body></html>".utf8)
        #expect(throws: RenderingError.templateMissing(marker: "data-slot=\"rows\"")) {
            try HTMLDiffRenderer(template: template).render(SampleDiff.diff)
        }
        let noRow = Array("<!DOCTYPE html><html><body><table><tbody data-slot=\"rows\"></tbody></table></body></html>".utf8)
        #expect(throws: RenderingError.templateMissing(marker: "data-template=\"row\"")) {
            try HTMLDiffRenderer(template: noRow).render(SampleDiff.diff)
        }
    }

    @Test func markdownEscapesArticleText() {
        let text = MarkdownDiffRenderer().render(SampleDiff.diff)
        let added = text.split(separator: "\n").filter { $0.hasPrefix("- `+`") }
        #expect(added == ["- `+` **June 24, 2025** — \\<script\\>alert(1)\\</script\\> \\*residents\\* \\[petitioned\\](javascript:x) the council"])
        #expect(!text.contains("<script>"))
    }

    @Test func coloursAreReadable() throws {
        let css = String(decoding: try SampleTimeline.projectFile("Templates/diff.html"), as: UTF8.self)
        let colours = HTMLChecks.colours(in: css)
        for background in ["paper", "conflict", "only-a", "only-b"] {
            for text in ["ink", "muted"] {
                let ratio = HTMLChecks.contrast(colours[text]!, colours[background]!)
                #expect(ratio >= 4.5, "\(text) on \(background): \(ratio)")
            }
        }
        #expect(HTMLChecks.contrast(colours["conflict-edge"]!, colours["conflict"]!) >= 4.5)
        #expect(HTMLChecks.contrast(colours["refined-edge"]!, colours["paper"]!) >= 4.5)
    }
}
