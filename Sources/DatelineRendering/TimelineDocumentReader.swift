import DatelineNormalizer
import DatelineTimeline
import DatelineXML
import Foundation

/// Reads a saved timeline, the XML timeline document or its JSON form, back into a `Timeline`.
///
/// ```swift
/// let timeline = try TimelineDocumentReader().read(bytes)   // XML or JSON, told apart by the first byte
/// XMLTimelineRenderer().render(timeline)                    // the same bytes that were read
/// ```
///
/// XML is validated against the RELAX NG schema (`TimelineSchema`, `Templates/timeline.rng`)
/// with libxml2 before it is read; both forms must carry `version` 1. Display labels are
/// derived data and are not read.
public struct TimelineDocumentReader: Sendable {
    public init() {}

    /// Reads XML (first non-blank byte `<`) or JSON (`{`).
    public func read(_ bytes: [UInt8]) throws(RenderingError) -> Timeline {
        let first = bytes.first { $0 != 0x20 && $0 != 0x09 && $0 != 0x0A && $0 != 0x0D && $0 != 0xEF && $0 != 0xBB && $0 != 0xBF }
        switch first {
        case UInt8(ascii: "<"): return try readXML(bytes)
        case UInt8(ascii: "{"): return try readJSON(bytes)
        case nil: throw .documentUnreadable(reason: "the file is empty")
        default: throw .documentUnreadable(reason: "it starts with neither < (XML) nor { (JSON)")
        }
    }

    // MARK: XML

    /// Reads the timeline document.
    public func readXML(_ bytes: [UInt8]) throws(RenderingError) -> Timeline {
        let document: MarkupDocument
        do { document = try MarkupDocument.xml(bytes) } catch { throw .documentUnreadable(reason: "XML \(error.description)") }
        guard let root = document.root, root.name == "timeline" else {
            throw .documentInvalid(reason: "the root element is not <timeline>")
        }
        guard let version = root.attribute("version") else { throw .documentInvalid(reason: "<timeline> has no version attribute") }
        guard version == String(TimelineSchema.version) else { throw .unsupportedVersion(version) }
        do { try document.validate(relaxNG: TimelineSchema.relaxNG) } catch { throw .documentInvalid(reason: error.description) }

        let parts = root.elementChildren
        let title = Self.child(parts, "title")?.textContent ?? ""
        let orderName = Self.child(parts, "options")?.attribute("order") ?? TimelineOrder.oldestFirst.rawValue
        let order = TimelineOrder(rawValue: orderName) ?? .oldestFirst
        var sources: [TimelineSource] = []
        for element in Self.child(parts, "sources")?.elementChildren ?? [] {
            let id = element.attribute("id") ?? ""
            let title = element.textContent
            sources.append(TimelineSource(
                id: id, title: title.isEmpty ? nil : title, url: element.attribute("url"), path: element.attribute("path"),
                published: try Self.date(element.attribute("published"), where: "source \"\(id)\"")))
        }
        var events: [Event] = []
        for element in Self.child(parts, "events")?.elementChildren ?? [] {
            events.append(try Self.event(element))
        }
        return try Self.timeline(title: title, sources: sources, events: events, order: order)
    }

    private static func event(_ element: MarkupNode) throws(RenderingError) -> Event {
        let id = element.attribute("id") ?? ""
        let place = "event \"\(id)\""
        let kind = try Self.kind(element.attribute("kind") ?? "", where: place)
        let placement = try TimexFields.interval(start: element.attribute("start"), end: element.attribute("end"), where: place)
        let parts = element.elementChildren
        guard let when = child(parts, "when"), let sentence = child(parts, "sentence"), let cite = child(parts, "cite") else {
            throw .documentInvalid(reason: "\(place): when, sentence or cite is missing")
        }
        // The sentence: text, one <timex>, text.
        var before = "", expression = "", after = "", seenTimex = false
        for node in sentence.children {
            if node.kind == .element, node.name == "timex" {
                expression = node.textContent
                seenTimex = true
            } else if node.kind == .text {
                if seenTimex { after += node.textContent } else { before += node.textContent }
            }
        }
        let text = before + expression + after
        let local = before.utf8.count..<(before.utf8.count + expression.utf8.count)
        let sentenceOffset = Int(sentence.attribute("offset") ?? "") ?? 0
        let sentenceLength = Int(sentence.attribute("length") ?? "") ?? text.utf8.count
        let whenRange = (sentenceOffset + local.lowerBound)..<(sentenceOffset + local.upperBound)
        let timex = try fields(when, text: expression).timex(defaultRange: whenRange, where: place + ", when")
        var facts: [Timex] = []
        for (index, fact) in parts.filter({ $0.name == "fact" }).enumerated() {
            facts.append(try fields(fact, text: fact.textContent).timex(defaultRange: sentenceOffset..<sentenceOffset, where: place + ", fact \(index + 1)"))
        }
        let until = try child(parts, "until").map { element throws(RenderingError) in
            try fields(element, text: element.textContent).timex(defaultRange: sentenceOffset..<sentenceOffset, where: place + ", until")
        }
        var event = Event(
            id: id, kind: kind, when: timex, placement: placement,
            headline: child(parts, "headline")?.textContent ?? "", sentence: text, timexRange: local,
            sentenceRange: sentenceOffset..<(sentenceOffset + sentenceLength), sourceID: cite.attribute("source") ?? "",
            facts: facts, published: try date(cite.attribute("published"), where: place + ", cite"),
            sentenceIndex: Int(sentence.attribute("index") ?? "") ?? 0, until: until)
        for (index, element) in parts.filter({ $0.name == "citation" }).enumerated() {
            let where_ = place + ", citation \(index + 1)"
            let children = element.elementChildren
            guard let when = child(children, "when") else { throw .documentInvalid(reason: "\(where_): when is missing") }
            event.citations.append(Citation(
                sourceID: element.attribute("source") ?? "", eventID: element.attribute("event") ?? "",
                sentence: child(children, "sentence")?.textContent ?? "",
                when: try fields(when, text: when.textContent).timex(defaultRange: 0..<0, where: where_),
                placement: try TimexFields.interval(start: element.attribute("start"), end: element.attribute("end"), where: where_)))
        }
        return event
    }

