import DatelineNormalizer
import DatelineTimeline
import Foundation

/// A small hand-built timeline (invented text) that exercises every kind of event and label:
/// a decade, a year, a season state, a month with a fact, a narrowed month, a vague event, a
/// day from a second source, an upcoming time and an upcoming "early September".
enum SampleTimeline {
    static let published = CalendarDate(year: 2025, month: 6, day: 26)!
    static let councilPublished = CalendarDate(year: 2025, month: 6, day: 20)!

    static let bridge = TimelineSource(id: "bridge", title: "Lantern Street Bridge to Close for Repairs",
                                       url: "https://news.example.org/2025/06/26/lantern-bridge", path: "Articles/bridge.txt",
                                       published: published)
    static let council = TimelineSource(id: "council", title: "Council Weighs a Détour for “Lantern Street”", path: "Articles/council.txt",
                                        published: councilPublished)

    static var timeline: Timeline {
        Timeline(title: "Lantern Street Bridge", sources: [bridge, council], events: events)
    }

    static var events: [Event] {
        [
            event("bridge-01", "The bridge opened in [the 1960s] as a toll crossing.", at: 120, value: .decade(196),
                  headline: "The bridge opened as a toll crossing", anchor: .none, preposition: "in"),
            event("bridge-02", "Inspectors flagged rust on the deck [last year], the city said.", at: 200, value: .year(2024),
                  headline: "Inspectors flagged rust on the deck"),
            event("bridge-03", "Cyclists have complained about potholes [since last summer].", at: 280, kind: .state,
                  value: .season(year: 2024, .summer), headline: "Cyclists have complained about potholes", tense: .present,
                  preposition: "since"),
            event("bridge-04", "The city hired an engineering firm in [April] under a contract that runs for three years.", at: 360,
                  value: .month(year: 2025, month: 4), headline: "The city hired an engineering firm", preposition: "in",
                  facts: [("three years", .duration(amount: 3, unit: .year), .duration)]),
            event("bridge-05", "[Earlier this month], crews closed one lane — “a precaution,” the engineer said.", at: 470,
                  value: .month(year: 2025, month: 6),
                  interval: CalendarInterval(from: CalendarDate(year: 2025, month: 6, day: 1)!, until: published),
                  headline: "Crews closed one lane"),
            event("bridge-06", "Traffic on the detour route has [recently] grown.", at: 560, kind: .vague, value: .reference(.past),
                  placement: CalendarInterval(start: CalendarInstant(published).adding(minutes: -1), end: CalendarInstant(published)),
                  headline: "Traffic on the detour route has grown", tense: .present),
            event("council-01", "On [June 19], the council voted 6-1 to fund the repairs.", at: 90, source: council,
                  value: .day(CalendarDate(year: 2025, month: 6, day: 19)!), headline: "The council voted 6-1 to fund the repairs",
                  preposition: "on", citations: [citation]),
            event("bridge-09", "The east lane will stay shut [from July] to August.", at: 760, kind: .span,
                  value: .month(year: 2025, month: 7),
                  placement: CalendarInterval(from: CalendarDate(year: 2025, month: 7, day: 1)!, until: CalendarDate(year: 2025, month: 9, day: 1)!),
                  headline: "The east lane will stay shut", tense: .future, preposition: "from",
                  until: ("August", .month(year: 2025, month: 8))),
            event("bridge-07", "The bridge will close at [8 p.m. Friday].", at: 640, kind: .upcoming,
                  value: .time(CalendarDate(year: 2025, month: 6, day: 27)!, hour: 20, minute: 0),
                  headline: "The bridge will close", tense: .future, preposition: "at", type: .time),
            event("bridge-08", "Work is expected to finish in [early September].", at: 700, kind: .upcoming,
                  value: .month(year: 2025, month: 9), mod: .start,
                  interval: CalendarInterval(from: CalendarDate(year: 2025, month: 9, day: 1)!, until: CalendarDate(year: 2025, month: 9, day: 11)!),
                  headline: "Work is expected to finish", tense: .future, preposition: "in"),
        ]
    }

    /// An event from a sentence whose expression is marked with `[` and `]`; `at` is the
    /// sentence's UTF-8 offset in its article. The interval defaults to the value's own.
    static func event(
        _ id: String, _ marked: String, at offset: Int, source: TimelineSource = bridge, kind: EventKind = .point,
        value: TimexValue, mod: TimexMod? = nil, interval: CalendarInterval?? = .none, placement: CalendarInterval?? = .none,
        headline: String, anchor: Timex.Anchor = .publicationDate, tense: Tense = .past, preposition: String? = nil,
        type: TimexType = .date, facts: [(text: String, value: TimexValue, type: TimexType)] = [],
        until: (text: String, value: TimexValue)? = nil, citations: [Citation] = []
    ) -> Event {
        let open = marked.range(of: "[")!, close = marked.range(of: "]", range: open.upperBound..<marked.endIndex)!
        let before = String(marked[..<open.lowerBound]), expression = String(marked[open.upperBound..<close.lowerBound])
        let sentence = before + expression + String(marked[close.upperBound...])
        let local = before.utf8.count..<(before.utf8.count + expression.utf8.count)
        let span = interval ?? value.interval
        var when = Timex(range: (offset + local.lowerBound)..<(offset + local.upperBound), text: expression, type: type, value: value,
                         mod: mod, interval: span, granularity: value.granularity, preposition: preposition, anchor: anchor, tense: tense)
        when.isVague = kind == .vague
        let factTimexes = facts.map { fact -> Timex in
            let start = offset + sentence.utf8.distance(from: sentence.startIndex, to: sentence.range(of: fact.text)!.lowerBound)
            return Timex(range: start..<(start + fact.text.utf8.count), text: fact.text, type: fact.type, value: fact.value,
                         interval: nil, granularity: nil, preposition: "for", anchor: .none, tense: tense)
        }
        let end = until.map { until -> Timex in
            let start = offset + sentence.utf8.distance(from: sentence.startIndex, to: sentence.range(of: until.text)!.lowerBound)
            return Timex(range: start..<(start + until.text.utf8.count), text: until.text, type: .date, value: until.value,
                         interval: until.value.interval, granularity: until.value.granularity, preposition: "to", anchor: .publicationDate,
                         tense: tense)
        }
        var event = Event(id: id, kind: kind, when: when, placement: placement ?? span, headline: headline, sentence: sentence,
                          timexRange: local, sentenceRange: offset..<(offset + sentence.utf8.count), sourceID: source.id,
                          facts: factTimexes, published: source.published, sentenceIndex: offset / 80, until: end)
        event.citations = citations
        return event
    }

    /// The bridge article's telling of the council vote, merged into the council's.
    static var citation: Citation {
        let sentence = "The council voted last week to pay for the work."
        let when = Timex(range: 838..<847, text: "last week", type: .date, value: .week(year: 2025, week: 25),
                         interval: TimexValue.week(year: 2025, week: 25).interval, granularity: .week, anchor: .publicationDate, tense: .past)
        return Citation(sourceID: bridge.id, eventID: "bridge-10", sentence: sentence, when: when, placement: when.interval)
    }

    /// The project folder (holding Package.swift).
    static let projectRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// A file of the project, as bytes.
    static func projectFile(_ path: String) throws -> [UInt8] {
        [UInt8](try Data(contentsOf: projectRoot.appendingPathComponent(path)))
    }
}
