// libFuzzer target for the HTML template filler (`TimelineRenderer`, `.html`). The first byte picks
// page or fragment, and one of two modes:
// - an arbitrary template (the rest of the input) filled with fixed timelines whose every text,
//   id and URL is hostile markup tagged "dlfuzz": no data may come out as an element, an attribute,
//   script or style text, or a link that is not http, https or relative;
// - a fixed template filled with a timeline made from the fuzz input (titles, URLs, headlines and
//   sentences from its NUL-separated parts): re-parsing the page gives back exactly each event's
//   headline and sentence (with the expression in one <mark>) and each source title, as text.
// Both render twice to the same bytes. Built and run by .ci/fuzz.
import Dateline
import DatelineXML

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    var input = FuzzInput(data, size)
    let options = input.byte()
    let fragment = options & 1 != 0
    if options & 2 == 0 {
        let template = input.rest()
        let timeline = hostileTimelines[Int(options >> 2) % hostileTimelines.count]
        guard let page = renderTwice(timeline, template: template, fragment: fragment) else { return 0 }
        let guarded = !String(decoding: template, as: UTF8.self).lowercased().contains("dlfuzz")
        if guarded { checkNoDataMarkup(page) }
    } else {
        let timeline = fuzzedTimeline(&input)
        let template = Array((fragment ? fixedFragment : fixedPage).utf8)
        guard let page = renderTwice(timeline, template: template, fragment: fragment) else {
            fuzzCheck(false, "the fixed template did not render")
            return 0
        }
        checkEventTexts(page, timeline)
    }
    return 0
}

/// The page, rendered twice to the same bytes; nil when the template is refused (with a one-line reason).
private func renderTwice(_ timeline: Timeline, template: [UInt8], fragment: Bool) -> String? {
    let renderer = TimelineRenderer(template: template, fragment: fragment)
    let first: String
    do throws(RenderingError) { first = try renderer.render(timeline, as: .html) } catch {
        fuzzCheck(isOneLine(error.description), "error is not one line: \(error.description)")
        return nil
    }
    fuzzCheck((try? renderer.render(timeline, as: .html)) == first, "rendering twice differs")
    return first
}

/// Every element and attribute of the re-parsed page.
private func elements(of page: String) -> [MarkupNode] {
    guard let document = try? MarkupDocument.html(Array(page.utf8)) else {
        fuzzCheck(false, "the rendered page does not parse")
        return []
    }
    return (try? document.select("//*")) ?? []
}

/// No data came out as markup: hostile data is tagged "dlfuzz", and the template has no such text.
private func checkNoDataMarkup(_ page: String) {
    for element in elements(of: page) {
        fuzzCheck(!element.name.lowercased().contains("dlfuzz"), "data became the element <\(element.name)>")
        if ["script", "style"].contains(element.name.lowercased()) {
            fuzzCheck(!element.textContent.contains("dlfuzz"), "data became \(element.name) text: \(element.textContent)")
        }
        for name in element.attributeNames {
            fuzzCheck(!name.lowercased().contains("dlfuzz"), "data became the attribute \(name) on <\(element.name)>")
            let value = element.attribute(name) ?? ""
            guard value.contains("dlfuzz") else { continue }
            fuzzCheck(["id", "href"].contains(name.lowercased()), "data became the value of \(name) on <\(element.name)>: \(value)")
            if name.lowercased() == "href" { fuzzCheck(isSafeLink(value), "data became the link \(value)") }
        }
    }
}

/// The fixed template gives back each event's headline and sentence and each source's title.
private func checkEventTexts(_ page: String, _ timeline: Timeline) {
    var headlines: [String] = [], sentences: [String] = [], marks: [String] = [], sources: [String] = []
    for element in elements(of: page) {
        let classes = (element.attribute("class") ?? "").split(separator: " ")
        if classes.contains("fz-headline") {
            fuzzCheck(element.elementChildren.isEmpty, "a headline holds markup")
            headlines.append(element.textContent)
        } else if classes.contains("fz-sentence") {
            let children = element.elementChildren
            fuzzCheck(children.count == 1 && children[0].name == "mark" && children[0].elementChildren.isEmpty,
                      "a sentence holds markup other than one <mark>: \(children.map(\.name))")
            sentences.append(element.textContent)
            marks.append(children.first?.textContent ?? "")
        } else if classes.contains("fz-source") {
            fuzzCheck(element.elementChildren.isEmpty, "a source title holds markup")
            sources.append(element.textContent)
            if let href = element.attribute("href") { fuzzCheck(isSafeLink(href), "the link \(href) is not http, https or relative") }
        }
        for name in element.attributeNames {
            fuzzCheck(!name.lowercased().hasPrefix("on"), "the attribute \(name) appeared on <\(element.name)>")
        }
    }
    let events = timeline.events
    fuzzCheck(headlines.sorted() == events.map { asParsed($0.headline) }.sorted(), "headlines differ:\n\(headlines)\n\(events.map(\.headline))")
    fuzzCheck(sentences.sorted() == events.map { asParsed($0.sentence) }.sorted(), "sentences differ:\n\(sentences)\n\(events.map(\.sentence))")
    fuzzCheck(marks.sorted() == events.map { asParsed($0.sentenceParts.expression) }.sorted(), "marked expressions differ:\n\(marks)")
    fuzzCheck(sources == timeline.sources.map { asParsed($0.title ?? $0.id) }, "source titles differ:\n\(sources)\n\(timeline.sources.map(\.title))")
}

