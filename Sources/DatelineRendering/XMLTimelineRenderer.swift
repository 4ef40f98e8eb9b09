import DatelineNormalizer
import DatelineTimeline
import DatelineXML

/// Writes the timeline document: one XML vocabulary holding the title, options, sources and
/// events with their intervals, TIMEX3 values, labels, headlines and marked sentences.
///
/// ```xml
/// <timeline version="1" order="oldest-first">
///   <title>…</title>
///   <sources><source id="ferry-line" published="2025-06-26" url="…">Calder Bay Ferry…</source></sources>
///   <events>
///     <event id="…" kind="point" source="ferry-line" start="2025-06-25" end="2025-06-26">
///       <when type="DATE" value="2025-06-25" granularity="day" anchor="publicationDate">June 25, 2025</when>
///       <headline>…</headline>
///       <sentence>… on <timex>June 25</timex>, company officials said.</sentence>
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
        root.setAttribute("version", "1")
        root.setAttribute("order", timeline.order.rawValue)
        root.appendElement("title", text: timeline.title)
        let sources = root.appendElement("sources")
        for source in timeline.sources {
            let element = sources.appendElement("source", attributes: ["id": source.id])
            if let published = source.published { element.setAttribute("published", published.description) }
            if let url = source.url { element.setAttribute("url", url) }
            if let path = source.path { element.setAttribute("path", path) }
            if let title = source.title { element.appendText(title) }
        }
        let events = root.appendElement("events")
        for event in timeline.events {
            let element = events.appendElement("event", attributes: ["id": event.id, "kind": event.kind.rawValue, "source": event.sourceID])
            if let placement = event.placement {
                element.setAttribute("start", placement.start.description)
                element.setAttribute("end", placement.end.description)
            }
            let when = element.appendElement("when", text: DateLabel.label(for: event))
            Self.describe(event.when, on: when)
            element.appendElement("headline", text: event.headline)
            let sentence = element.appendElement("sentence")
            let parts = event.sentenceParts
            sentence.appendText(parts.before)
            sentence.appendElement("timex", text: parts.expression)
            sentence.appendText(parts.after)
            for fact in event.facts {
                let factElement = element.appendElement("fact", text: fact.text)
                Self.describe(fact, on: factElement)
            }
        }
        return document.xmlString()
    }

    static func describe(_ timex: Timex, on element: MarkupNode) {
        element.setAttribute("type", timex.type.rawValue)
        element.setAttribute("value", timex.value.description)
        if let mod = timex.mod { element.setAttribute("mod", mod.rawValue) }
        if let granularity = timex.granularity { element.setAttribute("granularity", granularity.description) }
        if let interval = timex.interval {
            element.setAttribute("start", interval.start.description)
            element.setAttribute("end", interval.end.description)
        }
        element.setAttribute("anchor", timex.anchor.rawValue)
    }
}
