/// Turns what the text says (`Mention`) into a TIMEX3 value, given the publication date,
/// the time mentioned last, the sentence's tense and the document policy.
struct Resolver {
    let publicationDate: CalendarDate?
    let policy: ResolutionPolicy
    /// Whether the tense read for the expression being resolved is weak (far away, from a reporting verb, or
    /// before a deadline), so that a near date on the other side of the anchor is still allowed.
    var weakTense = true

    init(publicationDate: CalendarDate?, policy: ResolutionPolicy) {
        self.publicationDate = publicationDate
        self.policy = policy
    }

    /// Resolution state carried through a document: the time mentioned last.
    struct Context {
        var lastMentioned: CalendarDate?
        var lastGranularity: Granularity?
        /// The last calendar value mentioned, kept whole ("1989-Q3"), for "a year earlier" and "the 1988 quarter".
        var lastValue: TimexValue?
    }

    mutating func resolve(_ mention: Mention, text: String, tense: Tense, reading: TenseReading? = nil, context: inout Context) -> Timex {
        // A past tense read far away, from a reporting verb, or before a deadline ("by Jan. 14")
        // may still name a near future date.
        let weakReading = reading.map { $0.distance >= 6 || $0.fromReportingVerb } ?? true
        weakTense = weakReading || ["by", "until", "till", "before", "through"].contains(mention.preposition ?? "")
        // "until 9 a.m. Tuesday", "by Friday": a weekday deadline lies ahead unless a near past verb says otherwise.
        let weekdayTense = ["by", "until", "till"].contains(mention.preposition ?? "") && (tense != .past || weakReading) ? Tense.future : tense
        var anchorKind: Timex.Anchor = .publicationDate
        var quant: String?
        var freq: String?
        var value: TimexValue
        var type: TimexType?
        // Deictic anchor: the publication date in news; in narrative, the time last mentioned if there is one.
        let deictic: CalendarDate? = policy == .narrative ? (context.lastMentioned ?? publicationDate) : publicationDate
        let anaphoric: CalendarDate? = context.lastMentioned ?? publicationDate

        switch mention.form {
        case .calendar(let year, let month, let day):
            if let year {
                anchorKind = .none
                if let month, let day, let date = CalendarDate(year: year, month: month, day: day) { value = .day(date) }
                else if let month { value = .month(year: year, month: month) }
                else { value = .year(year) }
            } else if let month, let day {
                if let anchor = deictic, let date = pickYear(anchor: anchor, tense: tense, candidate: { y in
                    CalendarDate(year: y, month: month, day: day).map { CalendarInterval(day: $0) }
                }).flatMap({ CalendarDate(year: $0, month: month, day: day) }) {
                    value = .day(date)
                } else {
                    value = .underspecified("XXXX-\(TimexFormat.two(month))-\(TimexFormat.two(day))")
                }
            } else {
                value = .underspecified("XXXX")
            }
        case .namedMonth(let month, let relation):
            if let anchor = deictic {
                let year = yearFor(month: month, relation: relation, anchor: anchor, tense: tense)
                value = .month(year: year, month: month)
            } else {
                value = .underspecified("XXXX-\(TimexFormat.two(month))")
            }
        case .relative(let unit, let offset):
            if let anchor = deictic {
                value = TimexValue.containing(shift(anchor, by: offset, unit), at: unit.granularity)
            } else {
                value = .underspecified(Self.unknown(unit))
            }
        case .season(let season, let relation, let year):
            if let year {
                anchorKind = .none
                value = .season(year: year, season)
            } else if let anchor = deictic {
                value = .season(year: seasonYear(season, relation: relation, anchor: anchor, tense: tense), season)
            } else {
                value = .underspecified("XXXX-\(season.code)")
            }
        case .weekday(let weekday, let relation):
            if let anchor = deictic {
                // In a narrative the story moves on: "On Friday" after a Tuesday is that week's Friday.
                let effective = policy == .narrative && context.lastMentioned != nil ? Tense.future : weekdayTense
                value = .day(pickWeekday(weekday, relation: relation, anchor: anchor, tense: effective))
            } else {
                value = .underspecified("XXXX-WXX-\(weekday)")
            }
        case .quarter(let q, let year, let relation):
            if let year { anchorKind = .none; value = .quarter(year: year, quarter: q) }
            else if let anchor = deictic {
                value = .quarter(year: periodYear(anchor: anchor, relation: relation, tense: tense, startMonth: (q - 1) * 3 + 1, months: 3), quarter: q)
            } else { value = .underspecified("XXXX-Q\(q)") }
        case .half(let h, let year, let relation):
            if let year { anchorKind = .none; value = .half(year: year, half: h) }
            else if let anchor = deictic {
                value = .half(year: periodYear(anchor: anchor, relation: relation, tense: tense, startMonth: (h - 1) * 6 + 1, months: 6), half: h)
            } else { value = .underspecified("XXXX-H\(h)") }
        case .decade(let d):
            anchorKind = .none
            value = .decade(d)
        case .decadeInWords(let tens):
            // The latest such decade that has begun by the publication date; the 1900s without one.
            if let anchor = publicationDate {
                let decade = anchor.year / 100 * 10 + tens
                value = .decade(decade <= anchor.year / 10 ? decade : decade - 10)
            } else {
                anchorKind = .none
                value = .decade(190 + tens)
            }
        case .century(let c):
            anchorKind = .none
            value = .century(c)
        case .offset(let amount, let unit, let direction, let isAnaphoric):
            var base = isAnaphoric ? anaphoric : deictic
            // "a year earlier" compares with the current period: after talk of last year, the period a
            // year before this one is still last year, not the year before that.
            if isAnaphoric, policy == .news, unit == .year, direction < 0, let last = base, let dct = publicationDate,
               last.year == dct.year - 1, let grain = context.lastGranularity, grain >= .quarter {
                base = dct
            }
            if isAnaphoric && context.lastMentioned != nil { anchorKind = .previousMention }
            if let amount, unit == .year, let last = context.lastValue, let grain = last.granularity, grain == .quarter || grain == .half,
               let shifted = last.shifted(years: amount * direction) {
                // "a year earlier", "a year ago" compare with the period just discussed: 1989-Q3 gives 1988-Q3.
                value = shifted
                anchorKind = .previousMention
            } else if let amount, let base {
                value = TimexValue.containing(shift(base, by: amount * direction, unit), at: unit.granularity)
            } else if amount == nil {
                value = .reference(direction < 0 ? .past : .future)
            } else {
                value = .underspecified(Self.unknown(unit))
            }
        case .anaphoric(.quarter, 0):
            // "the quarter", "the latest quarter": the quarter under discussion, else the last one completed.
            if let last = context.lastValue, case .quarter = last {
                value = last
                anchorKind = .previousMention
            } else if let anchor = deictic {
                value = TimexValue.containing(anchor.adding(months: -3), at: .quarter)
            } else {
                value = .underspecified("XXXX-QX")
            }
        case .anaphoric(.weekend, 0):
            // "over the weekend": the last one in a past sentence, the coming one in a future one.
            if let anchor = deictic {
                let saturday = anchor.adding(days: 6 - anchor.weekday)  // this ISO week's Saturday
                let past = anchor.weekday >= 6 ? saturday : saturday.adding(days: -7)
                let chosen = tense == .future ? saturday : past
                value = TimexValue.containing(chosen, at: .weekend)
            } else {
                value = .underspecified("XXXX-WXX-WE")
            }
        case .anaphoric(let unit, let offset):
            if context.lastMentioned != nil { anchorKind = .previousMention }
            if let base = anaphoric {
                value = TimexValue.containing(shift(base, by: offset, unit), at: unit.granularity)
            } else {
                value = .underspecified(Self.unknown(unit))
            }
        case .lastMentioned:
            if let last = context.lastValue {
                anchorKind = .previousMention
                value = last
            } else {
                value = .reference(.past)  // "at that time" with no time before it: some time back
            }
        case .anaphoricWeekday(let weekday, let direction):
            if context.lastMentioned != nil { anchorKind = .previousMention }
            if let base = anaphoric {
                let delta = weekday - base.weekday
                value = .day(base.adding(days: direction < 0 ? (delta < 0 ? delta : delta - 7) : (delta > 0 ? delta : delta + 7)))
            } else {
                value = .underspecified("XXXX-WXX-\(weekday)")
            }
        case .timeOfDay(let day, let part, let hour, let minute):
            let date: CalendarDate?
            switch day {
            case .relative(let offset): date = deictic?.adding(days: offset)
            case .weekday(let weekday, let relation): date = deictic.map { pickWeekday(weekday, relation: relation, anchor: $0, tense: weekdayTense) }
            case .calendar(let year, let month, let d):
                date = year.flatMap { CalendarDate(year: $0, month: month, day: d) }
            case .fromAnchor(let offset):
                if context.lastMentioned != nil { anchorKind = .previousMention }
                date = anaphoric?.adding(days: offset)
            case .anchor:
                // A clock time belongs to the day last mentioned, if one was; else to the publication date.
                if let last = context.lastMentioned, let grain = context.lastGranularity, grain <= .day {
                    date = last
                    anchorKind = .previousMention
                } else {
                    date = publicationDate
                }
            }
            type = .time
            if let date {
                if let hour { value = .time(date, hour: hour, minute: minute ?? 0) }
                else { value = .partOfDay(date, part ?? .morning) }
            } else {
                let clock = hour.map { "T\(TimexFormat.two($0)):\(TimexFormat.two(minute ?? 0))" } ?? "T\(part?.code ?? "MO")"
                value = .underspecified("XXXX-XX-XX\(clock)")
            }
        case .reference(let reference):
            value = .reference(reference)
        case .namedMonthOfRelativeYear(let month, let offset):
            if let anchor = deictic { value = .month(year: anchor.year + offset, month: month) }
            else { value = .underspecified("XXXX-\(TimexFormat.two(month))") }
        case .monthOfMentionedYear(let month):
            if let year = (context.lastMentioned ?? publicationDate)?.year {
                value = .month(year: year, month: month)
                if context.lastMentioned != nil { anchorKind = .previousMention }
            } else {
                value = .underspecified("XXXX-\(TimexFormat.two(month))")
            }
        case .seasonOfMentionedYear(let season):
            if let base = context.lastMentioned ?? publicationDate {
                // The season that holds the time last mentioned, or else that year's.
                if case .season(let y, season) = TimexValue.containing(base, at: .season) { value = .season(year: y, season) }
                else { value = .season(year: base.year, season) }
                if context.lastMentioned != nil { anchorKind = .previousMention }
            } else {
                value = .underspecified("XXXX-\(season.code)")
            }
        case .comparablePeriod(let year):
            if let last = context.lastValue, let grain = last.granularity, grain < .year, grain > .partOfDay,
               let lastYear = last.interval?.start.date.year, let moved = last.shifted(years: year - lastYear) {
                value = moved
                anchorKind = .previousMention
            } else {
                anchorKind = .none
                value = .year(year)
            }
        case .recentPeriod(let unit):
            value = .duration(amount: nil, unit: unit)
        case .holiday(let holiday, let year, let relation):
            if let year {
                anchorKind = .none
                value = holiday.date(in: year).map { .day($0) } ?? .underspecified("XXXX-XX-XX")
            } else if let anchor = deictic {
                let chosen: Int?
                switch relation {
                case .last: chosen = holiday.date(in: anchor.year).map { $0 < anchor ? anchor.year : anchor.year - 1 }
                case .next: chosen = holiday.date(in: anchor.year).map { $0 > anchor ? anchor.year : anchor.year + 1 }
                case .this: chosen = anchor.year
                case .nearest: chosen = pickYear(anchor: anchor, tense: tense) { y in holiday.date(in: y).map { CalendarInterval(day: $0) } }
                }
                value = chosen.flatMap { holiday.date(in: $0) }.map { .day($0) } ?? .underspecified("XXXX-XX-XX")
            } else {
                value = .underspecified("XXXX-XX-XX")
            }
        case .halfDuration(let whole, let unit):
            anchorKind = .none
            value = .underspecified(Self.halfDurationValue(whole: whole, unit: unit))
            type = .duration
        case .yearlyRecurrence(let month, let day):
            anchorKind = .none
            value = .underspecified("XXXX-\(TimexFormat.two(month))" + (day.map { "-\(TimexFormat.two($0))" } ?? ""))
            type = .set
            quant = "EACH"
        case .recurrence(let unit, let weekday, let times, let each, let every):
            anchorKind = .none
            // "every two weeks" recurs each P2W.
            value = every > 1 ? .duration(amount: every, unit: unit) : .recurrence(unit: unit, weekday: weekday)
            type = .set
            quant = each ? "EACH" : nil
            freq = times.map { "\($0)X" }
        case .duration(let amount, let unit):
            if let amount, mention.preposition == "in", !mention.startsWithArticle, tense == .future, let anchor = deictic {
                // "will go public in two years": a date that far ahead.
                value = TimexValue.containing(shift(anchor, by: amount, unit), at: unit.granularity)
            } else {
                anchorKind = .none
                value = .duration(amount: amount, unit: unit)
            }
        }

        if !value.isWritable { value = Self.openForm(of: value) }
        var interval = value.interval
        var mod: TimexMod?
        if case .reference(.present) = value, let dct = publicationDate { interval = CalendarInterval(day: dct) }
        if let part = mention.part, let whole = interval {
            (interval, mod) = narrow(whole, part: part, anchor: deictic)
            if let narrowed = interval, narrowed.length <= 0 { interval = whole }  // too short to split
        }
        // A comparison ("a year earlier", "the year-ago quarter") looks back without moving the story's time.
        var isComparison = false
        if case .offset(_, .year, _, _) = mention.form, anchorKind == .previousMention { isComparison = true }
        if case .comparablePeriod = mention.form { isComparison = true }
        // After "in the nine months", "a year earlier" compares whole years, not the quarter before it.
        if case .duration = value, value.description != "PXY" { context.lastValue = nil }
        if let start = interval?.start, value.granularity != nil, !isComparison {
            context.lastMentioned = start.date
            context.lastGranularity = value.granularity
            context.lastValue = value
        }
        var timex = Timex(range: mention.range, text: text, type: type ?? value.type, value: value, mod: mod, interval: interval,
                          granularity: value.granularity, preposition: mention.preposition, anchor: anchorKind, tense: tense)
        timex.quant = quant
        timex.freq = freq
        timex.endsRange = mention.endsRange
        if timex.mod == nil { timex.mod = mention.modifier }
        if let dct = deictic { timex.alternatives = alternatives(for: mention.form, value: value, anchor: dct).filter(\.isWritable) }
        if case .recentPeriod = mention.form { timex.isVague = true }
        return timex
    }

