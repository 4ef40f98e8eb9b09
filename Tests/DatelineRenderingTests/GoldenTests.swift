import Dateline
import DatelineRendering
import DatelineXML
import Foundation
import Testing

/// The four formats (and both fragments) of `SampleTimeline`, compared byte for byte with the
/// files in `Golden/`. After an intended change, regenerate them and read the diff:
///
///     DATELINE_REGENERATE_GOLDEN=1 swift test --filter Golden
@Suite("Golden files")
struct GoldenTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")
    static let regenerate = ProcessInfo.processInfo.environment["DATELINE_REGENERATE_GOLDEN"] == "1"

    static let outputs: [(file: String, render: @Sendable () throws -> String)] = [
        ("timeline.html", { try HTMLTimelineRenderer(template: SampleTimeline.projectFile("Templates/timeline.html")).render(SampleTimeline.timeline) }),
        ("timeline-fragment.html", {
            try HTMLTimelineRenderer(template: SampleTimeline.projectFile("Templates/fragment.html"), fragment: true).render(SampleTimeline.timeline)
        }),
        ("timeline.md", { MarkdownTimelineRenderer().render(SampleTimeline.timeline) }),
        ("timeline-fragment.md", { MarkdownTimelineRenderer(fragment: true).render(SampleTimeline.timeline) }),
        ("timeline.json", { JSONTimelineRenderer().render(SampleTimeline.timeline) }),
        ("timeline.xml", { XMLTimelineRenderer().render(SampleTimeline.timeline) }),
        // The bundled sample articles through the whole pipeline: a change in tagging, events or
        // rendering shows up here as a diff.
        ("samples.html", { try HTMLTimelineRenderer(template: SampleTimeline.projectFile("Templates/timeline.html")).render(samples()) }),
        ("samples.md", { MarkdownTimelineRenderer().render(try samples()) }),
        ("samples.timeline.json", { TimelineJSRenderer().render(try samples()) }),
    ]

    /// The timeline of `Samples/`, as `dateline build Samples` makes it.
    static func samples() throws -> Timeline {
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Samples").path
        return TimelineBuilder().build(try ArticleLoader().load(paths: [folder]))
    }

    @Test("rendering matches the golden file", arguments: outputs.map(\.file))
    func matchesGolden(file: String) throws {
        let rendered = try #require(Self.outputs.first { $0.file == file }).render()
        let url = Self.folder.appendingPathComponent(file)
        if Self.regenerate {
            try FileManager.default.createDirectory(at: Self.folder, withIntermediateDirectories: true)
            try Data(rendered.utf8).write(to: url)
            return
        }
        let golden = try String(contentsOf: url, encoding: .utf8)
        #expect(rendered == golden, "\(file) differs from Golden/\(file); if the change is intended, run DATELINE_REGENERATE_GOLDEN=1 swift test --filter Golden")
    }

    @Test func goldenXMLIsValidAndReadsBack() throws {
        let bytes = [UInt8](try Data(contentsOf: Self.folder.appendingPathComponent("timeline.xml")))
        try MarkupDocument.xml(bytes).validate(relaxNG: SampleTimeline.projectFile("Templates/timeline.rng"))
        #expect(try TimelineDocumentReader().read(bytes) == SampleTimeline.timeline)
        let json = [UInt8](try Data(contentsOf: Self.folder.appendingPathComponent("timeline.json")))
        #expect(try TimelineDocumentReader().read(json) == SampleTimeline.timeline)
    }
}
