import DatelineNormalizer

/// Something that happened (or will), dated by one temporal expression in its sentence.
public struct Event: Hashable, Sendable, Identifiable {
    /// A stable id: the same article text gives the same id.
    public var id: String
    public var kind: EventKind
    /// The expression that dates the event, resolved.
    public var when: Timex
    /// Where the event goes on the timeline; equal to `when.interval` except for vague events,
    /// which sit just before the publication date.
    public var placement: CalendarInterval?
    /// A short phrase for the event, from the clause the expression modifies.
    public var headline: String
    /// The whole sentence.
    public var sentence: String
    /// The span of `when` inside `sentence`, as UTF-8 byte offsets.
    public var timexRange: Range<Int>
    /// The span of `sentence` in its article's text, as UTF-8 byte offsets.
    public var sentenceRange: Range<Int>
    /// The source article's id.
    public var sourceID: String
    /// Other expressions in the sentence that date nothing on their own ("for years").
    public var facts: [Timex]
    /// The publication date the event was resolved against.
    public var published: CalendarDate?
    /// The sentence's position in its article, from 0.
    public var sentenceIndex: Int
    /// For spans ("from April to June", "2019-2021"): the expression that ends the span.
    public var until: Timex?
    /// Other articles that tell the same event (after merging several articles).
    public var citations: [Citation] = []

    /// Every article that tells the event: its own first, then the citations.
    public var sourceIDs: [String] { [sourceID] + citations.map(\.sourceID) }

    public init(id: String, kind: EventKind, when: Timex, placement: CalendarInterval?, headline: String, sentence: String,
                timexRange: Range<Int>, sentenceRange: Range<Int>, sourceID: String, facts: [Timex] = [], published: CalendarDate?,
                sentenceIndex: Int = 0, until: Timex? = nil) {
        self.id = id
        self.kind = kind
        self.when = when
        self.placement = placement
        self.headline = headline
        self.sentence = sentence
        self.timexRange = timexRange
        self.sentenceRange = sentenceRange
        self.sourceID = sourceID
        self.facts = facts
        self.published = published
        self.sentenceIndex = sentenceIndex
        self.until = until
    }

    /// The sentence split around the time expression: before, the expression, after.
    public var sentenceParts: (before: String, expression: String, after: String) {
        let bytes = Array(sentence.utf8)
        let lower = min(max(timexRange.lowerBound, 0), bytes.count)
        let upper = min(max(timexRange.upperBound, lower), bytes.count)
        return (String(decoding: bytes[..<lower], as: UTF8.self),
                String(decoding: bytes[lower..<upper], as: UTF8.self),
                String(decoding: bytes[upper...], as: UTF8.self))
    }
}