    // MARK: - Year choice

    /// Chooses the year for a date whose year is implied: the candidate nearest the anchor,
    /// kept on the anchor's side that the tense points to (past tense: not after it; future: not before it).
    private func pickYear(anchor: CalendarDate, tense: Tense, reportingPeriod: Bool = false,
                          candidate: (Int) -> CalendarInterval?) -> Int? {
        let dayStart = CalendarInstant(anchor)
        let dayEnd = CalendarInstant(anchor.adding(days: 1))
        var best: (year: Int, score: Int)?
        for year in (anchor.year - 1)...(anchor.year + 1) {
            guard let interval = candidate(year) else { continue }
            var score: Int
            if interval.end <= dayStart { score = dayStart.minutes - interval.end.minutes }
            else if interval.start >= dayEnd { score = interval.start.minutes - dayEnd.minutes }
            else { score = 0 }
            let isFuture = interval.start >= dayEnd
            let isPast = interval.end <= dayStart
            let day = 1440
            let length = interval.length
            if policy == .narrative {
                // A narrative moves forward from the time last mentioned; tense says nothing about that.
                if isPast { score += 90 * day }
                if best == nil || score < best!.score { best = (year, score) }
                continue
            }
            switch tense {
            case .past where isFuture:
                // Past tense keeps a date in the past, except a near deadline or date that a past
                // reporting verb announced: "ruled Wednesday that he must leave by Jan. 14".
                let ahead = interval.start.minutes - dayEnd.minutes
                // A dated day later in the publication's own year is usually a deadline or schedule
                // the past verb set ("extended the offer to Nov. 20"): news style drops the year only then.
                let sameYearDay = length <= day && year == anchor.year && ahead <= 60 * day
                let soft = sameYearDay || weakTense && ((length <= day && ahead <= 45 * day) || (length <= 31 * day && length > day && ahead <= 75 * day))
                score += (soft ? 120 : 400) * day
            case .future where isPast:
                // Results for a quarter that just ended are reported after it: "will report third-quarter earnings".
                if length >= 89 * day, length <= 184 * day, reportingPeriod, dayStart.minutes - interval.end.minutes < 120 * day { break }
                // A date a few days back rather than a year ahead: "ordered him home by Jan. 14" read on Jan. 15.
                let nearBehind = length <= day && dayStart.minutes - interval.end.minutes <= 14 * day
                score += (weakTense && nearBehind ? 30 : 400) * day
            case .present where isFuture: score += 60 * day  // news leans to the past
            default: break
            }
            if best == nil || score < best!.score { best = (year, score) }
        }
        return best?.year
    }