    /// The TIMEX3 attributes of a `when` or `fact` element.
    private static func fields(_ element: MarkupNode, text: String) -> TimexFields {
        TimexFields(text: text, type: element.attribute("type") ?? "", value: element.attribute("value") ?? "",
                    mod: element.attribute("mod"), quant: element.attribute("quant"), freq: element.attribute("freq"),
                    granularity: element.attribute("granularity"), start: element.attribute("start"), end: element.attribute("end"),
                    anchor: element.attribute("anchor") ?? "", tense: element.attribute("tense"),
                    preposition: element.attribute("preposition"), vague: element.attribute("vague") == "true",
                    endsRange: element.attribute("endsRange") == "true",
                    alternatives: (element.attribute("alternatives") ?? "").split(separator: " ").map(String.init),
                    offset: element.attribute("offset").flatMap { Int($0) }, length: element.attribute("length").flatMap { Int($0) })
    }

    private static func child(_ elements: [MarkupNode], _ name: String) -> MarkupNode? {
        elements.first { $0.name == name }
    }

    // MARK: JSON

    /// Reads the JSON form.
    public func readJSON(_ bytes: [UInt8]) throws(RenderingError) -> Timeline {
        struct VersionProbe: Decodable { var version: Int? }
        let data = Data(bytes)
        let decoder = JSONDecoder()
        let probe: VersionProbe
        do { probe = try decoder.decode(VersionProbe.self, from: data) } catch {
            throw .documentUnreadable(reason: "JSON: \(Self.describe(error))")
        }
        guard let version = probe.version else { throw .documentInvalid(reason: "the JSON has no \"version\" field") }
        guard version == TimelineSchema.version else { throw .unsupportedVersion(String(version)) }
        let record: TimelineRecord
        do { record = try decoder.decode(TimelineRecord.self, from: data) } catch {
            throw .documentInvalid(reason: Self.describe(error))
        }
        guard let order = TimelineOrder(rawValue: record.order) else {
            throw .documentInvalid(reason: "order \"\(record.order)\" is not oldest-first or newest-first")
        }
        var sources: [TimelineSource] = []
        for source in record.sources {
            sources.append(TimelineSource(id: source.id, title: source.title, url: source.url, path: source.path,
                                          published: try Self.date(source.published, where: "source \"\(source.id)\"")))
        }
        var events: [Event] = []
        for event in record.events { events.append(try Self.event(event)) }
        let timeline = try Self.timeline(title: record.title, sources: sources, events: events, order: order)
        // The JSON form holds what the XML document holds: check it by the same schema, so that
        // whatever reads as JSON can be written and read back as XML.
        if let document = try? MarkupDocument.xml(Array(XMLTimelineRenderer().render(timeline).utf8)) {
            do { try document.validate(relaxNG: TimelineSchema.relaxNG) } catch {
                throw .documentInvalid(reason: "as a timeline document, \(error.description)")
            }
        }
        return timeline
    }

