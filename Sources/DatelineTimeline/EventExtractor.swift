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

    public init(tagger: TemporalTagger = .init(), splitter: SentenceSplitter = .init(), headlines: HeadlineBuilder = .init()) {
        self.tagger = tagger
        self.splitter = splitter
        self.headlines = headlines
    }

    /// The events of `text`, in text order.
    public func events(in text: String, source: TimelineSource) -> [Event] {
        let timexes = tagger.tag(text, publicationDate: source.published)
        guard !timexes.isEmpty else { return [] }
        let sentences = splitter.split(text)
        let bytes = Array(text.utf8)
        var events: [Event] = []
        var seenIDs: [String: Int] = [:]
        var t = 0
        for sentence in sentences {
            var inSentence: [Timex] = []
            while t < timexes.count, timexes[t].range.lowerBound < sentence.upperBound {
                if timexes[t].range.lowerBound >= sentence.lowerBound { inSentence.append(timexes[t]) }
                t += 1
            }
            guard let anchor = Self.datingExpression(inSentence.filter { !Self.isDateline($0, in: bytes) }) else { continue }
            let sentenceText = String(decoding: bytes[sentence], as: UTF8.self)
            let local = (anchor.range.lowerBound - sentence.lowerBound)..<(anchor.range.upperBound - sentence.lowerBound)
            let headline = headlines.headline(sentence: sentenceText, timexRange: local)
            var id = "\(source.id)-\(StableID.make([source.id, anchor.value.description, sentenceText]))"
            if let count = seenIDs[id] {
                seenIDs[id] = count + 1
                id += "-\(count + 1)"
            } else {
                seenIDs[id] = 1
            }
            events.append(Event(
                id: id,
                kind: Self.kind(of: anchor, published: source.published),
                when: anchor,
                placement: Self.placement(of: anchor, published: source.published),
                headline: headline.isEmpty ? sentenceText : headline,
                sentence: sentenceText,
                timexRange: local,
                sentenceRange: sentence,
                sourceID: source.id,
                facts: inSentence.filter { $0 != anchor },
                published: source.published))
        }
        return events
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
