import DatelineNormalizer

/// Finds the events of one article: each sentence with a dating expression gives one event.
///
/// The expression that dates a sentence is the first one with a definite interval;
/// vague ones ("recently") date it only when nothing better is there, and durations
/// ("for years") never do — they stay on the event as `facts`.
public struct EventExtractor: Sendable {
    public var tagger: TemporalTagger
    public var splitter: SentenceSplitter
    public var headlines: HeadlineBuilder
    public var clauseSplitter: ClauseSplitter

    public init(tagger: TemporalTagger = .init(), splitter: SentenceSplitter = .init(), headlines: HeadlineBuilder = .init(),
                clauseSplitter: ClauseSplitter = .init()) {
        self.tagger = tagger
        self.splitter = splitter
        self.headlines = headlines
        self.clauseSplitter = clauseSplitter
    }

    /// The events of `text`, in text order.
    ///
    /// A sentence whose clauses carry different dates ("Ridership fell last year, and the agency
    /// drew down its reserves earlier this year") gives one event per dated clause.
    public func events(in text: String, source: TimelineSource) -> [Event] {
        // Without a deadline nothing throws.
        (try? events(in: text, source: source, deadline: .never)) ?? []
    }

    /// How many sentences are worked through between two looks at the deadline.
    static let sentencesPerDeadlineCheck = 64

    /// The events of `text` like `events(in:source:)`, but gives up with `TimeBudgetExceeded` once
    /// `deadline` has passed: it is checked by the tagger between 64 KB chunks and here every 64
    /// sentences, so a short article always finishes.
    public func events(in text: String, source: TimelineSource, deadline: Deadline) throws(TimeBudgetExceeded) -> [Event] {
        let timexes = try tagger.tag(text, publicationDate: source.published, deadline: deadline)
        guard !timexes.isEmpty else { return [] }
        let sentences = splitter.split(text)
        let bytes = Array(text.utf8)
        var events: [Event] = []
        var seenIDs: [String: Int] = [:]
        var t = 0
        for (sentenceIndex, sentence) in sentences.enumerated() {
            if sentenceIndex > 0, sentenceIndex % Self.sentencesPerDeadlineCheck == 0 { try deadline.check() }
            var inSentence: [Timex] = []
            while t < timexes.count, timexes[t].range.lowerBound < sentence.upperBound {
                if timexes[t].range.lowerBound >= sentence.lowerBound { inSentence.append(timexes[t]) }
                t += 1
            }
            let candidates = inSentence.filter { !Self.isDateline($0, in: bytes) }
            guard !candidates.isEmpty else { continue }
            let sentenceText = String(decoding: bytes[sentence], as: UTF8.self)
            let clauses = clauseSplitter.clauses(in: sentenceText)
            for (anchor, until, clause) in Self.datedClauses(candidates, clauses: clauses, sentenceStart: sentence.lowerBound,
                                                             sentence: sentenceText) {
                let local = (anchor.range.lowerBound - sentence.lowerBound)..<(anchor.range.upperBound - sentence.lowerBound)
                let untilLocal = until.map { ($0.range.lowerBound - sentence.lowerBound)..<($0.range.upperBound - sentence.lowerBound) }
                let headline = headlines.headline(sentence: sentenceText, timexRange: local, clause: clause, alsoRemove: untilLocal)
                var id = "\(source.id)-\(StableID.make([source.id, anchor.value.description, sentenceText]))"
                if let count = seenIDs[id] {
                    seenIDs[id] = count + 1
                    id += "-\(count + 1)"
                } else {
                    seenIDs[id] = 1
                }
                var kind = Self.kind(of: anchor, published: source.published)
                var placement = Self.placement(of: anchor, published: source.published)
                var until = until
                if let end = until, let start = placement?.start, let endInterval = end.interval, endInterval.end <= start,
                   end.anchor == .publicationDate, let later = end.value.shifted(years: 1) {
                    // "from March to June" read with June last year: the end follows the start.
                    until?.value = later
                    until?.interval = later.interval
                }
                if let until, let start = placement?.start, let end = until.interval?.end, end > start {
                    kind = .span
                    placement = CalendarInterval(start: start, end: end)
                }
                events.append(Event(
                    id: id,
                    kind: kind,
                    when: anchor,
                    placement: placement,
                    headline: headline.isEmpty ? sentenceText : headline,
                    sentence: sentenceText,
                    timexRange: local,
                    sentenceRange: sentence,
                    sourceID: source.id,
                    facts: inSentence.filter { $0 != anchor && $0 != until },
                    published: source.published,
                    sentenceIndex: sentenceIndex,
                    until: until))
            }
        }
        return events
    }