/// Text as it reads back from a page: characters XML and HTML cannot hold become U+FFFD.
private func asParsed(_ text: String) -> String {
    var scalars = String.UnicodeScalarView()
    for scalar in text.unicodeScalars {
        let value = scalar.value
        let allowed = value >= 0x20 ? value != 0xFFFE && value != 0xFFFF : value == 0x09 || value == 0x0A || value == 0x0D
        scalars.append(allowed ? scalar : "\u{FFFD}")
    }
    return String(scalars)
}

/// http, https or a relative link; nothing a browser would run.
private func isSafeLink(_ url: String) -> Bool {
    let trimmed = url.drop { $0.isWhitespace || $0.asciiValue.map { $0 < 0x20 } == true }
    guard let colon = trimmed.firstIndex(of: ":") else { return true }
    let head = trimmed[..<colon]
    if head.contains(where: { "/?#".contains($0) }) { return true }
    return ["http", "https"].contains(head.lowercased())
}

// MARK: Timelines

private func timex(_ text: String, at offset: Int, _ date: CalendarDate, vague: Bool = false) -> Timex {
    Timex(range: offset..<(offset + text.utf8.count), text: text, type: .date,
          value: vague ? .reference(.past) : .day(date), interval: vague ? nil : CalendarInterval(day: date), granularity: vague ? nil : .day)
}

/// An event of `kind` dated `date`, whose expression is the bytes `expression` of `sentence`.
private func event(_ id: String, _ kind: EventKind, _ date: CalendarDate, headline: String, sentence: String,
                   expression: Range<Int>, source: String) -> Event {
    let bytes = Array(sentence.utf8)
    // On scalar boundaries, as the extractor and the readers make them.
    func boundary(_ offset: Int) -> Int {
        var offset = min(offset, bytes.count)
        while offset > 0, offset < bytes.count, bytes[offset] & 0xC0 == 0x80 { offset -= 1 }
        return offset
    }
    let lower = boundary(expression.lowerBound), upper = boundary(max(expression.upperBound, lower))
    let text = String(decoding: bytes[lower..<upper], as: UTF8.self)
    let when = timex(text, at: lower, date, vague: kind == .vague)
    var event = Event(id: id, kind: kind, when: when, placement: when.interval ?? CalendarInterval(day: date), headline: headline,
                      sentence: sentence, timexRange: lower..<upper, sentenceRange: 0..<bytes.count, sourceID: source,
                      published: CalendarDate(year: 2025, month: 6, day: 26))
    if kind == .span {
        let end = date.adding(days: 40)
        event.until = timex("later", at: upper, end)
        event.placement = CalendarInterval(from: date, until: end)
    }
    return event
}

