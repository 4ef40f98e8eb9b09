import DatelineNormalizer
@testable import DatelineRendering
import DatelineTimeline
import DatelineXML
import Foundation
import Testing

/// The usual cross-site scripting vectors, put into titles, URLs, sentences, headlines, event ids
/// and source names, never become markup: the rendered page has exactly the elements and
/// attributes the same timeline with harmless text gives, every payload reads back as text, and
/// only `http`, `https` and relative URLs become links, in HTML, TimelineJS and Markdown alike.
@Suite("XSS corpus")
struct XSSCorpusTests {
    /// Markup and script payloads, written for this corpus.
    static let payloads: [String] = [
        #"<script>alert(1)</script>"#,
        #"<SCRIPT SRC=//evil.example/x.js></SCRIPT>"#,
        #"<img src=x onerror=alert(1)>"#,
        #"<svg onload=alert(1)>"#,
        #"<svg><script>alert(1)</script></svg>"#,
        #""><script>alert(1)</script>"#,
        #"'><img src=x onerror=alert(1)>"#,
        #"" onmouseover="alert(1)"#,
        #"' onfocus='alert(1)' autofocus='"#,
        #"</title><script>alert(1)</script>"#,
        #"</textarea><script>alert(1)</script>"#,
        #"</style><script>alert(1)</script>"#,
        #"</script><script>alert(1)</script>"#,
        #"<iframe src="javascript:alert(1)"></iframe>"#,
        #"<a href="javascript:alert(1)">click</a>"#,
        #"<body onload=alert(1)>"#,
        #"<math><mtext></mtext><mglyph><style></math><img src onerror=alert(1)>"#,
        #"<!--<img src=x onerror=alert(1)>-->"#,
        #"<![CDATA[<script>alert(1)</script>]]>"#,
        #"<div style="background:url(javascript:alert(1))">x</div>"#,
        #"<div style="width:expression(alert(1))">x</div>"#,
        #"<style>@import 'javascript:alert(1)';</style>"#,
        #"<link rel=stylesheet href=javascript:alert(1)>"#,
        #"<meta http-equiv="refresh" content="0;url=javascript:alert(1)">"#,
        #"<base href="javascript:alert(1)//">"#,
        #"<object data="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg=="></object>"#,
        #"<details open ontoggle=alert(1)>"#,
        #"<input autofocus onfocus=alert(1)>"#,
        #"<noscript><p title="</noscript><img src=x onerror=alert(1)>">"#,
        #"<xmp><script>alert(1)</script></xmp>"#,
        #"<template><script>alert(1)</script></template>"#,
        #"&lt;script&gt;alert(1)&lt;/script&gt;"#,
        #"&#60;script&#62;alert(1)&#60;/script&#62;"#,
        #"\u003cscript\u003ealert(1)\u003c/script\u003e"#,
        #"data-slot="title" data-field="headline" {{title}} ${headline} <span data-template="event">x</span>"#,
        "<scr\u{0}ipt>alert(1)</scr\u{0}ipt>",
        "<img src=x on\u{0B}error=alert(1)>",
        "javascript:alert(1)",
        "\u{202E}<script>alert(1)</script>",
    ]

    /// URLs that must never become links.
    static let hostileURLs: [String] = [
        "javascript:alert(1)", "JaVaScRiPt:alert(1)", " javascript:alert(1)", "\tjavascript:alert(1)", "java\tscript:alert(1)",
        "java\nscript:alert(1)", "java\rscript:alert(1)", "java\u{0}script:alert(1)", "\u{1}javascript:alert(1)",
        "javascript\u{7F}:alert(1)", "\u{FEFF}javascript:alert(1)", "javascript&#58;alert(1)", "javascript&#x3A;alert(1)",
        "javascript&#0000058alert(1)", "javascript&colon;alert(1)", "&#106;avascript:alert(1)", "jav&#x09;ascript:alert(1)",
        "data:text/html,<script>alert(1)</script>", "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
        "DATA:image/svg+xml,<svg onload=alert(1)>", "vbscript:msgbox(1)", "VBScript:msgbox(1)", "livescript:alert(1)",
        "//evil.example/x", "///evil.example/x", "/\\evil.example/x", "\\\\evil.example\\x", "https:\\\\evil.example",
        "file:///etc/passwd", "ftp://example.com/a", "blob:https://example.com/id", "mailto:someone@example.com",
        "jar:https://example.com/a!/b", "x-javascript:alert(1)", "javascript://example.com/%0Aalert(1)",
        "https://example.com/a b", "https://example.com/\u{0}", "https://example.com/\"onmouseover=\"alert(1)",
        "https://example.com/'><script>", "https://example.com/`x`",
    ]

