import DatelineNormalizer
import DatelineRendering
import DatelineTimeline
import DatelineXML
import Foundation
import Testing

/// The timeline document and its JSON form: written, validated, read back, written again.
@Suite("Timeline document")
struct TimelineDocumentTests {
    /// A timeline the real extractor builds, with facts, vague and upcoming events and two sources.
    static var extracted: Timeline {
        let published = CalendarDate(year: 2025, month: 6, day: 26)!
        let ferry = TimelineSource(id: "ferry", title: "Ferry & harbour", url: "https://example.com/f?a=1&b=2", published: published)
        let museum = TimelineSource(id: "museum", title: nil, path: "notes/museum.txt", published: CalendarDate(year: 2024, month: 11, day: 8)!)
        let ferryText = """
            The ferry lost power on June 25, two hours after leaving port. The vessel had returned to service only last month \
            after a three-week overhaul. Shop owners have recently complained. Since last summer, crews have worked for years \
            without a break. The company will vote in November.
            """
        let museumText = "The mill closed in the 1990s. The society bought it three years ago. Galleries are expected to open in the spring. " +
            "The roof was repaired from April to June 2024. The ferry lost power on June 25, 2025, the harbor master said."
        let events = EventExtractor().events(in: ferryText, source: ferry) + EventExtractor().events(in: museumText, source: museum)
        return Timeline(title: "Two stories", sources: [ferry, museum], events: TimelineMerger().merge(events), order: .newestFirst)
    }

    static let timelines: [String: @Sendable () -> Timeline] = ["sample": { SampleTimeline.timeline }, "extracted": { extracted }]

    @Test("XML → Timeline → XML gives the same bytes and the same timeline", arguments: ["sample", "extracted"])
    func xmlRoundTrip(name: String) throws {
        let timeline = Self.timelines[name]!()
        let xml = XMLTimelineRenderer().render(timeline)
        try MarkupDocument.xml(Array(xml.utf8)).validate(relaxNG: SampleTimeline.projectFile("Templates/timeline.rng"))
        let read = try TimelineDocumentReader().readXML(Array(xml.utf8))
        #expect(read == timeline)
        #expect(XMLTimelineRenderer().render(read) == xml)
    }

    @Test("JSON → Timeline → JSON gives the same bytes and the same timeline", arguments: ["sample", "extracted"])
    func jsonRoundTrip(name: String) throws {
        let timeline = Self.timelines[name]!()
        let json = JSONTimelineRenderer().render(timeline)
        let read = try TimelineDocumentReader().readJSON(Array(json.utf8))
        #expect(read == timeline)
        #expect(JSONTimelineRenderer().render(read) == json)
        // And across forms.
        #expect(XMLTimelineRenderer().render(read) == XMLTimelineRenderer().render(timeline))
    }

    @Test func extractedTimelineIsNotEmpty() {
        let timeline = Self.extracted
        #expect(timeline.events.count >= 5)
        #expect(timeline.events.contains { !$0.facts.isEmpty })
        #expect(timeline.events.contains { $0.kind == .vague })
        #expect(timeline.events.contains { $0.until != nil }, "a span")
        #expect(timeline.events.contains { !$0.citations.isEmpty }, "a merged event")
    }

    @Test func readPicksTheFormatFromTheFirstByte() throws {
        let timeline = SampleTimeline.timeline
        #expect(try TimelineDocumentReader().read(Array(XMLTimelineRenderer().render(timeline).utf8)) == timeline)
        #expect(try TimelineDocumentReader().read(Array(("\n  " + JSONTimelineRenderer().render(timeline)).utf8)) == timeline)
        #expect(throws: RenderingError.self) { try TimelineDocumentReader().read(Array("title: x".utf8)) }
        #expect(throws: RenderingError.documentUnreadable(reason: "the file is empty")) { try TimelineDocumentReader().read([]) }
    }

    @Test func xmlDocumentCarriesTheVocabulary() throws {
        let xml = XMLTimelineRenderer().render(SampleTimeline.timeline)
        let document = try MarkupDocument.xml(Array(xml.utf8))
        #expect(document.root?.attribute("version") == "1")
        #expect(try document.select("/timeline/options").first?.attribute("order") == "oldest-first")
        #expect(try document.select("/timeline/sources/source").count == 2)
        let season = try #require(try document.select("//event[@id='bridge-03']").first)
        #expect(season.attribute("kind") == "state")
        let when = try #require(try season.select("when").first)
        #expect(when.attribute("value") == "2024-SU")
        #expect(when.attribute("granularity") == "season")
        #expect(when.attribute("start") == "2024-06-01" && when.attribute("end") == "2024-09-01")
        #expect(when.textContent == "Summer 2024")
        #expect(try season.select("sentence/timex").first?.textContent == "since last summer")
        #expect(try season.select("cite").first?.attribute("source") == "bridge")
        let fact = try #require(try document.select("//event[@id='bridge-04']/fact").first)
        #expect(fact.attribute("type") == "DURATION" && fact.attribute("value") == "P3Y" && fact.textContent == "three years")
        #expect(!xml.contains("generated") && !xml.contains("T00:00"), "no timestamps")
    }

