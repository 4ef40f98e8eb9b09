import DatelineNormalizer
import DatelineRendering
import DatelineTimeline
import DatelineXML
import Foundation
import Testing

/// The page and the fragment: time encoding, kinds in words, landmarks, no network, contrast, scoping.
@Suite("HTML page and fragment")
struct HTMLPageTests {
    static func page(_ timeline: Timeline = SampleTimeline.timeline) throws -> String {
        try HTMLTimelineRenderer(template: SampleTimeline.projectFile("Templates/timeline.html")).render(timeline)
    }

    static func fragment(_ timeline: Timeline = SampleTimeline.timeline) throws -> String {
        try HTMLTimelineRenderer(template: SampleTimeline.projectFile("Templates/fragment.html"), fragment: true).render(timeline)
    }

    /// The label element and the interval text of one event.
    static func when(_ id: String, in html: String) throws -> (element: String, datetime: String?, label: String, interval: [String?]) {
        let document = try MarkupDocument.html(Array(html.utf8))
        let item = try #require(try document.select("//li[@id='\(id)']").first)
        let label = try #require(try item.select(".//*[contains(@class, 'date')]").first)
        let interval = try item.select(".//*[contains(@class, 'interval')]/time").map { $0.attribute("datetime") }
        return (label.name, label.attribute("datetime"), label.textContent, interval)
    }

    @Test("page and fragment parse without errors", arguments: [false, true])
    func parsesCleanly(fragment: Bool) throws {
        let html = fragment ? try Self.fragment() : try Self.page()
        #expect(HTMLChecks.problems(html).isEmpty, "\(HTMLChecks.problems(html))")
        #expect(!html.contains("data-slot") && !html.contains("data-template") && !html.contains("data-field"))
    }

    @Test func timeElementsHoldOnlyWhatHTMLCanSay() throws {
        let html = try Self.page()
        let day = try Self.when("council-01", in: html)
        #expect(day.element == "time" && day.datetime == "2025-06-19" && day.label == "June 19, 2025" && day.interval.isEmpty)
        let year = try Self.when("bridge-02", in: html)
        #expect(year.element == "time" && year.datetime == "2024" && year.interval.isEmpty)
        let minute = try Self.when("bridge-07", in: html)
        #expect(minute.element == "time" && minute.datetime == "2025-06-27T20:00")
        let season = try Self.when("bridge-03", in: html)
        #expect(season.element == "span" && season.datetime == nil && season.label == "Summer 2024")
        #expect(season.interval == ["2024-06", "2024-08"])
        let narrowed = try Self.when("bridge-05", in: html)
        #expect(narrowed.element == "span" && narrowed.label == "Earlier in June 2025" && narrowed.interval == ["2025-06-01", "2025-06-25"])
        let early = try Self.when("bridge-08", in: html)
        #expect(early.label == "Early September 2025" && early.interval == ["2025-09-01", "2025-09-10"])
        let decade = try Self.when("bridge-01", in: html)
        #expect(decade.label == "The 1960s" && decade.interval == ["1960", "1969"])
        let vague = try Self.when("bridge-06", in: html)
        #expect(vague.element == "span" && vague.label == "Recently (before June 26, 2025)" && vague.interval.isEmpty)
        #expect(html.contains("(<time datetime=\"2024-06\">June 2024</time> to <time datetime=\"2024-08\">August 2024</time>)"))
        // A span names both ends, each a <time>.
        #expect(html.contains("<span class=\"event-date\"><time datetime=\"2025-07\">July 2025</time> to <time datetime=\"2025-08\">August 2025</time></span>"))
    }

    @Test func mergedEventsCiteEverySource() throws {
        let document = try MarkupDocument.html(Array(try Self.page().utf8))
        let source = try #require(try document.select("//li[@id='council-01']//p[contains(@class, 'event-source')]").first)
        #expect(source.textContent == "Sources: Council Weighs a Détour for “Lantern Street”; Lantern Street Bridge to Close for Repairs")
        #expect(try source.select("cite").count == 2)
    }

