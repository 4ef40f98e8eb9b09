import DatelineNormalizer
import DatelineTimeline
import DatelineXML

/// Renders a timeline into an HTML page (or fragment) filled from a natural template.
///
/// The template is a real HTML page. Elements marked `data-slot` are filled, elements marked
/// `data-template` are cloned once per item, and `data-field` marks the parts of a clone that
/// take a value. All markers are removed from the output. Everything goes through libxml2's
/// tree API: article text never becomes markup.
public struct HTMLTimelineRenderer: Sendable {
    /// The template's bytes.
    public let template: [UInt8]

    public init(template: [UInt8]) { self.template = template }

    /// The page, serialized as UTF-8 HTML5 with `<!DOCTYPE html>`.
    public func render(_ timeline: Timeline) throws(RenderingError) -> String {
        let document: MarkupDocument
        do { document = try MarkupDocument.html(template) } catch { throw .templateUnreadable(reason: error.description) }
        guard let root = document.root else { throw .templateUnreadable(reason: "it has no root element") }
        try fill(root, with: timeline)
        for marker in ["data-slot", "data-template", "data-field"] {
            for element in root.elements(withAttribute: marker) { element.removeAttribute(marker) }
        }
        return document.htmlString()
    }

    private func fill(_ root: MarkupNode, with timeline: Timeline) throws(RenderingError) {
        for title in root.elements(withAttribute: "data-slot").filter({ $0.attribute("data-slot") == "title" }) {
            title.removeChildren()
            title.appendText(timeline.title)
        }
        if let summary = root.firstElement(withAttribute: "data-slot", value: "summary") {
            summary.removeChildren()
            summary.appendText(Self.summary(timeline))
        }
        if let sources = root.firstElement(withAttribute: "data-slot", value: "sources") {
            try fillSources(sources, timeline)
        }
        if let axis = root.firstElement(withAttribute: "data-slot", value: "axis") {
            axis.removeChildren()
            TimeAxis(timeline: timeline).build(into: axis)
        }
        guard let years = root.firstElement(withAttribute: "data-slot", value: "years") else {
            throw .templateMissing(marker: "data-slot=\"years\"")
        }
        try fillYears(years, timeline)
    }

    static func summary(_ timeline: Timeline) -> String {
        let events = timeline.events.count
        let sources = timeline.sources.count
        return "\(events) \(events == 1 ? "event" : "events") from \(sources) \(sources == 1 ? "article" : "articles")"
    }

    private func fillSources(_ list: MarkupNode, _ timeline: Timeline) throws(RenderingError) {
        guard let prototype = list.firstElement(withAttribute: "data-template", value: "source") else {
            throw .templateMissing(marker: "data-template=\"source\"")
        }
        for source in timeline.sources {
            let item = prototype.deepCopy()
            if let link = item.firstElement(withAttribute: "data-field", value: "source-title") {
                link.removeChildren()
                link.appendText(source.title ?? source.id)
                if let url = source.url { link.setAttribute("href", url) } else { link.removeAttribute("href") }
            }
            if let time = item.firstElement(withAttribute: "data-field", value: "source-published") {
                time.removeChildren()
                if let date = source.published {
                    time.setAttribute("datetime", date.description)
                    time.appendText(DateLabel.day(date))
                } else {
                    time.removeAttribute("datetime")
                    time.appendText("date unknown")
                }
            }
            list.insert(item, before: prototype)
        }
        prototype.remove()
    }