    // MARK: Bad documents

    static func xml(replacing old: String, with new: String) -> [UInt8] {
        let xml = XMLTimelineRenderer().render(SampleTimeline.timeline)
        precondition(xml.contains(old), "fixture text not found: \(old)")
        return Array(xml.replacingOccurrences(of: old, with: new).utf8)
    }

    @Test func malformedXMLIsUnreadable() {
        #expect {
            try TimelineDocumentReader().read(Array("<timeline version=\"1\"><title>x</titl></timeline>".utf8))
        } throws: { error in
            guard case .documentUnreadable(let reason)? = error as? RenderingError else { return false }
            return reason.contains("line 1")
        }
    }

    @Test func otherVersionsAreRefused() {
        #expect(throws: RenderingError.unsupportedVersion("2")) { try TimelineDocumentReader().read(Self.xml(replacing: "version=\"1\"", with: "version=\"2\"")) }
        let json = JSONTimelineRenderer().render(SampleTimeline.timeline).replacingOccurrences(of: "\"version\" : 1", with: "\"version\" : 7")
        #expect(throws: RenderingError.unsupportedVersion("7")) { try TimelineDocumentReader().read(Array(json.utf8)) }
    }

    @Test func jsonWithoutVersionIsRefused() {
        let json = JSONTimelineRenderer().render(SampleTimeline.timeline).replacingOccurrences(of: "\"version\" : 1", with: "\"versions\" : 1")
        #expect(throws: RenderingError.documentInvalid(reason: "the JSON has no \"version\" field")) { try TimelineDocumentReader().read(Array(json.utf8)) }
    }

    @Test func schemaViolationsAreReportedWithTheirLine() {
        #expect {
            try TimelineDocumentReader().read(Self.xml(replacing: "<headline>Crews closed one lane</headline>", with: ""))
        } throws: { error in
            guard case .documentInvalid(let reason)? = error as? RenderingError else { return false }
            return reason.hasPrefix("line ")
        }
        #expect(throws: RenderingError.self) { try TimelineDocumentReader().read(Self.xml(replacing: "kind=\"state\"", with: "kind=\"soon\"")) }
        #expect(throws: RenderingError.self) { try TimelineDocumentReader().read(Self.xml(replacing: "<timeline version", with: "<timeline x=\"1\" version")) }
    }

    @Test func valuesTheSchemaCannotCheckAreReported() {
        #expect(throws: RenderingError.documentInvalid(reason: "source \"council\": published \"2025-02-30\" is not a date (YYYY-MM-DD)")) {
            try TimelineDocumentReader().read(Self.xml(replacing: "published=\"2025-06-20\" path", with: "published=\"2025-02-30\" path"))
        }
        #expect {
            try TimelineDocumentReader().read(Self.xml(replacing: "<cite source=\"council\"", with: "<cite source=\"nowhere\""))
        } throws: { error in
            (error as? RenderingError)?.description.contains("cites source \"nowhere\", which is not among the sources") == true
        }
        #expect(throws: RenderingError.documentInvalid(reason: "two events have the id \"bridge-01\"")) {
            try TimelineDocumentReader().read(Self.xml(replacing: "id=\"bridge-02\"", with: "id=\"bridge-01\""))
        }
    }

    @Test func jsonErrorsNameThePath() {
        let json = JSONTimelineRenderer().render(SampleTimeline.timeline).replacingOccurrences(of: "\"headline\" : \"Crews closed one lane\",", with: "")
        #expect(throws: RenderingError.documentInvalid(reason: "events[4].headline is missing")) { try TimelineDocumentReader().read(Array(json.utf8)) }
        #expect(throws: RenderingError.self) { try TimelineDocumentReader().read(Array("{\"version\": 1, ".utf8)) }
    }

    @Test func schemaFileMatchesTheBuiltInCopy() throws {
        #expect(try SampleTimeline.projectFile("Templates/timeline.rng") == TimelineSchema.relaxNG)
    }
}