/// Timelines whose every piece of data is hostile markup marked "dlfuzz".
private let hostileTimelines: [Timeline] = {
    let day = CalendarDate(year: 2025, month: 3, day: 11)!
    let sources = [
        TimelineSource(id: "src-<dlfuzz-id>", title: "</title><dlfuzz-t onload=\"dlfuzz()\">", url: "javascript:dlfuzz(1)",
                       published: CalendarDate(year: 2025, month: 6, day: 26)),
        TimelineSource(id: "s2\" dlfuzzattr=\"1", title: "Harbor &amp; <dlfuzz-b>bold</dlfuzz-b>",
                       url: "https://news.example/a?b=<dlfuzz-u>\"onmouseover=dlfuzz", published: nil),
        TimelineSource(id: "s3", title: nil, url: " JaVaScRiPt:dlfuzz()", published: nil),
    ]
    let headline = "</script></style><dlfuzz-h dlfuzzattr=1>x</dlfuzz-h><!--dlfuzz-->"
    let sentence = "On June 25 </textarea><dlfuzz-s onclick=\"dlfuzz()\">]]><![CDATA[dlfuzz]]> &lt;b&gt; \u{1}\u{FFFE}"
    let kinds = EventKind.allCases
    var events: [Event] = []
    for (index, kind) in kinds.enumerated() {
        events.append(event("e\(index)\" dlfuzzattr=\"<dlfuzz>", kind, day.adding(days: index * 45),
                            headline: headline, sentence: sentence, expression: 3..<10, source: sources[index % sources.count].id))
    }
    events[0].citations.append(Citation(sourceID: sources[1].id, eventID: "e-cited", sentence: "<dlfuzz-c>", when: timex("x", at: 0, day),
                                        placement: CalendarInterval(day: day)))
    let hostile = Timeline(title: "<dlfuzz-title>&</title><script>dlfuzz()</script>", sources: sources, events: events)
    let empty = Timeline(title: "</style><dlfuzz-empty>", sources: [], events: [])
    // A timeline built the usual way, from an article with markup in its text.
    let article = Article(id: "story", title: "<dlfuzz-story> \"Harbor\"", text: """
        HARBOR CITY — On March 11, 2025, the council approved <dlfuzz-a href="javascript:dlfuzz()"> the ferry contract.
        Work began last week, and the line is scheduled to open on June 30. </script><dlfuzz-x>
        """, published: PublicationDate(date: CalendarDate(year: 2025, month: 3, day: 14)!, source: .header),
        url: "javascript:dlfuzz()", path: "story.txt")
    let built = TimelineBuilder().build([article])
    return [hostile, empty, built]
}()

/// A timeline from NUL-separated parts of the input: a title, then per source an id, title and URL
/// and per event a headline, a sentence and two bytes placing the expression.
private func fuzzedTimeline(_ input: inout FuzzInput) -> Timeline {
    func text(_ input: inout FuzzInput) -> String { String(decoding: input.part(until: 0), as: UTF8.self) }
    let title = text(&input)
    let counts = input.byte()
    var sources: [TimelineSource] = []
    for index in 0..<(1 + Int(counts & 3)) {
        let name = text(&input), url = text(&input)
        sources.append(TimelineSource(id: "source-\(index)", title: name.isEmpty ? nil : name, url: url.isEmpty ? nil : url,
                                      published: index == 0 ? CalendarDate(year: 2025, month: 6, day: 26) : nil))
    }
    var events: [Event] = []
    var index = 0
    while !input.isEmpty, events.count < 12 {
        let kind = EventKind.allCases[Int(input.byte()) % EventKind.allCases.count]
        let days = Int(input.byte()) * 37
        let start = Int(input.byte()), length = Int(input.byte() % 16)
        let headline = text(&input), sentence = text(&input)
        events.append(event("event-\(index)", kind, CalendarDate(year: 2024, month: 1, day: 1)!.adding(days: days), headline: headline,
                            sentence: sentence, expression: start..<(start + length), source: sources[index % sources.count].id))
        index += 1
    }
    return Timeline(title: title, sources: sources, events: events)
}

private let fixedFragment = """
    <!DOCTYPE html><html><head><title>x</title></head><body><section class="fz" data-slot="fragment">
    \(fixedBody)
    </section></body></html>
    """

private let fixedPage = """
    <!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title data-slot="title">x</title></head><body>
    \(fixedBody)
    </body></html>
    """

private let fixedBody = """
    <h1 data-slot="title">x</h1><p data-slot="summary">x</p>
    <ol data-slot="sources"><li data-template="source"><a class="fz-source" data-field="source-title" href="https://example.com/">x</a>
    <time data-field="source-published" datetime="2025-03-14">x</time></li></ol>
    <div data-slot="axis"></div>
    <ol data-slot="years"><li data-template="year"><h2 data-field="year-label">2025</h2>
    <ol data-slot="months"><li data-template="month"><h3 data-field="month-label">March</h3>
    <ol data-slot="events"><li class="fz-event" data-template="event">
    <p><time data-field="date" datetime="2025-03-11">x</time> <span data-field="interval">x</span> <span data-field="kind">x</span></p>
    <p class="fz-headline" data-field="headline">x</p>
    <p class="fz-sentence" data-field="sentence">x</p>
    <p data-field="source">x</p>
    </li></ol></li></ol></li></ol>
    """
