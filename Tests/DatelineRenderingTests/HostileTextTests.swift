import DatelineNormalizer
import DatelineRendering
import DatelineTimeline
import DatelineXML
import Foundation
import Testing

/// Hostile article text renders safely and intact in HTML, Markdown, JSON and XML.
@Suite("Hostile text")
struct HostileTextTests {
    static let script = #"<script>alert("x")</script></style><style>body{display:none}</style><!-- ]]> -->"#
    static let entities = "&amp; &lt;b&gt; &#x202E; &nbsp; &#0; AT&T"
    static let bidi = "invoice\u{202E}fdp.exe and \u{2067}isolated and an unmatched \u{2069}\u{202E}override"
    static let emoji = "👩‍👩‍👧‍👦 🇰🇷 🎉 e\u{301}"
    static let korean = "서울시는 지난달 버스 요금을 인상했다"
    /// About 1 MB of mixed scripts.
    static let huge = String(repeating: "가나다 abc 😀 <b>&amp; ", count: 42_000)

    static let cases: [String: String] = [
        "script": script, "entities": entities, "bidi": bidi, "emoji": emoji, "korean": korean, "huge": huge,
    ]

    /// A timeline whose title, source, headline, sentence and fact all carry `text`.
    static func timeline(_ text: String) -> Timeline {
        let source = TimelineSource(id: "hostile", title: "Source " + text, url: "javascript:alert(1)", path: "in/" + text.prefix(20),
                                    published: SampleTimeline.published)
        let event = SampleTimeline.event("hostile-01", "\(text) [last month] \(text) for three years.", at: 0, source: source,
                                         value: .month(year: 2025, month: 5), headline: "Headline " + text,
                                         facts: [("three years", .duration(amount: 3, unit: .year), .duration)])
        return Timeline(title: "Title " + text, sources: [source], events: [event])
    }

    @Test("HTML: text stays text, whole, and the page parses cleanly", arguments: cases.keys.sorted())
    func html(name: String) throws {
        let text = Self.cases[name]!
        let page = try HTMLTimelineRenderer(template: SampleTimeline.projectFile("Templates/timeline.html")).render(Self.timeline(text))
        #expect(HTMLChecks.problems(page).isEmpty, "\(HTMLChecks.problems(page).prefix(3))")
        let document = try MarkupDocument.html(Array(page.utf8))
        #expect(try document.select("//script").isEmpty)
        #expect(try document.select("//style").count == 1)
        #expect(try document.select("//title").first?.textContent == "Title " + text)
        let headline = try #require(try document.select("//li[@id='hostile-01']//p[contains(@class, 'event-headline')]").first)
        #expect(headline.textContent == "Headline " + text)
        #expect(headline.attribute("dir") == "auto", "article text is bidi-isolated")
        let sentence = try #require(try document.select("//li[@id='hostile-01']//p[contains(@class, 'event-sentence')]").first)
        #expect(sentence.textContent == "\(text) last month \(text) for three years.")
        #expect(try sentence.select("mark").map(\.textContent) == ["last month"])
        #expect(try document.select("//nav//a").first?.attribute("href") == nil, "javascript: URL is not a link")
        #expect(try document.select("//nav//a").first?.textContent == "Source " + text)
    }

    @Test("HTML fragment: text stays text", arguments: ["script", "bidi", "korean"])
    func fragment(name: String) throws {
        let text = Self.cases[name]!
        let html = try HTMLTimelineRenderer(template: SampleTimeline.projectFile("Templates/fragment.html"), fragment: true)
            .render(Self.timeline(text))
        #expect(HTMLChecks.problems(html).isEmpty)
        let document = try MarkupDocument.html(Array(html.utf8))
        #expect(try document.select("//script").isEmpty && document.select("//style").count == 1)
        #expect(try document.select("//p[contains(@class, 'dateline-headline')]").first?.textContent == "Headline " + text)
    }