    private func yearFor(month: Int, relation: Mention.Relation, anchor: CalendarDate, tense: Tense) -> Int {
        switch relation {
        case .this: return anchor.year
        case .last: return month < anchor.month ? anchor.year : anchor.year - 1
        case .next: return month > anchor.month ? anchor.year : anchor.year + 1
        case .nearest:
            return pickYear(anchor: anchor, tense: tense) { y in TimexValue.month(year: y, month: month).interval } ?? anchor.year
        }
    }

    /// The year of a quarter or half that the text leaves open ("the third quarter"), or names
    /// by its relation to the anchor's year ("the first quarter of last year" is in the year before).
    private func periodYear(anchor: CalendarDate, relation: Mention.Relation, tense: Tense, startMonth: Int, months: Int) -> Int {
        switch relation {
        case .this: return anchor.year
        case .last: return anchor.year - 1
        case .next: return anchor.year + 1
        case .nearest:
            return pickYear(anchor: anchor, tense: tense, reportingPeriod: true) { y in
                CalendarDate(year: y, month: startMonth, day: 1).map { CalendarInterval(from: $0, until: $0.adding(months: months)) }
            } ?? anchor.year
        }
    }

    /// The season-year of "last summer", "this winter", "summer": winter belongs to the year its December is in.
    private func seasonYear(_ season: Season, relation: Mention.Relation, anchor: CalendarDate, tense: Tense) -> Int {
        guard case .season(let currentYear, let current) = TimexValue.containing(anchor, at: .season) else { return anchor.year }
        let currentIndex = currentYear * 4 + current.rawValue
        // Occurrences indexed by year*4+season; pick relative to the anchor's own season.
        func index(_ year: Int) -> Int { year * 4 + season.rawValue }
        switch relation {
        case .this:
            // The current season, else the one in the anchor's calendar year ("this fall" in January is
            // the coming fall), stepped back a year when the sentence speaks of it as past.
            // Only a season that ended lately can be "this" one: "this fall" in January, not "this summer" in March.
            if season == current { return currentYear }
            guard index(anchor.year) > currentIndex, tense == .past,
                  let lastYears = TimexValue.season(year: anchor.year - 1, season).interval,
                  CalendarInstant(anchor).minutes - lastYears.end.minutes <= 100 * 1440 else { return anchor.year }
            return anchor.year - 1
        case .last:
            // The latest occurrence that ended before the anchor's season began.
            var year = currentYear
            while index(year) >= currentIndex { year -= 1 }
            return year
        case .next:
            var year = currentYear
            while index(year) <= currentIndex { year += 1 }
            return year
        case .nearest:
            if season == current { return currentYear }
            return pickYear(anchor: anchor, tense: tense) { y in TimexValue.season(year: y, season).interval } ?? currentYear
        }
    }

