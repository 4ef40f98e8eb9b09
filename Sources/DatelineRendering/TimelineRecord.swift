import DatelineNormalizer
import DatelineTimeline

/// The JSON form of a timeline, version 1: plain values, stable key order, dates as ISO text.
/// It carries what the timeline document carries (see `Templates/README.md`), so
/// `TimelineDocumentReader` reads it back into the same `Timeline`.
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
        var quant: String?
        var freq: String?
        var granularity: String?
        var start: String?
        var end: String?
        var preposition: String?
        var anchor: String
        var tense: String?
        /// Present only when true.
        var vague: Bool?
        var endsRange: Bool?
        /// Other values the text allows, best first; present only when there are some.
        var alternatives: [String]?
        /// UTF-8 byte offset and length of the expression in its article.
        var offset: Int?
        var length: Int?
    }
    struct EventRecord: Codable, Equatable {
        var id: String
        var kind: String
        /// The display label; derived, ignored when read back.
        var label: String?
        var when: Expression
        var start: String?
        var end: String?
        var headline: String
        var sentence: String
        /// `[start, end)` of the expression in `sentence`, in Unicode scalars.
        var expressionSpan: [Int]
        /// UTF-8 byte offset and length of the sentence in its article.
        var sentenceOffset: Int?
        var sentenceLength: Int?
        /// The sentence's position in its article, from 0.
        var sentenceIndex: Int?
        var source: String
        /// The publication date the event was resolved against.
        var published: String?
        /// For a span: the expression that ends it.
        var until: Expression?
        /// Other articles telling the same event.
        var citations: [CitationRecord]?
        var facts: [Expression]
    }
    struct CitationRecord: Codable, Equatable {
        var source: String
        /// The event's id in that article.
        var event: String
        var sentence: String
        var when: Expression
        var start: String?
        var end: String?
    }
    var version: Int
    var title: String
    var order: String
    var sources: [Source]
    var events: [EventRecord]

    init(_ timeline: Timeline) {
        version = TimelineSchema.version
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
                sentenceOffset: event.sentenceRange.lowerBound, sentenceLength: event.sentenceRange.count,
                sentenceIndex: event.sentenceIndex, source: event.sourceID, published: event.published?.description,
                until: event.until.map(Expression.init),
                citations: event.citations.map {
                    CitationRecord(source: $0.sourceID, event: $0.eventID, sentence: $0.sentence, when: Expression($0.when),
                                   start: $0.placement?.start.description, end: $0.placement?.end.description)
                },
                facts: event.facts.map(Expression.init))
        }
    }
}

extension TimelineRecord.Expression {
    init(_ timex: Timex) {
        self.init(text: timex.text, type: timex.type.rawValue, value: timex.value.description, mod: timex.mod?.rawValue,
                  quant: timex.quant, freq: timex.freq, granularity: timex.granularity?.description,
                  start: timex.interval?.start.description, end: timex.interval?.end.description, preposition: timex.preposition,
                  anchor: timex.anchor.rawValue, tense: TenseName.name(timex.tense), vague: timex.isVague ? true : nil,
                  endsRange: timex.endsRange ? true : nil,
                  alternatives: timex.alternatives.isEmpty ? nil : timex.alternatives.map(\.description),
                  offset: timex.range.lowerBound, length: timex.range.count)
    }

    /// The attributes as `TimexFields`, for reading back.
    var fields: TimexFields {
        TimexFields(text: text, type: type, value: value, mod: mod, quant: quant, freq: freq, granularity: granularity,
                    start: start, end: end, anchor: anchor, tense: tense, preposition: preposition, vague: vague ?? false,
                    endsRange: endsRange ?? false, alternatives: alternatives ?? [], offset: offset, length: length)
    }
}
