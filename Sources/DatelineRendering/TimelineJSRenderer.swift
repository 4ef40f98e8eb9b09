import DatelineNormalizer
import DatelineTimeline
import DatelineXML
import Foundation

/// Exports a timeline in Knight Lab TimelineJS's JSON format, so it drops into that tool.
///
/// Each event gets `start_date` (and `end_date` for intervals longer than a day) with `year`,
/// `month` and `day` only as far as the value's granularity knows them, `text.headline`,
/// `text.text` (the sentence with its time expression in `<mark>`), `display_date` (the label),
/// `unique_id` and `group` (the source). TimelineJS sets `text`, `display_date` and `group` as
/// inner HTML, so all of them are built and escaped through libxml2, never by pasting strings.
public struct TimelineJSRenderer: Sendable {
    public init() {}

    public func render(_ timeline: Timeline) -> String {
        let titles = Dictionary(timeline.sources.map { ($0.id, MarkupText.clean($0.title ?? $0.id)) }, uniquingKeysWith: { a, _ in a })
        let events: [Entry] = timeline.events.compactMap { event in
            guard let placement = event.placement else { return nil }
            let grain = event.when.granularity ?? .day
            let start = Self.date(placement.start.date, grain: grain)
            let lastDay = placement.end.adding(minutes: -1).date
            // An end only where it says more than the start: spans, and seasons, quarters and other stretches.
            let stretches: Set<Granularity> = [.week, .weekend, .season, .quarter, .half, .decade, .century]
            let end = event.kind == .span || stretches.contains(grain) ? Self.date(lastDay, grain: event.kind == .span ? .day : grain) : nil
            let parts = event.sentenceParts
            return Entry(
                start_date: start, end_date: end,
                text: Text(headline: Self.html { $0.appendText(MarkupText.clean(event.headline)) },
                           text: Self.html { paragraph in
                               paragraph.appendText(MarkupText.clean(parts.before))
                               paragraph.appendElement("mark", text: MarkupText.clean(parts.expression))
                               paragraph.appendText(MarkupText.clean(parts.after))
                           }),
                display_date: Self.html { $0.appendText(DateLabel.label(for: event)) }, unique_id: event.id,
                group: Self.html { $0.appendText(titles[event.sourceID] ?? MarkupText.clean(event.sourceID)) })
        }
        let document = Document(title: Title(text: Text(headline: Self.html { $0.appendText(MarkupText.clean(timeline.title)) },
                                                         text: Self.html { $0.appendText(HTMLTimelineRenderer.summary(timeline)) })),
                                events: events)
        return EmbeddableJSON.encode(document)
    }

    /// TimelineJS date fields down to the granularity known: a month value has no day.
    static func date(_ date: CalendarDate, grain: Granularity) -> DateParts {
        let knowsMonth = grain < .year
        let knowsDay = grain <= .day
        return DateParts(year: date.year, month: knowsMonth ? date.month : nil, day: knowsDay ? date.day : nil)
    }

    /// The inner HTML of a paragraph built with libxml2.
    static func html(_ fill: (MarkupNode) -> Void) -> String {
        let document = MarkupDocument.newHTML5()
        let paragraph = document.makeElement("p")
        document.setRoot(paragraph)
        fill(paragraph)
        let markup = document.htmlString(of: paragraph, formatted: false)
        // Strip the paragraph's own tags: TimelineJS wraps the text itself.
        guard markup.hasPrefix("<p>"), markup.hasSuffix("</p>") else { return markup }
        return String(markup.dropFirst(3).dropLast(4))
    }

    struct Document: Encodable {
        var title: Title
        var events: [Entry]
    }
    struct Title: Encodable { var text: Text }
    struct Text: Encodable {
        var headline: String
        var text: String
    }
    struct DateParts: Encodable {
        var year: Int
        var month: Int?
        var day: Int?
    }
    struct Entry: Encodable {
        var start_date: DateParts
        var end_date: DateParts?
        var text: Text
        var display_date: String
        var unique_id: String
        var group: String
    }
}