    @Test func upcomingAndVagueAreToldInWordsNotOnlyByStyle() throws {
        let document = try MarkupDocument.html(Array(try Self.page().utf8))
        let upcoming = try document.select("//li[contains(@class, 'event-upcoming')]")
        #expect(upcoming.map { $0.attribute("id") } == ["bridge-07", "bridge-08"])
        #expect(upcoming.allSatisfy { $0.textContent.contains("upcoming") })
        let vague = try #require(try document.select("//li[contains(@class, 'event-vague')]").first)
        #expect(vague.textContent.contains("approximate"))
        let state = try #require(try document.select("//li[@id='bridge-03']").first)
        #expect(state.textContent.contains("ongoing"))
        let point = try #require(try document.select("//li[@id='council-01']").first)
        #expect(try point.select(".//*[contains(@class, 'event-kind')]").isEmpty)
    }

    @Test func pageHasLandmarksAndOrderedLists() throws {
        let document = try MarkupDocument.html(Array(try Self.page().utf8))
        #expect(document.root?.attribute("lang") == "en")
        for landmark in ["header", "nav", "main", "footer"] { #expect(try document.select("//\(landmark)").count == 1, "\(landmark)") }
        #expect(try document.select("//main/ol[@id='events']/li/ol/li/ol/li[@id]").count == 10)
        #expect(try document.select("//a[@href='#events']").count == 1)
        #expect(try document.select("//h1").first?.textContent == "Lantern Street Bridge")
        #expect(try document.select("//li[@id='council-01']//mark").first?.textContent == "June 19")
    }

    @Test("no network: nothing is loaded from elsewhere", arguments: ["Templates/timeline.html", "Templates/fragment.html"])
    func needsNoNetwork(template: String) throws {
        let html = try HTMLTimelineRenderer(template: SampleTimeline.projectFile(template), fragment: template.hasSuffix("fragment.html"))
            .render(SampleTimeline.timeline)
        let document = try MarkupDocument.html(Array(html.utf8))
        #expect(try document.select("//*[@src] | //link | //script | //iframe | //object | //embed | //img").isEmpty)
        #expect(!html.contains("url(") && !html.contains("@import"))
    }

    @Test func pageForbidsScriptsThroughCSP() throws {
        let document = try MarkupDocument.html(Array(try Self.page().utf8))
        let policy = try #require(try document.select("//meta[@http-equiv='Content-Security-Policy']").first?.attribute("content"))
        #expect(policy.hasPrefix("default-src 'none'"))
        #expect(!policy.contains("script-src"))
    }

    @Test("text colours reach WCAG AA contrast", arguments: ["Templates/timeline.html", "Templates/fragment.html"])
    func contrast(template: String) throws {
        let css = String(decoding: try SampleTimeline.projectFile(template), as: UTF8.self)
        let colours = HTMLChecks.colours(in: css)
        let prefix = template.hasSuffix("fragment.html") ? "dateline-" : ""
        let paper = try #require(colours[prefix + "paper"])
        for name in ["ink", "muted", "accent", "upcoming", "vague"] {
            let colour = try #require(colours[prefix + name], "\(name)")
            #expect(HTMLChecks.contrast(colour, paper) >= 4.5, "\(name) \(colour) on \(paper)")
        }
        #expect(HTMLChecks.contrast(try #require(colours[prefix + "ink"]), try #require(colours[prefix + "mark"])) >= 4.5)
    }

    @Test func fragmentIsOneScopedSection() throws {
        let html = try Self.fragment()
        #expect(html.hasPrefix("<section class=\"dateline\">"))
        #expect(html.hasSuffix("</section>\n"))
        for tag in ["<html", "<head", "<body", "<!DOCTYPE", "<meta", "<title"] { #expect(!html.contains(tag), "\(tag)") }
        let document = try MarkupDocument.html(Array(html.utf8))
        #expect(try document.select("//section").count == 1)
        // Every class name is scoped.
        for element in try document.select("//*[@class]") {
            for name in (element.attribute("class") ?? "").split(separator: " ") {
                #expect(name.hasPrefix("dateline"), "class \(name)")
            }
        }
        // Every style rule is scoped under .dateline: no rule reaches the host page.
        let css = try #require(try document.select("//style").first?.textContent)
        for var block in css.components(separatedBy: "}") {
            if let media = block.range(of: "@media") { block = String(block[media.upperBound...].drop { $0 != "{" }.dropFirst()) }
            guard let brace = block.firstIndex(of: "{") else { continue }
            for selector in block[..<brace].split(separator: ",") {
                #expect(selector.trimmingCharacters(in: .whitespacesAndNewlines).hasPrefix(".dateline"), "selector \(selector)")
            }
        }
        #expect(try document.select("//li[@id='bridge-07'][contains(@class, 'dateline-event-upcoming')]").count == 1)
        #expect(try document.select("//rect[@class='dateline-axis-tick']").count == 10)
    }

    @Test func onlyHTTPAndRelativeURLsBecomeLinks() throws {
        let urls = ["https://example.com/a?b=1&c=2", "http://example.com/", "/local/page", "page.html", "javascript:alert(1)",
                    "JaVaScRiPt:alert(1)", " javascript:alert(1)", "java\tscript:alert(1)", "data:text/html,<script>alert(1)</script>",
                    "vbscript:x", "file:///etc/passwd"]
        let sources = urls.enumerated().map { TimelineSource(id: "s\($0.offset)", title: "Source \($0.offset)", url: $0.element) }
        let timeline = Timeline(title: "Links", sources: sources, events: [])
        let document = try MarkupDocument.html(Array(try Self.page(timeline).utf8))
        let hrefs = try document.select("//nav//a").map { $0.attribute("href") }
        #expect(hrefs.count == urls.count)
        #expect(hrefs.prefix(4).allSatisfy { $0 != nil })
        #expect(hrefs.dropFirst(4).allSatisfy { $0 == nil }, "\(hrefs)")
        let markdown = MarkdownTimelineRenderer().render(timeline)
        // The & is escaped so a Markdown reader cannot take "&c=2" or the like for a character reference.
        #expect(markdown.contains(#"[Source 0](<https://example.com/a?b=1\&c=2>)"#))
        #expect(!markdown.contains("javascript:") && !markdown.contains("JaVaScRiPt") && !markdown.contains("data:"))
    }

    @Test func templatesMissingSlotsAreNamed() throws {
        let page = Array("<!DOCTYPE html><html><body><p>nothing here</p></body></html>".utf8)
        #expect(throws: RenderingError.templateMissing(marker: "data-slot=\"fragment\"")) {
            try HTMLTimelineRenderer(template: page, fragment: true).render(SampleTimeline.timeline)
        }
        #expect(throws: RenderingError.templateMissing(marker: "data-slot=\"years\"")) {
            try HTMLTimelineRenderer(template: page).render(SampleTimeline.timeline)
        }
        #expect(RenderingError.templateMissing(marker: "data-slot=\"years\"").description.contains("data-slot=\"years\""))
    }

