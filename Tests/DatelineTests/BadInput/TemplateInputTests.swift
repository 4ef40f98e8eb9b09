import Dateline
import Foundation
import Testing

/// Templates as untrusted input: external entities are never loaded, and only misspelt markers
/// (never the bundled templates' own) are warned about.
@Suite("Templates as input")
struct TemplateInputTests {
    @Test func externalEntitiesInATemplateAreNotLoaded() throws {
        let folder = try BadInputRunner.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let marker = "SECRET-\(UUID().uuidString)"
        let secret = folder.appendingPathComponent("secret.txt")
        try Data(marker.utf8).write(to: secret)
        let page = try String(contentsOf: CommandRunner.projectRoot.appendingPathComponent("Templates/timeline.html"), encoding: .utf8)
        let hostile = "<!DOCTYPE html [<!ENTITY x SYSTEM \"\(secret.absoluteString)\">]>\n"
            + page.replacingOccurrences(of: "<!DOCTYPE html>", with: "")
                .replacingOccurrences(of: "<h1 data-slot=\"title\">", with: "<h1 data-slot=\"title\">&x;")
        try Data(hostile.utf8).write(to: folder.appendingPathComponent("t.html"))
        try Data("Published: 2025-06-26\n\nThe council voted last month.\n".utf8).write(to: folder.appendingPathComponent("a.txt"))

        let result = try BadInputRunner.run(["build", "a.txt", "--template", "t.html", "-o", "page.html"], in: folder)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderrLines == ["dateline: wrote 1 events to page.html"])
        let written = try String(contentsOf: folder.appendingPathComponent("page.html"), encoding: .utf8)
        #expect(!written.contains(marker))
        #expect(written.contains("voted"))
        // And straight through the renderer.
        let timeline = TimelineBuilder().build(try ArticleLoader().load(paths: [folder.appendingPathComponent("a.txt").path]))
        let rendered = try TimelineRenderer(template: Array(hostile.utf8)).render(timeline, as: .html)
        #expect(!rendered.contains(marker))
    }

    @Test func bundledTemplatesUseOnlyKnownMarkers() throws {
        let folder = CommandRunner.projectRoot.appendingPathComponent("Templates")
        for (name, kind) in [("timeline.html", TemplateMarkers.Kind.timeline), ("fragment.html", .timeline), ("diff.html", .diff), ("diff-fragment.html", .diff)] {
            let bytes = [UInt8](try Data(contentsOf: folder.appendingPathComponent(name)))
            #expect(TemplateMarkers.unknown(in: bytes, for: kind).isEmpty, "\(name)")
            // The other kind's names are not all known here, so the check does look.
            #expect(!TemplateMarkers.unknown(in: bytes, for: kind == .timeline ? .diff : .timeline).isEmpty, "\(name)")
        }
    }

    @Test func unknownMarkersInOrder() {
        let template = Array("<html><body>\n<p data-slot=\"title\">t</p>\n<p data-slot=\"titel\" data-field=\"date\">x</p>\n<ol data-template=\"yeer\"></ol></body></html>".utf8)
        let unknown = TemplateMarkers.unknown(in: template, for: .timeline)
        #expect(unknown.map(\.text) == ["data-slot=\"titel\"", "data-template=\"yeer\""])
        #expect(unknown.map(\.line) == [3, 4])
        #expect(unknown.last?.known == ["event", "month", "source", "year"])
    }
}
