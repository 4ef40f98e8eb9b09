import DatelineNormalizer

/// Another article's telling of a merged event: where it is, and the date it gives.
public struct Citation: Hashable, Sendable {
    public var sourceID: String
    /// The event's id in that article before merging.
    public var eventID: String
    public var sentence: String
    /// The expression that dates it there, resolved.
    public var when: Timex
    public var placement: CalendarInterval?

    public init(sourceID: String, eventID: String, sentence: String, when: Timex, placement: CalendarInterval?) {
        self.sourceID = sourceID
        self.eventID = eventID
        self.sentence = sentence
        self.when = when
        self.placement = placement
    }
}
