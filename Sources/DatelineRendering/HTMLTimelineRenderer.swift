import DatelineNormalizer
import DatelineTimeline
import DatelineXML

/// Renders a timeline into an HTML page, or an embeddable fragment, filled from a natural template.
///
/// The template is a real HTML page. Elements marked `data-slot` are filled, elements marked
/// `data-template` are cloned once per item, and `data-field` marks the parts of a clone that
/// take a value. All markers are removed from the output. Everything goes through libxml2's
/// tree API: article text never becomes markup. `Templates/README.md` lists the slots and fields.
///
/// ```swift
/// let page = try HTMLTimelineRenderer(template: pageTemplate).render(timeline)
/// let section = try HTMLTimelineRenderer(template: fragmentTemplate, fragment: true).render(timeline)
/// ```
public struct HTMLTimelineRenderer: Sendable {
    /// The template's bytes.
    public let template: [UInt8]
    /// With `fragment`, only the template's `data-slot="fragment"` element is filled and written
    /// (see `Templates/fragment.html`): no `<html>`, `<head>` or page-wide styles.
    public var fragment: Bool

    public init(template: [UInt8], fragment: Bool = false) {
        self.template = template
        self.fragment = fragment
    }

    /// The page, serialized as UTF-8 HTML5 with `<!DOCTYPE html>`; or the fragment's element alone.
    public func render(_ timeline: Timeline) throws(RenderingError) -> String {
        let document: MarkupDocument
        do { document = try MarkupDocument.html(template) } catch { throw .templateUnreadable(reason: error.description) }
        guard let root = document.root else { throw .templateUnreadable(reason: "it has no root element") }
        // Script and style content is written out raw and run as code: data never goes there.
        try TemplateSafety.check(root)
        var scope = root
        if fragment {
            guard let section = root.firstElement(withAttribute: "data-slot", value: "fragment") else {
                throw .templateMissing(marker: "data-slot=\"fragment\"")
            }
            scope = section
        }
        // Take the prototypes out first, so the markers can be removed from the small template in
        // one pass and clones never carry any.
        guard let yearsList = scope.firstElement(withAttribute: "data-slot", value: "years") else {
            throw .templateMissing(marker: "data-slot=\"years\"")
        }
        guard let yearAnchor = yearsList.firstElement(withAttribute: "data-template", value: "year"),
              let monthPrototype = yearAnchor.firstElement(withAttribute: "data-template", value: "month"),
              let eventPrototype = monthPrototype.firstElement(withAttribute: "data-template", value: "event") else {
            throw .templateMissing(marker: "data-template=\"year\" > data-template=\"month\" > data-template=\"event\"")
        }
        try TemplateSafety.requireItem(yearAnchor, inside: yearsList, item: "data-template=\"year\"", list: "data-slot=\"years\"")
        let eventPart = TemplatePart(copying: eventPrototype)
        eventPrototype.remove()
        let monthPart = TemplatePart(copying: monthPrototype)
        monthPrototype.remove()
        let yearPart = TemplatePart(copying: yearAnchor)
        let sourcesList = scope.firstElement(withAttribute: "data-slot", value: "sources")
        let sourceAnchor = sourcesList?.firstElement(withAttribute: "data-template", value: "source")
        if sourcesList != nil, sourceAnchor == nil { throw .templateMissing(marker: "data-template=\"source\"") }
        if let sourcesList, let sourceAnchor {
            try TemplateSafety.requireItem(sourceAnchor, inside: sourcesList, item: "data-template=\"source\"", list: "data-slot=\"sources\"")
        }
        // The source item is removed once the sources are filled: the years list and its year item must not go with it.
        if let sourceAnchor, yearsList.isInside(sourceAnchor) {
            throw .templateUnreadable(reason: "the data-slot=\"years\" list is inside the data-template=\"source\" item; put it outside the sources list")
        }
        if let sourceAnchor, yearAnchor.isInside(sourceAnchor) {
            throw .templateUnreadable(reason: "the data-template=\"year\" item is inside the data-template=\"source\" item; put the years list outside the sources list")
        }
        let sourcePart = sourceAnchor.map { TemplatePart(copying: $0) }
        // Only slots outside the prototypes (those inside were just freed, or go with their anchor),
        // and never one that holds an anchor: emptying it would free the lists being filled.
        let anchors = [yearAnchor, sourceAnchor].compactMap { $0 }
        var holders: Set<MarkupNode> = []
        for anchor in anchors {
            var node: MarkupNode? = anchor
            while let current = node { holders.insert(current); node = current.parent }
        }
        func insideAnAnchor(_ slot: MarkupNode) -> Bool {
            var node = slot.parent
            while let current = node { if anchors.contains(current) { return true }; node = current.parent }
            return false
        }
        let candidates = scope.elements(withAttribute: "data-slot").filter { !holders.contains($0) && !insideAnAnchor($0) }
        // Filling a slot replaces its content, so a slot inside another one is left alone.
        let slots = candidates.filter { slot in !candidates.contains { $0 != slot && slot.isInside($0) } }
        let titles = slots.filter { $0.attribute("data-slot") == "title" }
        let summary = slots.first { $0.attribute("data-slot") == "summary" }, axis = slots.first { $0.attribute("data-slot") == "axis" }
        let marked = (try? scope.select("descendant-or-self::*[@data-slot or @data-template or @data-field]")) ?? []
        for element in marked {
            for marker in ["data-slot", "data-template", "data-field"] { element.removeAttribute(marker) }
        }

        let title = MarkupText.clean(timeline.title)
        for slot in titles {
            slot.removeChildren()
            slot.appendText(title)
            if slot.name != "title" { slot.setAttribute("dir", "auto") }
        }
        if let summary {
            summary.removeChildren()
            summary.appendText(Self.summary(timeline))
        }
        if let sourcePart, let sourceAnchor, let sourcesList {
            fillSources(sourcesList, before: sourceAnchor, sourcePart, timeline)
            sourceAnchor.remove()
        }
        if let axis {
            axis.removeChildren()
            TimeAxis(timeline: timeline).build(into: axis)
        }
        fillYears(yearsList, before: yearAnchor, years: yearPart, months: monthPart, events: eventPart, timeline)
        yearAnchor.remove()
        return fragment ? document.htmlString(of: scope) + "\n" : document.htmlString()
    }

