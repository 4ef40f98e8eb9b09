/// What a temporal expression says, before it is resolved: the fields the text states,
/// and how the rest must be found.
///
/// "last month" is `.relative(unit: .month, offset: -1)`; "June 25" is
/// `.calendar(year: nil, month: 6, day: 25)`, its year implied.
public struct Mention: Hashable, Sendable {
    /// UTF-8 byte offsets in the text.
    public var range: Range<Int>
    public var form: Form
    /// A part of the named time ("early June", "the end of the month").
    public var part: Part?
    /// The preposition before the expression ("since last summer").
    public var preposition: String?

    /// The second end of a range written as one ("2019-2021", "June 3-5"): the first end comes just before.
    public var endsRange = false
    /// A quantity modifier before it: "more than" (`MORE_THAN`), "nearly" (`APPROX`)…
    public var modifier: TimexMod?
    /// It opens with an article: "the past year" is a stretch of time, never a date ahead as "in two years" is.
    public var startsWithArticle = false

    public init(range: Range<Int>, form: Form, part: Part? = nil, preposition: String? = nil) {
        self.range = range
        self.form = form
        self.part = part
        self.preposition = preposition
    }

    /// The shapes a temporal expression takes.
    public enum Form: Hashable, Sendable {
        /// A calendar date with the fields the text states; missing ones are implied.
        case calendar(year: Int?, month: Int?, day: Int?)
        /// A unit counted from the anchor: "last month" (-1), "this year" (0), "tomorrow" (+1 day).
        case relative(unit: TimeUnit, offset: Int)
        /// A named month: "last March", "in April" (`.nearest`).
        case namedMonth(Int, Relation)
        /// A month in a year counted from the anchor: "February this year" (0), "March last year" (-1).
        case namedMonthOfRelativeYear(Int, Int)
        /// A month in the year last mentioned: "August of that year".
        case monthOfMentionedYear(Int)
        /// A season of the year last mentioned: "that summer", "that same spring".
        case seasonOfMentionedYear(Season)
        /// A season: "last summer", "this fall", "summer 2024".
        case season(Season, Relation, year: Int?)
        /// A weekday: "on Tuesday", "last Friday", "next Monday".
        case weekday(Int, Relation)
        /// A quarter or half: "the third quarter" (year implied), "Q3 2024"; the relation is the year's ("of last year").
        case quarter(Int, year: Int?, Relation)
        case half(Int, year: Int?, Relation)
        /// A decade (`199` = 1990s) or century (`19` = 1900s); a nil value is relative: "the past decade".
        case decade(Int)
        /// A decade in words, its century implied: "the nineties" (9) is the latest 90s up to the publication date.
        case decadeInWords(Int)
        case century(Int)
        /// An amount of units before or after the anchor: "three years ago" (-3), "two weeks later" (+2, anaphoric).
        case offset(amount: Int?, unit: TimeUnit, direction: Int, anaphoric: Bool)
        /// The unit next to or equal to the time last mentioned: "the following day" (+1), "the previous year" (-1), "that day" (0).
        case anaphoric(unit: TimeUnit, offset: Int)
        /// The time last mentioned, whole: "at that time", "during that period".
        case lastMentioned
        /// A weekday just before or after the time last mentioned: "the previous Friday" (-1), "the following Monday" (+1).
        case anaphoricWeekday(Int, direction: Int)
        /// A time of day on a day: "this morning", "tonight", "Tuesday evening", "3 p.m.".
        case timeOfDay(day: Day, part: PartOfDay?, hour: Int?, minute: Int?)
        /// "recently", "now", "in the future".
        case reference(TimeReference)
        /// A length of time: "for years" (amount nil), "three weeks".
        case duration(amount: Int?, unit: TimeUnit)
        /// A length with a half: "two and a half hours" (whole 2), "a year and a half" (1), "half an hour" (0).
        case halfDuration(whole: Int, unit: TimeUnit)
        /// A vague stretch just before the anchor: "recent months" (`PXM`), "recent years".
        case recentPeriod(unit: TimeUnit)
        /// The period under discussion, in another year: "the 1988 quarter" after talk of the third quarter.
        case comparablePeriod(year: Int)
        /// A holiday: "Christmas", "Thanksgiving 2024", "last Easter".
        case holiday(Holiday, year: Int?, Relation)
        /// A recurrence: "every Monday" (weekday 1), "weekly", "each year", "twice a month" (times 2).
        case recurrence(unit: TimeUnit, weekday: Int?, times: Int?, each: Bool, every: Int)
        /// A month or a day every year: "each July" (`XXXX-07`), "every May 5" (`XXXX-05-05`).
        case yearlyRecurrence(month: Int, day: Int?)
    }

    /// Which one of several candidates the text means.
    public enum Relation: Hashable, Sendable {
        case last, this, next
        /// Not stated: the resolver picks by tense and document policy.
        case nearest
    }

    /// The day a time of day belongs to.
    public enum Day: Hashable, Sendable {
        case relative(Int)          // today 0, yesterday -1
        case weekday(Int, Relation) // Tuesday morning
        case calendar(year: Int?, month: Int, day: Int)
        case anchor                 // "at 3 p.m." on the day last mentioned
        case fromAnchor(Int)        // "the next morning": days from the day last mentioned
    }

    /// A part of a time, or a side of the anchor.
    public enum Part: Hashable, Sendable {
        case early, mid, late
        /// "earlier this month": the part before the anchor.
        case earlier
        /// "later this week": the part after the anchor.
        case later
    }
}
