import DatelineNormalizer
import DatelineTimeline

/// The JSON shape of a timeline: plain values, stable key order, no dates as numbers.
struct TimelineRecord: Codable, Equatable {
    struct Source: Codable, Equatable {
        var id: String
        var title: String?
        var url: String?
        var path: String?
        var published: String?
    }
    struct Expression: Codable, Equatable {
        var text: String
        var type: String
        var value: String
        var mod: String?
        var granularity: String?
        var start: String?
        var end: String?
        var preposition: String?
        var anchor: String
    }
    struct EventRecord: Codable, Equatable {
        var id: String
        var kind: String
        var label: String
        var when: Expression
        var start: String?
        var end: String?
        var headline: String
        var sentence: String
        /// `[start, end)` of the expression in `sentence`, in Unicode scalars.
        var expressionSpan: [Int]
        var source: String
        var facts: [Expression]
    }
    var title: String
    var order: String
    var sources: [Source]
    var events: [EventRecord]

    init(_ timeline: Timeline) {
        title = timeline.title
        order = timeline.order.rawValue
        sources = timeline.sources.map {
            Source(id: $0.id, title: $0.title, url: $0.url, path: $0.path, published: $0.published?.description)
        }
        events = timeline.events.map { event in
            let parts = event.sentenceParts
            let from = parts.before.unicodeScalars.count
            return EventRecord(
                id: event.id, kind: event.kind.rawValue, label: DateLabel.label(for: event), when: Expression(event.when),
                start: event.placement?.start.description, end: event.placement?.end.description,
                headline: event.headline, sentence: event.sentence,
                expressionSpan: [from, from + parts.expression.unicodeScalars.count],
                source: event.sourceID, facts: event.facts.map(Expression.init))
        }
    }
}

extension TimelineRecord.Expression {
    init(_ timex: Timex) {
        self.init(text: timex.text, type: timex.type.rawValue, value: timex.value.description, mod: timex.mod?.rawValue,
                  granularity: timex.granularity?.description, start: timex.interval?.start.description,
                  end: timex.interval?.end.description, preposition: timex.preposition, anchor: timex.anchor.rawValue)
    }
}