    @Test("Markdown: syntax is escaped, text is kept, bidi is isolated", arguments: cases.keys.sorted())
    func markdown(name: String) throws {
        let text = Self.cases[name]!
        let markdown = MarkdownTimelineRenderer().render(Self.timeline(text))
        for line in markdown.split(separator: "\n") {
            let body = line.hasPrefix("  > ") ? line.dropFirst(4) : line[...]
            #expect(body.range(of: #"(?<!\\)[<>]"#, options: .regularExpression) == nil, "an unescaped < or > could open HTML")
        }
        #expect(!markdown.contains("javascript:"))
        // Unescaping gives back the text.
        let headlineLine = try #require(markdown.split(separator: "\n").first { $0.hasPrefix("- **") })
        #expect(Self.withoutBidi(Self.unescape(String(headlineLine))).contains(Self.withoutBidi("Headline " + text)))
        for line in markdown.split(separator: "\n") { #expect(Self.bidiIsBalanced(String(line)), "line leaves a bidi control open") }
    }

    @Test("JSON: the text reads back exactly", arguments: cases.keys.sorted())
    func json(name: String) throws {
        let text = Self.cases[name]!
        let timeline = Self.timeline(text)
        let json = JSONTimelineRenderer().render(timeline)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let event = try #require((object["events"] as? [[String: Any]])?.first)
        #expect(event["headline"] as? String == "Headline " + text)
        #expect(try TimelineDocumentReader().read(Array(json.utf8)) == timeline)
    }

    @Test("XML: valid against the schema, and the text reads back exactly", arguments: cases.keys.sorted())
    func xml(name: String) throws {
        let text = Self.cases[name]!
        let timeline = Self.timeline(text)
        let xml = XMLTimelineRenderer().render(timeline)
        try MarkupDocument.xml(Array(xml.utf8)).validate(relaxNG: SampleTimeline.projectFile("Templates/timeline.rng"))
        #expect(try TimelineDocumentReader().read(Array(xml.utf8)) == timeline)
        #expect(XMLTimelineRenderer().render(try TimelineDocumentReader().read(Array(xml.utf8))) == xml)
    }

    @Test func controlCharactersBecomeReplacementCharacters() throws {
        let timeline = Self.timeline("bell\u{7} nul\u{0} esc\u{1B} tab\t cr\r lf\n end\u{FFFF}")
        let xml = XMLTimelineRenderer().render(timeline)
        try MarkupDocument.xml(Array(xml.utf8)).validate(relaxNG: TimelineSchema.relaxNG)
        let read = try TimelineDocumentReader().read(Array(xml.utf8))
        #expect(read.events[0].headline == "Headline bell\u{FFFD} nul\u{FFFD} esc\u{FFFD} tab\t cr\r lf\n end\u{FFFD}")
        #expect(XMLTimelineRenderer().render(read) == xml)
        let page = try HTMLTimelineRenderer(template: SampleTimeline.projectFile("Templates/timeline.html")).render(timeline)
        #expect(HTMLChecks.problems(page).isEmpty, "\(HTMLChecks.problems(page))")
        #expect(try TimelineDocumentReader().read(Array(JSONTimelineRenderer().render(timeline).utf8)) == timeline)
    }

    @Test func markdownLinesCannotStartLists() {
        let timeline = Self.timeline("")
        let starts = ["1. Not a list", "2) Nor this", "- nor this", "+ nor this", "--- nor a rule", "# not a heading"]
        for start in starts {
            let event = SampleTimeline.event("x", "\(start) [last month].", at: 0, source: timeline.sources[0],
                                             value: .month(year: 2025, month: 5), headline: start)
            let markdown = MarkdownTimelineRenderer(fragment: true).render(Timeline(title: "t", sources: timeline.sources, events: [event]))
            let quote = String(markdown.split(separator: "\n").first { $0.hasPrefix("  > ") }!.dropFirst(4))
            #expect(quote.range(of: #"^([-+=*#]|[0-9]+[.)])"#, options: .regularExpression) == nil, "\(quote)")
            #expect(Self.unescape(quote) == "\(start) last month.")
        }
    }

    /// Drops Markdown backslash escapes and bold markers.
    static func unescape(_ markdown: String) -> String {
        var result = ""
        var escaped = false
        for scalar in markdown.replacingOccurrences(of: "**", with: "").unicodeScalars {
            if escaped { result.unicodeScalars.append(scalar); escaped = false; continue }
            if scalar == "\\" { escaped = true; continue }
            result.unicodeScalars.append(scalar)
        }
        return result
    }

    /// The text without bidi controls.
    static func withoutBidi(_ text: String) -> String {
        var result = String.UnicodeScalarView()
        for scalar in text.unicodeScalars where !BidiControls.contains(scalar.value) { result.append(scalar) }
        return String(result)
    }

    static let BidiControls: Set<UInt32> = [0x202A, 0x202B, 0x202C, 0x202D, 0x202E, 0x2066, 0x2067, 0x2068, 0x2069]

    /// Whether every embedding, override and isolate a line opens is closed on it.
    static func bidiIsBalanced(_ line: String) -> Bool {
        var stack: [Character] = []
        for scalar in line.unicodeScalars {
            switch scalar.value {
            case 0x202A, 0x202B, 0x202D, 0x202E: stack.append("E")
            case 0x202C: if stack.last == "E" { stack.removeLast() }
            case 0x2066...0x2068: stack.append("I")
            case 0x2069: if let index = stack.lastIndex(of: "I") { stack.removeSubrange(index...) }
            default: break
            }
        }
        return stack.isEmpty
    }
}