    private static func event(_ record: TimelineRecord.EventRecord) throws(RenderingError) -> Event {
        let place = "event \"\(record.id)\""
        let kind = try kind(record.kind, where: place)
        let placement = try TimexFields.interval(start: record.start, end: record.end, where: place)
        // The span counts Unicode scalars; the model counts UTF-8 bytes.
        let scalars = Array(record.sentence.unicodeScalars)
        guard record.expressionSpan.count == 2, record.expressionSpan[0] >= 0, record.expressionSpan[0] <= record.expressionSpan[1],
              record.expressionSpan[1] <= scalars.count else {
            throw .documentInvalid(reason: "\(place): expressionSpan must be [start, end] within the sentence")
        }
        func bytes(_ count: Int) -> Int { scalars[..<count].reduce(0) { $0 + UTF8.width($1) } }
        let local = bytes(record.expressionSpan[0])..<bytes(record.expressionSpan[1])
        let sentenceOffset = record.sentenceOffset ?? 0
        let sentenceLength = record.sentenceLength ?? record.sentence.utf8.count
        guard sentenceOffset >= 0, sentenceLength >= 0, (record.sentenceIndex ?? 0) >= 0 else {
            throw .documentInvalid(reason: "\(place): sentenceOffset, sentenceLength and sentenceIndex must not be negative")
        }
        let whenRange = (sentenceOffset + local.lowerBound)..<(sentenceOffset + local.upperBound)
        // The XML form holds the expression's text only in the sentence; take it from there here too,
        // so both forms of one timeline read back alike.
        var when = record.when.fields
        when.text = String(decoding: Array(record.sentence.utf8)[local], as: UTF8.self)
        let timex = try when.timex(defaultRange: whenRange, where: place + ", when")
        var facts: [Timex] = []
        for (index, fact) in record.facts.enumerated() {
            facts.append(try fact.fields.timex(defaultRange: sentenceOffset..<sentenceOffset, where: place + ", fact \(index + 1)"))
        }
        let until = try record.until.map { expression throws(RenderingError) in
            try expression.fields.timex(defaultRange: sentenceOffset..<sentenceOffset, where: place + ", until")
        }
        var event = Event(
            id: record.id, kind: kind, when: timex, placement: placement, headline: record.headline, sentence: record.sentence,
            timexRange: local, sentenceRange: sentenceOffset..<(sentenceOffset + sentenceLength), sourceID: record.source,
            facts: facts, published: try date(record.published, where: place), sentenceIndex: record.sentenceIndex ?? 0, until: until)
        for (index, citation) in (record.citations ?? []).enumerated() {
            let where_ = place + ", citation \(index + 1)"
            event.citations.append(Citation(
                sourceID: citation.source, eventID: citation.event, sentence: citation.sentence,
                when: try citation.when.fields.timex(defaultRange: 0..<0, where: where_),
                placement: try TimexFields.interval(start: citation.start, end: citation.end, where: where_)))
        }
        return event
    }

    /// One line for a decoding error: where in the JSON, and what.
    private static func describe(_ error: Error) -> String {
        func path(_ keys: [CodingKey]) -> String {
            let text = keys.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }.joined()
            return text.isEmpty ? "the top level" : String(text.drop { $0 == "." })
        }
        switch error as? DecodingError {
        case .keyNotFound(let key, let context)?: return "\(path(context.codingPath + [key])) is missing"
        case .typeMismatch(_, let context)?, .valueNotFound(_, let context)?:
            return "\(path(context.codingPath)) has the wrong type"
        case .dataCorrupted(let context)?:
            let underlying = (context.underlyingError as NSError?)?.userInfo[NSDebugDescriptionErrorKey] as? String
            return context.codingPath.isEmpty ? (underlying ?? "it is not valid JSON") : "\(path(context.codingPath)): \(context.debugDescription)"
        default: return "it is not valid JSON"
        }
    }

    // MARK: Shared

    private static func kind(_ name: String, where place: String) throws(RenderingError) -> EventKind {
        guard let kind = EventKind(rawValue: name) else {
            throw .documentInvalid(reason: "\(place): kind \"\(name)\" is not point, state, span, upcoming or vague")
        }
        return kind
    }

    private static func date(_ text: String?, where place: String) throws(RenderingError) -> CalendarDate? {
        guard let text else { return nil }
        guard let date = TimexValueParser.date(text) else {
            throw .documentInvalid(reason: "\(place): published \"\(text)\" is not a date (YYYY-MM-DD)")
        }
        return date
    }

    /// The timeline, once ids are unique and every event cites a known source.
    private static func timeline(title: String, sources: [TimelineSource], events: [Event], order: TimelineOrder) throws(RenderingError) -> Timeline {
        if sources.contains(where: { $0.id.isEmpty }) || events.contains(where: { $0.id.isEmpty }) {
            throw .documentInvalid(reason: "a source or an event has an empty id")
        }
        var sourceIDs: Set<String> = []
        for source in sources where !sourceIDs.insert(source.id).inserted {
            throw .documentInvalid(reason: "two sources have the id \"\(source.id)\"")
        }
        var eventIDs: Set<String> = []
        for event in events {
            guard eventIDs.insert(event.id).inserted else { throw .documentInvalid(reason: "two events have the id \"\(event.id)\"") }
            for source in event.sourceIDs where !sourceIDs.contains(source) {
                throw .documentInvalid(reason: "event \"\(event.id)\" cites source \"\(source)\", which is not among the sources")
            }
        }
        return Timeline(title: title, sources: sources, events: events, order: order)
    }
}