    private func pickWeekday(_ weekday: Int, relation: Mention.Relation, anchor: CalendarDate, tense: Tense) -> CalendarDate {
        let delta = weekday - anchor.weekday
        switch relation {
        case .this:
            return anchor.adding(days: delta)  // the same ISO week
        case .last:
            return anchor.adding(days: delta < 0 ? delta : delta - 7)
        case .next:
            return anchor.adding(days: delta > 0 ? delta : delta + 7)
        case .nearest:
            if delta == 0 { return anchor }
            if tense == .future { return anchor.adding(days: delta > 0 ? delta : delta + 7) }
            return anchor.adding(days: delta < 0 ? delta : delta - 7)
        }
    }

    // MARK: - Alternatives

    /// For an implied year or week, the same value on the other side of the anchor, when that is
    /// also plausible (within 300 days): "June 25" read as last year's, "Friday" as next week's.
    private func alternatives(for form: Mention.Form, value: TimexValue, anchor: CalendarDate) -> [TimexValue] {
        let impliedYear: Bool
        switch form {
        case .calendar(nil, _?, _), .namedMonth(_, .nearest), .season(_, .nearest, nil), .holiday(_, nil, .nearest),
             .quarter(_, nil, .nearest), .half(_, nil, .nearest):
            impliedYear = true
        case .weekday(_, .nearest):
            guard case .day(let date) = value else { return [] }
            let other = date < anchor ? date.adding(days: 7) : date.adding(days: -7)
            return other == anchor ? [] : [.day(other)]
        default:
            impliedYear = false
        }
        guard impliedYear, let interval = value.interval else { return [] }
        let before = interval.end <= CalendarInstant(anchor)
        guard let other = value.shifted(years: before ? 1 : -1), let otherInterval = other.interval else { return [] }
        let distance = abs(otherInterval.start.minutes - CalendarInstant(anchor).minutes) / 1440
        return distance <= 300 ? [other] : []
    }

