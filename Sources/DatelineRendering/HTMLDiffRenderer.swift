import DatelineNormalizer
import DatelineTimeline
import DatelineXML

/// Renders a timeline diff as a side-by-side HTML page, or an embeddable fragment, filled from a
/// natural template (`Templates/diff.html`, `Templates/diff-fragment.html`) through libxml2.
///
/// A on the left, B on the right, one table row per matched pair or lone event, oldest first.
/// Slots: `title`, `summary`, `identical` (kept only when the timelines are the same), `a-title`,
/// `b-title`, `a-sources` and `b-sources` (each holding a `data-template="source"` item with the
/// fields `source-title` and `source-published`), and `rows` with a `data-template="row"` whose
/// fields are `change`, `marker`, `score`, and per side the cell `a`/`b` with `a-date`,
/// `a-headline`, `a-sentence`, `a-source` (and the same for `b`). Each row's class is its first
/// class plus `-same`, `-refined`, `-conflict`, `-only-a` or `-only-b`, and its `change` cell
/// says the class in words, so nothing is told by colour alone. A side with no event gets "Not
/// in A" (or B) and its cell's first class plus `-absent`. Article text is always set as text.
///
/// ```swift
/// let page = try HTMLDiffRenderer(template: diffTemplate).render(TimelineDiff(a, b))
/// ```
public struct HTMLDiffRenderer: Sendable {
    public let template: [UInt8]
    /// Write only the template's `data-slot="fragment"` element.
    public var fragment: Bool

    public init(template: [UInt8], fragment: Bool = false) {
        self.template = template
        self.fragment = fragment
    }

    public func render(_ diff: TimelineDiff) throws(RenderingError) -> String {
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
        guard let rowsSlot = scope.firstElement(withAttribute: "data-slot", value: "rows") else {
            throw .templateMissing(marker: "data-slot=\"rows\"")
        }
        guard let rowAnchor = rowsSlot.firstElement(withAttribute: "data-template", value: "row") else {
            throw .templateMissing(marker: "data-template=\"row\"")
        }
        try TemplateSafety.requireItem(rowAnchor, inside: rowsSlot, item: "data-template=\"row\"", list: "data-slot=\"rows\"")
        // The side cells hold the side's date, headline, sentence and source; a cell is emptied
        // (for "Not in A") only when it has no event, so none of those is filled then.
        let rowPart = TemplatePart(copying: rowAnchor, containers: ["a", "b"])
        var sourceLists: [(list: MarkupNode, anchor: MarkupNode, part: TemplatePart, timeline: Timeline)] = []
        for (name, timeline) in [("a-sources", diff.a), ("b-sources", diff.b)] {
            guard let list = scope.firstElement(withAttribute: "data-slot", value: name) else { continue }
            guard let anchor = list.firstElement(withAttribute: "data-template", value: "source") else {
                throw .templateMissing(marker: "data-template=\"source\" inside data-slot=\"\(name)\"")
            }
            try TemplateSafety.requireItem(anchor, inside: list, item: "data-template=\"source\"", list: "data-slot=\"\(name)\"")
            sourceLists.append((list, anchor, TemplatePart(copying: anchor), timeline))
        }
        let allSlots = scope.elements(withAttribute: "data-slot")
        func slots(_ name: String) -> [MarkupNode] { allSlots.filter { $0.attribute("data-slot") == name } }
        let titles = slots("title"), summaries = slots("summary"), identical = slots("identical")
        let sideTitles = [(slots("a-title"), diff.a), (slots("b-title"), diff.b)]
        let marked = (try? scope.select("descendant-or-self::*[@data-slot or @data-template or @data-field]")) ?? []
        for element in marked {
            for marker in ["data-slot", "data-template", "data-field"] { element.removeAttribute(marker) }
        }

        let title = MarkupText.clean(DiffRenderer.title(diff))
        for slot in titles {
            slot.removeChildren()
            slot.appendText(title)
            if slot.name != "title" { slot.setAttribute("dir", "auto") }
        }
        for slot in summaries {
            slot.removeChildren()
            slot.appendText(diff.summary.description)
        }
        if !diff.isIdentical { for slot in identical { slot.remove() } }
        for (elements, timeline) in sideTitles {
            for slot in elements {
                slot.removeChildren()
                slot.appendText(MarkupText.clean(DiffRenderer.sideTitle(timeline)))
                slot.setAttribute("dir", "auto")
            }
        }
        for entry in sourceLists {
            fillSources(entry.list, before: entry.anchor, entry.part, entry.timeline)
            entry.anchor.remove()
        }
        let titlesA = Self.sourceTitles(diff.a), titlesB = Self.sourceTitles(diff.b)
        let classes = rowPart.prototype.attribute("class")
        let base = classes?.split(separator: " ").first.map(String.init) ?? "row"
        for row in diff.rows {
            let (item, fields) = rowPart.clone()
            item.setAttribute("class", (classes.map { $0 + " " } ?? "") + "\(base)-\(Self.className(row.diffClass))")
            if let marker = fields["field:marker"] {
                marker.removeChildren()
                marker.appendText(row.diffClass.marker)
                marker.setAttribute("aria-hidden", "true")
            }
            if let change = fields["field:change"] {
                change.removeChildren()
                change.appendText(row.diffClass.label)
            }
            if let score = fields["field:score"] {
                if let value = row.score?.score {
                    score.removeChildren()
                    score.appendText("score " + Self.decimal(value))
                } else {
                    score.remove()
                }
            }
            fillSide("a", row.a, fields, titles: titlesA, absent: "Not in A")
            fillSide("b", row.b, fields, titles: titlesB, absent: "Not in B")
            // The anchor may sit deeper than a direct child of the slot.
            (rowAnchor.parent ?? rowsSlot).insert(item, before: rowAnchor)
        }
        rowAnchor.remove()
        return fragment ? document.htmlString(of: scope) + "\n" : document.htmlString()
    }