    static func summary(_ timeline: Timeline) -> String {
        let events = timeline.events.count
        let sources = timeline.sources.count
        return "\(events) \(events == 1 ? "event" : "events") from \(sources) \(sources == 1 ? "article" : "articles")"
    }

    private func fillSources(_ list: MarkupNode, before anchor: MarkupNode, _ part: TemplatePart, _ timeline: Timeline) {
        for source in timeline.sources {
            let (item, fields) = part.clone()
            if let link = fields["field:source-title"] {
                link.removeChildren()
                link.appendText(MarkupText.clean(source.title ?? source.id))
                link.setAttribute("dir", "auto")
                LinkPolicy.link(link, to: source.url)
            }
            if let time = fields["field:source-published"] {
                time.removeChildren()
                if let date = source.published {
                    time.setAttribute("datetime", date.description)
                    time.appendText(DateLabel.day(date))
                } else {
                    time.removeAttribute("datetime")
                    time.appendText("date unknown")
                }
            }
            // The anchor may sit deeper than a direct child of the list.
            (anchor.parent ?? list).insert(item, before: anchor)
        }
    }

    private func fillYears(_ yearsList: MarkupNode, before anchor: MarkupNode, years: TemplatePart, months: TemplatePart,
                           events: TemplatePart, _ timeline: Timeline) {
        let sourceTitles = Dictionary(timeline.sources.map { ($0.id, MarkupText.clean($0.title ?? $0.id)) }, uniquingKeysWith: { a, _ in a })
        // The kind class follows the item's first class: "event" gives "event-upcoming".
        let classes = events.prototype.attribute("class")
        let base = classes?.split(separator: " ").first.map(String.init) ?? "event"
        let kindClasses = Dictionary(uniqueKeysWithValues: EventKind.allCases.map { ($0, (classes.map { $0 + " " } ?? "") + "\(base)-\($0.rawValue)") })
        for group in TimelineGroups(timeline).years {
            let (year, yearParts) = years.clone()
            if let label = yearParts["field:year-label"] {
                label.removeChildren()
                label.appendText(group.label)
            }
            let monthsSlot = yearParts["slot:months"] ?? year
            for monthGroup in group.months {
                let (month, monthParts) = months.clone()
                if let label = monthParts["field:month-label"] {
                    if let heading = monthGroup.heading {
                        label.removeChildren()
                        label.appendText(heading)
                    } else {
                        label.remove()
                    }
                }
                let eventsSlot = monthParts["slot:events"] ?? month
                for event in monthGroup.events {
                    let (item, fields) = events.clone()
                    item.setAttribute("class", kindClasses[event.kind] ?? base)
                    fillEvent(item, fields, event, sourceTitles: event.sourceIDs.map { sourceTitles[$0] ?? MarkupText.clean($0) })
                    eventsSlot.append(item)
                }
                monthsSlot.append(month)
            }
            (anchor.parent ?? yearsList).insert(year, before: anchor)
        }
    }