    // MARK: - Arithmetic

    private func shift(_ date: CalendarDate, by amount: Int, _ unit: TimeUnit) -> CalendarDate {
        switch unit {
        case .minute, .hour, .day: return date.adding(days: unit == .day ? amount : 0)
        case .week, .weekend: return date.adding(days: 7 * amount)
        case .month: return date.adding(months: amount)
        case .quarter: return date.adding(months: 3 * amount)
        case .half: return date.adding(months: 6 * amount)
        case .year: return date.adding(years: amount)
        case .decade: return date.adding(years: 10 * amount)
        case .century: return date.adding(years: 100 * amount)
        }
    }

    /// Narrows an interval to its early, middle or late third, or to the side of the anchor.
    private func narrow(_ whole: CalendarInterval, part: Mention.Part, anchor: CalendarDate?) -> (CalendarInterval, TimexMod?) {
        let third = whole.length / 3
        func roundedToDay(_ minutes: Int) -> CalendarInstant {
            whole.length >= 3 * 1440 ? CalendarInstant(CalendarInstant(minutes: minutes).date) : CalendarInstant(minutes: minutes)
        }
        switch part {
        case .early: return (CalendarInterval(start: whole.start, end: roundedToDay(whole.start.minutes + third)), .start)
        case .mid: return (CalendarInterval(start: roundedToDay(whole.start.minutes + third), end: roundedToDay(whole.end.minutes - third)), .mid)
        case .late: return (CalendarInterval(start: roundedToDay(whole.end.minutes - third), end: whole.end), .end)
        case .earlier:
            // On the first day of the period there is no "earlier" part left: keep the whole.
            guard let anchor, whole.contains(CalendarInterval(day: anchor)), CalendarInstant(anchor) > whole.start else { return (whole, nil) }
            return (CalendarInterval(start: whole.start, end: CalendarInstant(anchor)), nil)
        case .later:
            guard let anchor, whole.contains(CalendarInterval(day: anchor)), CalendarInstant(anchor.adding(days: 1)) < whole.end else { return (whole, nil) }
            return (CalendarInterval(start: CalendarInstant(anchor.adding(days: 1)), end: whole.end), nil)
        }
    }

