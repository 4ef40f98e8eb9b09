/// A resolved temporal expression: where it is in the text and what time it names.
///
/// For "last month" in an article published 2025-06-26: `type` DATE, `value` `2025-05`,
/// `interval` `[2025-05-01, 2025-06-01)`, `granularity` month.
public struct Timex: Hashable, Sendable {
    /// UTF-8 byte offsets of the expression in the tagged text.
    public var range: Range<Int>
    /// The expression as written.
    public var text: String
    public var type: TimexType
    public var value: TimexValue
    public var mod: TimexMod?
    /// The stretch of time named, narrowed by `mod`; nil for durations and open values.
    public var interval: CalendarInterval?
    /// The unit the value is stated in; nil for durations and references.
    public var granularity: Granularity?
    /// The word that introduces the expression and says how it relates to its event:
    /// "since", "until", "by", "from", "for", "in", "on"… (lower-cased), if any.
    public var preposition: String?
    /// What the expression was resolved against.
    public var anchor: Anchor
    /// The tense of the sentence the expression sits in, as read from its verbs.
    public var tense: Tense
    /// For sets: `EACH` ("each year", "every Monday"), and the frequency ("twice a month" is `2X`).
    public var quant: String?
    public var freq: String?
    /// Values the text also allows, best first after `value` ("June 25" could be last year's).
    public var alternatives: [TimexValue] = []
    /// The second end of a range written as one ("2019-2021", "June 3-5"); the first end is the expression before it.
    public var endsRange = false
    /// A vague reference (`PAST_REF`, `PRESENT_REF`, `FUTURE_REF`) or a vague recent stretch ("in recent months").
    public var isVague: Bool

    /// What a value was computed from.
    public enum Anchor: String, Sendable, Hashable {
        /// Fully given by the text ("June 25, 2025").
        case none
        /// The publication date ("last month").
        case publicationDate
        /// The time mentioned last ("the following day").
        case previousMention
    }

    public init(range: Range<Int>, text: String, type: TimexType, value: TimexValue, mod: TimexMod? = nil,
                interval: CalendarInterval?, granularity: Granularity?, preposition: String? = nil, anchor: Anchor = .none, tense: Tense = .present) {
        self.range = range
        self.text = text
        self.type = type
        self.value = value
        self.mod = mod
        self.interval = interval
        self.granularity = granularity
        self.preposition = preposition
        self.anchor = anchor
        self.tense = tense
        if case .reference = value { self.isVague = true } else { self.isVague = false }
    }


}