    private func fillEvent(_ item: MarkupNode, _ fields: [String: MarkupNode], _ event: Event, sourceTitles: [String]) {
        item.setAttribute("id", HTMLIdentifier.make(MarkupText.clean(event.id)))
        // The label's pieces: one, or both ends of a span ("April 2025 to June 2025").
        var pieces: [HTMLDateTime.Bound]
        if let until = event.until {
            var start = event
            start.until = nil
            pieces = [HTMLDateTime.Bound(datetime: HTMLDateTime.exact(event.when), text: MarkupText.clean(DateLabel.label(for: start))),
                      HTMLDateTime.Bound(datetime: HTMLDateTime.exact(until), text: MarkupText.clean(DateLabel.label(for: until.value)))]
        } else {
            pieces = [HTMLDateTime.Bound(datetime: HTMLDateTime.exact(event.when), text: MarkupText.clean(DateLabel.label(for: event)))]
        }
        let exact = pieces.allSatisfy { $0.datetime != nil } && !event.hasDateConflict
        if !exact { pieces = [HTMLDateTime.Bound(datetime: nil, text: MarkupText.clean(DateLabel.label(for: event)))] }
        if let date = fields["field:date"] {
            fillDate(date, pieces)
        }
        if let interval = fields["field:interval"] {
            if !exact, !event.hasDateConflict, !event.when.isVague, event.kind != .vague, let span = event.placement, let bounds = HTMLDateTime.bounds(span) {
                interval.removeChildren()
                interval.appendText("(")
                Self.append(bounds.first, to: interval)
                if bounds.last != bounds.first {
                    interval.appendText(" to ")
                    Self.append(bounds.last, to: interval)
                }
                interval.appendText(")")
            } else {
                interval.remove()
            }
        }
        if let kind = fields["field:kind"] {
            if event.kind == .point {
                kind.remove()
            } else {
                kind.removeChildren()
                kind.appendText(Self.kindLabel(event.kind))
            }
        }
        if let headline = fields["field:headline"] {
            headline.removeChildren()
            headline.appendText(MarkupText.clean(event.headline))
            headline.setAttribute("dir", "auto")
        }
        if let sentence = fields["field:sentence"] {
            sentence.removeChildren()
            let parts = event.sentenceParts
            sentence.appendText(MarkupText.clean(parts.before))
            sentence.appendElement("mark", text: MarkupText.clean(parts.expression))
            sentence.appendText(MarkupText.clean(parts.after))
            sentence.setAttribute("dir", "auto")
        }
        if let source = fields["field:source"] {
            source.removeChildren()
            source.appendText(sourceTitles.count == 1 ? "Source: " : "Sources: ")
            for (index, title) in sourceTitles.enumerated() {
                if index > 0 { source.appendText("; ") }
                source.appendElement("cite", attributes: ["dir": "auto"], text: title)
            }
        }
    }

    /// The label: a `<time datetime>` for each piece that names an HTML-expressible period exactly,
    /// else plain text. A `<time>` in the template holding anything but one exact piece becomes a
    /// `<span>` with the same attributes.
    private func fillDate(_ date: MarkupNode, _ pieces: [HTMLDateTime.Bound]) {
        if date.name == "time", pieces.count == 1, let datetime = pieces[0].datetime {
            date.removeChildren()
            date.appendText(pieces[0].text)
            date.setAttribute("datetime", datetime)
            return
        }
        var container = date
        if date.name == "time" {
            container = date.document.makeElement("span")
            for name in date.attributeNames where name != "datetime" {
                if let value = date.attribute(name) { container.setAttribute(name, value) }
            }
            date.replace(with: container)
        } else {
            date.removeChildren()
        }
        for (index, piece) in pieces.enumerated() {
            if index > 0 { container.appendText(" to ") }
            Self.append(piece, to: container)
        }
    }

    private static func append(_ bound: HTMLDateTime.Bound, to element: MarkupNode) {
        if let datetime = bound.datetime {
            element.appendElement("time", attributes: ["datetime": datetime], text: bound.text)
        } else {
            element.appendText(bound.text)
        }
    }

    /// The words that mark an event's kind in text: no kind is told by colour or style alone.
    static func kindLabel(_ kind: EventKind) -> String {
        switch kind {
        case .point: "point"
        case .state: "ongoing"
        case .span: "span"
        case .upcoming: "upcoming"
        case .vague: "approximate"
        }
    }
}