    /// The same kind of value left open, for one TIMEX3 cannot write (see `TimexValue.isWritable`).
    static func openForm(of value: TimexValue) -> TimexValue {
        switch value {
        case .duration(_, let unit): return .duration(amount: nil, unit: unit)
        case .season(_, let season): return .underspecified("XXXX-\(season.code)")
        case .quarter(_, let q): return .underspecified("XXXX-Q\(q)")
        case .half(_, let h): return .underspecified("XXXX-H\(h)")
        case .month(_, let m): return .underspecified("XXXX-\(TimexFormat.two(m))")
        case .week: return .underspecified("XXXX-WXX")
        case .weekend: return .underspecified("XXXX-WXX-WE")
        case .year: return .underspecified("XXXX")
        case .decade: return .underspecified("XXX")
        case .century: return .underspecified("XX")
        default: return .underspecified("XXXX-XX-XX")
        }
    }

    /// The TIMEX3 value of a whole number and a half of `unit`, in the units people write it in:
    /// 2½ hours `PT2H30M`, 1½ years `P1Y6M`, ½ day `PT12H`, 1½ weeks `P10DT12H`.
    static func halfDurationValue(whole: Int, unit: TimeUnit) -> String {
        func days(_ halfDays: Int) -> String { halfDays % 2 == 0 ? "P\(halfDays / 2)D" : halfDays == 1 ? "PT12H" : "P\(halfDays / 2)DT12H" }
        switch unit {
        case .minute: return whole == 0 ? "PT30S" : "PT\(whole)M30S"
        case .hour: return whole == 0 ? "PT30M" : "PT\(whole)H30M"
        case .day: return days(2 * whole + 1)
        case .week, .weekend: return days(14 * whole + 7)
        case .month: return whole == 0 ? "P15D" : "P\(whole)M15D"
        case .quarter: return "P\(3 * whole + 1)M15D"
        case .half: return "P\(6 * whole + 3)M"
        case .year: return whole == 0 ? "P6M" : "P\(whole)Y6M"
        case .decade: return "P\(10 * whole + 5)Y"
        case .century: return "P\(100 * whole + 50)Y"
        }
    }

    private static func unknown(_ unit: TimeUnit) -> String {
        switch unit {
        case .minute, .hour, .day: "XXXX-XX-XX"
        case .week: "XXXX-WXX"
        case .weekend: "XXXX-WXX-WE"
        case .month: "XXXX-XX"
        case .quarter: "XXXX-QX"
        case .half: "XXXX-HX"
        case .year: "XXXX"
        case .decade: "XXX"
        case .century: "XX"
        }
    }
}