    @Test func aMinimalTemplateWithASpanDateWorks() throws {
        let template = Array("""
            <!DOCTYPE html><html><body><ol data-slot="years"><li data-template="year"><b data-field="year-label">Y</b>
            <ol data-slot="months"><li data-template="month"><ol data-slot="events"><li data-template="event">
            <span data-field="date">D</span> <span data-field="headline">H</span></li></ol></li></ol></li></ol></body></html>
            """.utf8)
        let html = try HTMLTimelineRenderer(template: template).render(SampleTimeline.timeline)
        #expect(html.contains("<span><time datetime=\"2025-06-19\">June 19, 2025</time></span>"))
        #expect(html.contains("<span>Summer 2024</span>"))
        #expect(HTMLChecks.problems(html).isEmpty)
    }

    @Test func newestFirstPagesKeepAllEvents() throws {
        var timeline = SampleTimeline.timeline
        timeline = Timeline(title: timeline.title, sources: timeline.sources, events: timeline.events, order: .newestFirst)
        let document = try MarkupDocument.html(Array(try Self.page(timeline).utf8))
        let ids = try document.select("//li[@id]").compactMap { $0.attribute("id") }
        #expect(ids.first == "bridge-08" && ids.last == "bridge-01" && ids.count == 10)
    }
}