    private func fillYears(_ yearsList: MarkupNode, _ timeline: Timeline) throws(RenderingError) {
        guard let yearPrototype = yearsList.firstElement(withAttribute: "data-template", value: "year"),
              let monthPrototype = yearPrototype.firstElement(withAttribute: "data-template", value: "month"),
              let eventPrototype = monthPrototype.firstElement(withAttribute: "data-template", value: "event") else {
            throw .templateMissing(marker: "data-template=\"year\" > data-template=\"month\" > data-template=\"event\"")
        }
        let sourceTitles = Dictionary(timeline.sources.map { ($0.id, $0.title ?? $0.id) }, uniquingKeysWith: { a, _ in a })
        // Detach the prototypes from each other so clones start empty.
        let eventTemplate = eventPrototype.deepCopy()
        eventPrototype.remove()
        let monthTemplate = monthPrototype.deepCopy()
        monthPrototype.remove()
        for group in TimelineGroups(timeline).years {
            let year = yearPrototype.deepCopy()
            if let label = year.firstElement(withAttribute: "data-field", value: "year-label") {
                label.removeChildren()
                label.appendText(group.label)
            }
            let monthsSlot = year.firstElement(withAttribute: "data-slot", value: "months") ?? year
            for monthGroup in group.months {
                let month = monthTemplate.deepCopy()
                if let label = month.firstElement(withAttribute: "data-field", value: "month-label") {
                    if let number = monthGroup.month {
                        label.removeChildren()
                        label.appendText(DateLabel.monthName(number))
                    } else {
                        label.remove()
                    }
                }
                let eventsSlot = month.firstElement(withAttribute: "data-slot", value: "events") ?? month
                for event in monthGroup.events {
                    let item = eventTemplate.deepCopy()
                    fillEvent(item, event, sourceTitle: sourceTitles[event.sourceID] ?? event.sourceID)
                    eventsSlot.append(item)
                }
                monthsSlot.append(month)
            }
            yearsList.insert(year, before: yearPrototype)
        }
        yearPrototype.remove()
    }

    private func fillEvent(_ item: MarkupNode, _ event: Event, sourceTitle: String) {
        item.setAttribute("id", event.id)
        let existing = item.attribute("class").map { $0 + " " } ?? ""
        item.setAttribute("class", existing + "event-\(event.kind.rawValue)")
        if let date = item.firstElement(withAttribute: "data-field", value: "date") {
            date.removeChildren()
            date.appendText(DateLabel.label(for: event))
            if let datetime = Self.datetime(event) { date.setAttribute("datetime", datetime) } else { date.removeAttribute("datetime") }
            date.setAttribute("title", "TIMEX3 \(event.when.value)\(event.when.mod.map { " (\($0.rawValue))" } ?? "")")
        }
        if let kind = item.firstElement(withAttribute: "data-field", value: "kind") {
            if event.kind == .point {
                kind.remove()
            } else {
                kind.removeChildren()
                kind.appendText(Self.kindLabel(event.kind))
            }
        }
        if let headline = item.firstElement(withAttribute: "data-field", value: "headline") {
            headline.removeChildren()
            headline.appendText(event.headline)
        }
        if let sentence = item.firstElement(withAttribute: "data-field", value: "sentence") {
            sentence.removeChildren()
            let parts = event.sentenceParts
            sentence.appendText(parts.before)
            sentence.appendElement("mark", text: parts.expression)
            sentence.appendText(parts.after)
        }
        if let source = item.firstElement(withAttribute: "data-field", value: "source") {
            source.removeChildren()
            source.appendText("Source: \(sourceTitle)")
        }
    }

    static func kindLabel(_ kind: EventKind) -> String {
        switch kind {
        case .point: "point"
        case .state: "ongoing"
        case .span: "span"
        case .upcoming: "upcoming"
        case .vague: "approximate"
        }
    }

    /// The `datetime` of an event's `<time>`: the TIMEX3 value where HTML accepts it, else the interval's days.
    static func datetime(_ event: Event) -> String? {
        switch event.when.value {
        case .day(let date): return date.description
        case .month, .year, .week: return event.when.mod == nil && event.when.interval == event.when.value.interval ? event.when.value.description : nil
        case .time(let date, let h, let m): return "\(date)T\(h < 10 ? "0" : "")\(h):\(m < 10 ? "0" : "")\(m)"
        case .reference(.present): return event.published?.description
        case .reference, .duration, .underspecified: return nil
        default: break
        }
        guard let placement = event.placement else { return nil }
        let start = placement.start.date
        return start.description
    }
}