    /// URLs that become links, kept exactly.
    static let allowedURLs: [String] = [
        "https://example.com/a?b=1&c=2", "http://example.com/", "HTTPS://EXAMPLE.COM/A", "/relative/path.html", "page.html",
        "?q=1", "#events", "./javascript:alert(1)", "https://example.com/it's", "https://example.com/?q=javascript:alert(1)",
    ]

    @Test func linkPolicyTakesOnlyHTTPHTTPSAndRelativeURLs() {
        for url in Self.hostileURLs { #expect(!LinkPolicy.allows(url), "\(url.debugDescription) would be a link") }
        for url in Self.allowedURLs { #expect(LinkPolicy.allows(url), "\(url.debugDescription) should be a link") }
    }

    @Test func eventIDsBecomeSafeHTMLIdentifiers() {
        #expect(HTMLIdentifier.make("bridge-03") == "bridge-03")
        #expect(HTMLIdentifier.make("année-1") == "année-1")
        #expect(HTMLIdentifier.make("a b") == "a%20b")
        #expect(HTMLIdentifier.make("a%20b") == "a%2520b", "distinct ids stay distinct")
        #expect(HTMLIdentifier.make("<!--\"'`&-->") == "%3C!--%22%27%60%26--%3E")
    }

    @Test("HTML page: payloads add no element or attribute and read back as text", arguments: Self.payloads.indices)
    func page(index: Int) throws {
        let payload = Self.payloads[index]
        let template = try SampleTimeline.projectFile("Templates/timeline.html")
        let page = try HTMLTimelineRenderer(template: template).render(Self.timeline(payload))
        let harmless = try HTMLTimelineRenderer(template: template).render(Self.timeline("harmless text"))
        try Self.expectSameMarkup(page, harmless, payload: payload)
        let document = try MarkupDocument.html(Array(page.utf8))
        let text = MarkupText.clean(payload)
        #expect(try document.select("//title").first?.textContent == text)
        #expect(try document.select("//h1").first?.textContent == text)
        let headlines = try document.select("//p[contains(@class, 'event-headline')]").map(\.textContent)
        #expect(headlines == [text, text])
        let sentences = try document.select("//p[contains(@class, 'event-sentence')]").map(\.textContent)
        #expect(sentences == [Self.sentence(text), Self.sentence(text)])
        #expect(try document.select("//nav//a").map(\.textContent) == [text, text])
        #expect(try document.select("//li[contains(@class, 'event ')]").map { $0.attribute("id") }
                == [HTMLIdentifier.make(text + "-1"), HTMLIdentifier.make(text + "-2")])
        let cites = try document.select("//p[contains(@class, 'event-source')]/cite").map(\.textContent)
        #expect(cites == [text, text])
    }

    @Test("HTML fragment: payloads add no element or attribute", arguments: Self.payloads.indices)
    func fragment(index: Int) throws {
        let payload = Self.payloads[index]
        let template = try SampleTimeline.projectFile("Templates/fragment.html")
        let html = try HTMLTimelineRenderer(template: template, fragment: true).render(Self.timeline(payload))
        let harmless = try HTMLTimelineRenderer(template: template, fragment: true).render(Self.timeline("harmless text"))
        try Self.expectSameMarkup(html, harmless, payload: payload)
    }

    @Test("HTML diff: payloads add no element or attribute and read back as text", arguments: Self.payloads.indices)
    func diff(index: Int) throws {
        let payload = Self.payloads[index]
        let template = try SampleTimeline.projectFile("Templates/diff.html")
        let hostile = Self.timeline(payload), calm = Self.timeline("harmless text")
        let page = try HTMLDiffRenderer(template: template).render(TimelineDiff(hostile, hostile))
        let harmless = try HTMLDiffRenderer(template: template).render(TimelineDiff(calm, calm))
        try Self.expectSameMarkup(page, harmless, payload: payload)
        let document = try MarkupDocument.html(Array(page.utf8))
        let text = MarkupText.clean(payload)
        let headlines = try document.select("//*[contains(@class, 'diff-headline')]").map(\.textContent)
        #expect(!headlines.isEmpty && headlines.allSatisfy { $0 == text }, "\(headlines)")
    }

    @Test("HTML: hostile URLs give no href; allowed ones are kept exactly", arguments: Self.hostileURLs + Self.allowedURLs)
    func links(url: String) throws {
        let page = try HTMLTimelineRenderer(template: SampleTimeline.projectFile("Templates/timeline.html"))
            .render(Self.timeline("harmless text", url: url))
        let document = try MarkupDocument.html(Array(page.utf8))
        let hrefs = try document.select("//nav//a").map { $0.attribute("href") }
        #expect(hrefs == [Self.allowedURLs.contains(url) ? url : nil, nil])
        for node in try document.select("//@href | //@src | //@action | //@formaction | //@data") {
            let value = node.textContent.lowercased().filter { !$0.isWhitespace }
            #expect(!value.hasPrefix("javascript:") && !value.hasPrefix("data:") && !value.hasPrefix("vbscript:"), "\(value)")
        }
    }

    @Test("TimelineJS: every field TimelineJS reads as HTML holds the payload as text", arguments: Self.payloads.indices)
    func timelineJS(index: Int) throws {
        let payload = Self.payloads[index]
        let json = TimelineJSRenderer().render(Self.timeline(payload))
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let events = try #require(object["events"] as? [[String: Any]])
        #expect(events.count == 2)
        let clean = MarkupText.clean(payload)
        let titleText = try #require((object["title"] as? [String: Any])?["text"] as? [String: String])
        #expect(try Self.innerText(titleText["headline"], allowing: []) == clean)
        for event in events {
            let text = try #require(event["text"] as? [String: String])
            #expect(try Self.innerText(text["headline"], allowing: []) == clean)
            #expect(try Self.innerText(text["text"], allowing: ["mark"]) == Self.sentence(clean))
            #expect(try Self.innerText(event["group"] as? String, allowing: []) == clean)
            #expect(try Self.innerText(event["display_date"] as? String, allowing: []) == "May 2025")
        }
    }

    @Test("JSON outputs can be pasted into a <script> element: no raw <, > or &, and the payload reads back", arguments: Self.payloads.indices)
    func embeddableJSON(index: Int) throws {
        let payload = Self.payloads[index]
        let timeline = Self.timeline(payload)
        let outputs = [JSONTimelineRenderer().render(timeline), TimelineJSRenderer().render(timeline),
                       JSONDiffRenderer().render(TimelineDiff(timeline, timeline))]
        for json in outputs {
            #expect(!json.contains("<") && !json.contains(">") && !json.contains("&"))
            #expect((try? JSONSerialization.jsonObject(with: Data(json.utf8))) != nil)
        }
        let record = try #require(try JSONSerialization.jsonObject(with: Data(outputs[0].utf8)) as? [String: Any])
        #expect((record["title"] as? String) == payload)
    }

    @Test("Markdown: no raw HTML, no entity, and links only to allowed URLs", arguments: Self.payloads.indices)
    func markdown(index: Int) throws {
        let payload = Self.payloads[index]
        let markdown = MarkdownTimelineRenderer().render(Self.timeline(payload, url: "https://example.com/?a=1&b=2"))
        let (text, destinations) = Self.splitLinks(markdown)
        #expect(destinations == ["https://example.com/?a=1\\&b=2"])
        for (offset, byte) in text.utf8.enumerated() where byte == UInt8(ascii: "<") || byte == UInt8(ascii: "&") {
            let before = text.utf8.dropFirst(offset - 1).first
            #expect(offset > 0 && before == UInt8(ascii: "\\"), "an unescaped \(Character(Unicode.Scalar(byte))) could open HTML or an entity")
        }
    }

    @Test("Markdown: hostile URLs give no link", arguments: Self.hostileURLs)
    func markdownLinks(url: String) {
        let markdown = MarkdownTimelineRenderer().render(Self.timeline("harmless text", url: url))
        #expect(Self.splitLinks(markdown).destinations.isEmpty, "\(markdown)")
    }

    @Test func templatesCannotPutArticleTextIntoScriptOrStyle() throws {
        let base = String(decoding: try SampleTimeline.projectFile("Templates/timeline.html"), as: UTF8.self)
        for (marker, element) in [("data-slot=\"title\"", "script"), ("data-slot=\"summary\"", "style")] {
            let template = base.replacingOccurrences(of: "</head>", with: "<\(element) \(marker)>/* own */</\(element)></head>")
            #expect(throws: RenderingError.templateUnreadable(reason: Self.unsafe(element, marker))) {
                try HTMLTimelineRenderer(template: Array(template.utf8)).render(Self.timeline("</\(element)><script>alert(1)</script>"))
            }
        }
        let diffBase = String(decoding: try SampleTimeline.projectFile("Templates/diff.html"), as: UTF8.self)
        let diffTemplate = diffBase.replacingOccurrences(of: "</head>", with: "<script data-slot=\"a-title\"></script></head>")
        let timeline = Self.timeline("x")
        #expect(throws: RenderingError.templateUnreadable(reason: Self.unsafe("script", "data-slot=\"a-title\""))) {
            try HTMLDiffRenderer(template: Array(diffTemplate.utf8)).render(TimelineDiff(timeline, timeline))
        }
        // The template's own script and style are kept as they are.
        let own = base.replacingOccurrences(of: "</head>", with: "<script>var own = 1;</script></head>")
        let page = try HTMLTimelineRenderer(template: Array(own.utf8)).render(Self.timeline("</script><script>alert(1)</script>"))
        let document = try MarkupDocument.html(Array(page.utf8))
        #expect(try document.select("//script").map(\.textContent) == ["var own = 1;"])
    }

    @Test func onlyAnchorsTakeAnHrefFromData() throws {
        let base = String(decoding: try SampleTimeline.projectFile("Templates/timeline.html"), as: UTF8.self)
        let template = base.replacingOccurrences(of: #"<a data-field="source-title" href="https://example.com/ferry">Ferry line opens</a>"#,
                                                 with: ##"<span data-field="source-title" href="#x">Ferry line opens</span>"##)
        #expect(template != base)
        let page = try HTMLTimelineRenderer(template: Array(template.utf8)).render(Self.timeline("x", url: "https://example.com/a"))
        let document = try MarkupDocument.html(Array(page.utf8))
        #expect(try document.select("//nav//span").map { $0.attribute("href") } == [nil, nil])
        #expect(try document.select("//nav//span").map(\.textContent) == ["x", "x"])
    }

    /// The reason a template marking a `<script>` or `<style>` is refused with.
    static func unsafe(_ element: String, _ marker: String) -> String {
        "a <\(element)> element is marked to take data (\(marker)); mark a text element such as <p> or <span> instead"
    }

    // MARK: Fixtures

    /// A timeline carrying `payload` everywhere data goes: its title; a source titled with it (and
    /// with `url`); a source with no title whose id is the payload; an event from each, with the
    /// payload as id prefix, headline and around the dating expression.
    static func timeline(_ payload: String, url: String = "https://example.com/story") -> Timeline {
        let titled = TimelineSource(id: "titled", title: payload, url: url, path: payload, published: SampleTimeline.published)
        let untitled = TimelineSource(id: payload, title: nil, url: "javascript:alert(1)", published: SampleTimeline.published)
        let events = [titled, untitled].enumerated().map { index, source in
            var event = SampleTimeline.event("\(payload)-\(index + 1)", "[last month]", at: 0, source: source,
                                             value: .month(year: 2025, month: 5), headline: payload)
            // The sentence is the payload, "last month", the payload again.
            event.sentence = sentence(payload)
            event.timexRange = (payload.utf8.count + 1)..<(payload.utf8.count + 11)
            event.sentenceRange = 0..<event.sentence.utf8.count
            event.when.range = event.timexRange
            return event
        }
        return Timeline(title: payload, sources: [titled, untitled], events: events)
    }

    /// The sentence of each event: the payload on both sides of "last month".
    static func sentence(_ payload: String) -> String { "\(payload) last month \(payload)" }

    /// The same elements and attributes, in the same order, with the same number of `<` (every `<`
    /// in the data must be written `&lt;`), and no event-handler attribute anywhere.
    static func expectSameMarkup(_ html: String, _ harmless: String, payload: String) throws {
        #expect(html.utf8.filter { $0 == UInt8(ascii: "<") }.count == harmless.utf8.filter { $0 == UInt8(ascii: "<") }.count,
                "a < from \(payload.debugDescription) was written as markup")
        let shape = try Self.shape(html), expected = try Self.shape(harmless)
        #expect(shape == expected, "\(payload.debugDescription) changed the markup: \(zip(shape, expected).first { $0 != $1 } ?? ("", ""))")
        #expect(!shape.contains { $0.contains(" on") }, "an event-handler attribute came from data")
    }

    /// Each element as `name attr1 attr2`, in document order.
    static func shape(_ html: String) throws -> [String] {
        let document = try MarkupDocument.html(Array(html.utf8))
        return try document.select("//*").map { ([$0.name] + $0.attributeNames).joined(separator: " ") }
    }

    /// The text of an HTML fragment, which may hold only `allowing` elements and no attributes.
    static func innerText(_ html: String?, allowing: Set<String>) throws -> String {
        let html = try #require(html)
        let document = try MarkupDocument.html(Array("<!DOCTYPE html><html><body><div id=\"probe\">\(html)</div></body></html>".utf8))
        let probe = try #require(try document.select("//div[@id='probe']").first)
        let elements = try probe.select(".//*")
        #expect(elements.allSatisfy { allowing.contains($0.name) && $0.attributeNames.isEmpty }, "\(elements.map(\.name)) in \(html)")
        return probe.textContent
    }

    /// The Markdown without its `[text](<destination>)` links' destinations, and those destinations.
    static func splitLinks(_ markdown: String) -> (text: String, destinations: [String]) {
        var text = "", destinations: [String] = []
        var rest = Substring(markdown)
        while let start = rest.range(of: "](<") {
            text += rest[..<start.lowerBound]
            let after = rest[start.upperBound...]
            guard let end = after.range(of: ">)") else { rest = after; break }
            destinations.append(String(after[..<end.lowerBound]))
            rest = after[end.upperBound...]
        }
        return (text + rest, destinations)
    }
}