    /// The dating expression of each dated clause, with the end of a span if one follows
    /// ("from April to June", "2019-2021"), and the clause whose words make the headline.
    /// One event per sentence unless different clauses carry different definite dates.
    static func datedClauses(_ timexes: [Timex], clauses: [ClauseSplitter.Clause], sentenceStart: Int, sentence: String = "")
        -> [(anchor: Timex, until: Timex?, clause: ClauseSplitter.Clause?)] {
        let sentenceWords = ClauseSplitter.words(in: sentence)
        func clauseIndex(_ timex: Timex) -> Int? {
            let offset = timex.range.lowerBound - sentenceStart
            return clauses.firstIndex { $0.range.contains(offset) }
        }
        // Span ends are not dates of their own.
        var spanEnds: [Int: Timex] = [:]  // index of the start -> end
        var ends = Set<Int>()
        for index in timexes.indices.dropLast() {
            let start = timexes[index]
            let end = timexes[index + 1]
            let opens = start.preposition == "from" || start.preposition == "between"
            let closes = end.endsRange || ["to", "until", "till", "through", "and"].contains(end.preposition ?? "")
            if (opens && closes) || end.endsRange, start.interval != nil, end.interval != nil, !start.isVague {
                spanEnds[index] = end
                ends.insert(index + 1)
            }
        }
        let dated = timexes.indices.filter { !ends.contains($0) && timexes[$0].interval != nil && !timexes[$0].isVague && timexes[$0].type != .duration }
        // "now", "currently": a present state, not a happening for the timeline (kept as a fact).
        let vague = timexes.indices.filter { timexes[$0].isVague && !Self.isPresent(timexes[$0]) }
        var byClause: [Int: Int] = [:]  // clause -> its dating expression: the first definite one, else a vague one
        for index in dated {
            let clause = clauseIndex(timexes[index]) ?? 0
            if byClause[clause] == nil { byClause[clause] = index }
        }
        for index in vague {
            let clause = clauseIndex(timexes[index]) ?? 0
            if byClause[clause] == nil, !dated.isEmpty { byClause[clause] = index }
        }
        func clauseForHeadline(_ index: Int?) -> ClauseSplitter.Clause? {
            guard let index, clauses.indices.contains(index) else { return nil }
            var clause = clauses[index]
            // ", which is scheduled for June 26": the event is the noun in the clause before;
            // ", who stepped down in July": the antecedent did it, so it becomes the subject.
            if clause.isRelative, index > 0, isSchedule(clause) { clause = clauses[index - 1] }
            // "X reported that Y happened": keep the reported content with its verb.
            if index + 1 < clauses.count, clauses[index + 1].isComplement, !clause.isRelative {
                clause.range = clause.range.lowerBound..<clauses[index + 1].range.upperBound
            }
            return clause
        }
        func isSchedule(_ clause: ClauseSplitter.Clause) -> Bool {
            let words = sentenceWords.filter { clause.range.contains($0.range.lowerBound - 0) }.prefix(4).map { $0.text.lowercased() }
            return words.contains { ["scheduled", "planned", "set", "slated", "expected", "due"].contains($0) }
        }
        if byClause.count >= 2 {
            return byClause.keys.sorted().map { clause in
                let index = byClause[clause]!
                return (timexes[index], spanEnds[index], clauseForHeadline(clause))
            }
        }
        if let first = dated.first {
            return [(timexes[first], spanEnds[first], clauseForHeadline(clauseIndex(timexes[first])))]
        }
        if let first = vague.first {
            return [(timexes[first], nil, clauseForHeadline(clauseIndex(timexes[first])))]
        }
        return []
    }

    static func isPresent(_ timex: Timex) -> Bool {
        if case .reference(.present) = timex.value { return true }
        return false
    }

    /// A date in a wire dateline at the top of the text ("PORT HALLORAN, March 14 —") gives the
    /// filing date, not an event's.
    static func isDateline(_ timex: Timex, in bytes: [UInt8]) -> Bool {
        guard timex.range.lowerBound < 80 else { return false }
        var i = timex.range.upperBound
        func skipSpaces() { while i < bytes.count, bytes[i] == 32 { i += 1 } }
        skipSpaces()
        if i < bytes.count, bytes[i] == 40, let close = bytes[i...].prefix(40).firstIndex(of: 41) { i = close + 1; skipSpaces() }
        guard i < bytes.count else { return false }
        if bytes[i] == 45, i + 1 < bytes.count, bytes[i + 1] == 45 { return true }  // --
        return bytes[i] == 0xE2 && i + 2 < bytes.count && bytes[i + 1] == 0x80 && (bytes[i + 2] == 0x94 || bytes[i + 2] == 0x93)  // — –
    }

    /// The expression that dates a sentence: the first definite one, else the first vague one.
    static func datingExpression(_ timexes: [Timex]) -> Timex? {
        if let definite = timexes.first(where: { $0.interval != nil && !$0.isVague && $0.type != .duration }) { return definite }
        return timexes.first(where: { $0.isVague })
    }

    static func kind(of timex: Timex, published: CalendarDate?) -> EventKind {
        if timex.isVague, timex.type == .duration { return .vague }  // "in recent months"
        if case .reference(let reference) = timex.value {
            switch reference {
            case .past: return .vague
            case .present: return .point
            case .future: return .upcoming
            }
        }
        if timex.preposition == "since" { return .state }
        if let published, let interval = timex.interval {
            let dayStart = CalendarInstant(published)
            let dayEnd = CalendarInstant(published.adding(days: 1))
            if interval.start >= dayEnd || (interval.start >= dayStart && timex.tense == .future) { return .upcoming }
        }
        return .point
    }

    /// Where an event sits: its interval, or for vague events a minute-long slot just before
    /// (past) or just after (future) the publication day.
    static func placement(of timex: Timex, published: CalendarDate?) -> CalendarInterval? {
        if timex.isVague, timex.type == .duration, let published {
            let dayStart = CalendarInstant(published)
            return CalendarInterval(start: dayStart.adding(minutes: -1), end: dayStart)
        }
        if case .reference(let reference) = timex.value, let published {
            let dayStart = CalendarInstant(published)
            switch reference {
            case .past: return CalendarInterval(start: dayStart.adding(minutes: -1), end: dayStart)
            case .present: return CalendarInterval(day: published)
            case .future:
                let dayEnd = CalendarInstant(published.adding(days: 1))
                return CalendarInterval(start: dayEnd, end: dayEnd.adding(minutes: 1))
            }
        }
        return timex.interval
    }
}
