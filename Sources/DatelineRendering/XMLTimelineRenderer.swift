import DatelineNormalizer
import DatelineTimeline
import DatelineXML

/// Writes the timeline document, version 1: the title, generation options, sources and events
/// with their intervals, TIMEX3 values, labels, headlines, marked sentences, citations and facts.
/// `TimelineDocumentReader` reads it back; `Templates/timeline.rng` is its schema and
/// `Templates/README.md` describes it.
///
/// ```xml
/// <timeline version="1">
///   <title>Timeline: Calder Bay Ferry…</title>
///   <options order="oldest-first"/>
///   <sources>
///     <source id="ferry-line" published="2025-06-26" url="https://…">Calder Bay Ferry…</source>
///   </sources>
///   <events>
///     <event id="ferry-line-2a6b0c9d1e" kind="point" start="2025-06-25" end="2025-06-26">
///       <when type="DATE" value="2025-06-25" granularity="day" start="2025-06-25" end="2025-06-26"
///             anchor="publicationDate" tense="past" preposition="on" offset="131" length="7">June 25, 2025</when>
///       <headline>The company suspended all night crossings</headline>
///       <sentence offset="48" length="120" index="1">… on <timex>June 25</timex>, officials said.</sentence>
///       <cite source="ferry-line" published="2025-06-26"/>
///       <citation source="coast-guard" event="coast-guard-5c1d…" start="2025-06-25" end="2025-06-26">
///         <when type="DATE" value="2025-06-25" … offset="210" length="9">Wednesday</when>
///         <sentence>The ferry lost power on Wednesday, the coast guard said.</sentence>
///       </citation>
///     </event>
///   </events>
/// </timeline>
/// ```
public struct XMLTimelineRenderer: Sendable {
    public init() {}

    public func render(_ timeline: Timeline) -> String {
        let document = MarkupDocument.newXML()
        let root = document.makeElement("timeline")
        document.setRoot(root)
        root.setAttribute("version", String(TimelineSchema.version))
        root.appendElement("title", text: MarkupText.clean(timeline.title))
        root.appendElement("options", attributes: ["order": timeline.order.rawValue])
        let sources = root.appendElement("sources")
        for source in timeline.sources {
            let element = sources.appendElement("source", attributes: ["id": MarkupText.clean(source.id)])
            if let published = source.published { element.setAttribute("published", published.description) }
            if let url = source.url { element.setAttribute("url", MarkupText.clean(url)) }
            if let path = source.path { element.setAttribute("path", MarkupText.clean(path)) }
            if let title = source.title { element.appendText(MarkupText.clean(title)) }
        }
        let events = root.appendElement("events")
        for event in timeline.events {
            let element = events.appendElement("event", attributes: ["id": MarkupText.clean(event.id), "kind": event.kind.rawValue])
            if let placement = event.placement {
                element.setAttribute("start", placement.start.description)
                element.setAttribute("end", placement.end.description)
            }
            let when = element.appendElement("when")
            Self.describe(event.when, on: when)
            when.appendText(MarkupText.clean(DateLabel.label(for: event)))
            if let until = event.until { Self.append("until", until, to: element) }
            element.appendElement("headline", text: MarkupText.clean(event.headline))
            let sentence = element.appendElement("sentence", attributes: [
                "offset": String(event.sentenceRange.lowerBound), "length": String(event.sentenceRange.count),
                "index": String(event.sentenceIndex),
            ])
            let parts = event.sentenceParts
            sentence.appendText(MarkupText.clean(parts.before))
            sentence.appendElement("timex", text: MarkupText.clean(parts.expression))
            sentence.appendText(MarkupText.clean(parts.after))
            let cite = element.appendElement("cite", attributes: ["source": MarkupText.clean(event.sourceID)])
            if let published = event.published { cite.setAttribute("published", published.description) }
            for citation in event.citations {
                let other = element.appendElement("citation", attributes: [
                    "source": MarkupText.clean(citation.sourceID), "event": MarkupText.clean(citation.eventID),
                ])
                if let placement = citation.placement {
                    other.setAttribute("start", placement.start.description)
                    other.setAttribute("end", placement.end.description)
                }
                Self.append("when", citation.when, to: other)
                other.appendElement("sentence", text: MarkupText.clean(citation.sentence))
            }
            for fact in event.facts { Self.append("fact", fact, to: element) }
        }
        return document.xmlString()
    }

    /// An element holding `timex`: its attributes, and the expression as written.
    static func append(_ name: String, _ timex: Timex, to parent: MarkupNode) {
        let element = parent.appendElement(name)
        describe(timex, on: element)
        element.appendText(MarkupText.clean(timex.text))
    }

    /// The TIMEX3 attributes of `timex`, in a fixed order.
    static func describe(_ timex: Timex, on element: MarkupNode) {
        element.setAttribute("type", timex.type.rawValue)
        element.setAttribute("value", MarkupText.clean(timex.value.description))
        if let mod = timex.mod { element.setAttribute("mod", mod.rawValue) }
        if let quant = timex.quant { element.setAttribute("quant", MarkupText.clean(quant)) }
        if let freq = timex.freq { element.setAttribute("freq", MarkupText.clean(freq)) }
        if let granularity = timex.granularity { element.setAttribute("granularity", granularity.description) }
        if let interval = timex.interval {
            element.setAttribute("start", interval.start.description)
            element.setAttribute("end", interval.end.description)
        }
        element.setAttribute("anchor", timex.anchor.rawValue)
        element.setAttribute("tense", TenseName.name(timex.tense))
        if let preposition = timex.preposition { element.setAttribute("preposition", MarkupText.clean(preposition)) }
        if timex.isVague { element.setAttribute("vague", "true") }
        if timex.endsRange { element.setAttribute("endsRange", "true") }
        if !timex.alternatives.isEmpty {
            element.setAttribute("alternatives", MarkupText.clean(timex.alternatives.map(\.description).joined(separator: " ")))
        }
        element.setAttribute("offset", String(timex.range.lowerBound))
        element.setAttribute("length", String(timex.range.count))
    }
}