    /// The class suffix of a row: `same`, `refined`, `conflict`, `only-a`, `only-b`.
    static func className(_ diffClass: DiffClass) -> String {
        switch diffClass {
        case .same: "same"
        case .refined: "refined"
        case .dateConflict: "conflict"
        case .onlyInA: "only-a"
        case .onlyInB: "only-b"
        }
    }

    /// Two decimals: "0.53".
    static func decimal(_ value: Double) -> String {
        let hundredths = Int((value * 100).rounded())
        let sign = hundredths < 0 ? "-" : ""
        let magnitude = abs(hundredths)
        let fraction = magnitude % 100
        return "\(sign)\(magnitude / 100).\(fraction < 10 ? "0" : "")\(fraction)"
    }

    static func sourceTitles(_ timeline: Timeline) -> [String: String] {
        Dictionary(timeline.sources.map { ($0.id, MarkupText.clean($0.title ?? $0.id)) }, uniquingKeysWith: { a, _ in a })
    }

    private func fillSide(_ side: String, _ event: Event?, _ fields: [String: MarkupNode], titles: [String: String], absent: String) {
        guard let event else {
            if let cell = fields["field:\(side)"] {
                cell.removeChildren()
                cell.appendText(absent)
                let first = cell.attribute("class")?.split(separator: " ").first.map(String.init) ?? "side"
                cell.setAttribute("class", (cell.attribute("class").map { $0 + " " } ?? "") + first + "-absent")
            } else {
                for name in ["date", "headline", "sentence", "source"] { fields["field:\(side)-\(name)"]?.remove() }
            }
            return
        }
        if let date = fields["field:\(side)-date"] { Self.fillDate(date, event) }
        if let headline = fields["field:\(side)-headline"] {
            headline.removeChildren()
            headline.appendText(MarkupText.clean(event.headline))
            headline.setAttribute("dir", "auto")
        }
        if let sentence = fields["field:\(side)-sentence"] {
            sentence.removeChildren()
            let parts = event.sentenceParts
            sentence.appendText(MarkupText.clean(parts.before))
            sentence.appendElement("mark", text: MarkupText.clean(parts.expression))
            sentence.appendText(MarkupText.clean(parts.after))
            sentence.setAttribute("dir", "auto")
        }
        if let source = fields["field:\(side)-source"] {
            source.removeChildren()
            let names = event.sourceIDs.map { titles[$0] ?? MarkupText.clean($0) }
            source.appendText(names.count == 1 ? "Source: " : "Sources: ")
            for (index, name) in names.enumerated() {
                if index > 0 { source.appendText("; ") }
                source.appendElement("cite", attributes: ["dir": "auto"], text: name)
            }
        }
    }

    /// The date label: a `<time datetime>` when the label names an HTML period exactly (see
    /// `HTMLDateTime`), else text. A `<time>` field that cannot hold it becomes a `<span>`.
    static func fillDate(_ element: MarkupNode, _ event: Event) {
        let label = MarkupText.clean(DateLabel.label(for: event))
        let exact = event.until == nil && !event.hasDateConflict ? HTMLDateTime.exact(event.when) : nil
        if element.name == "time" {
            if let exact {
                element.removeChildren()
                element.appendText(label)
                element.setAttribute("datetime", exact)
                return
            }
            let span = element.document.makeElement("span")
            for name in element.attributeNames where name != "datetime" {
                if let value = element.attribute(name) { span.setAttribute(name, value) }
            }
            span.appendText(label)
            element.replace(with: span)
            return
        }
        element.removeChildren()
        if let exact {
            element.appendElement("time", attributes: ["datetime": exact], text: label)
        } else {
            element.appendText(label)
        }
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
            (anchor.parent ?? list).insert(item, before: anchor)
        }
    }
}
