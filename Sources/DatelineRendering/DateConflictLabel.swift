import DatelineNormalizer
import DatelineTimeline

/// The date label of an event whose sources disagree on its date: each date with the articles
/// that give it, oldest date first, e.g. "April 2025 (metro-daily) / May 2025 (river-gazette)".
///
/// `DateConflictLabel.label(for: event)` is nil when the event has no conflicting citation
/// (`Event.hasDateConflict`), and `DateLabel.label(for:)` then gives the usual label.
enum DateConflictLabel {
    static func label(for event: Event) -> String? {
        guard event.hasDateConflict else { return nil }
        var own = event
        own.citations = []
        // Each telling's label, its interval for ordering, and its source.
        var tellings: [(label: String, start: Int, source: String)] = []
        tellings.append((DateLabel.label(for: own), own.placement?.start.minutes ?? Int.max, event.sourceID))
        for citation in event.citations {
            var told = own
            told.sourceID = citation.sourceID
            told.when = citation.when
            told.placement = citation.placement
            told.until = nil
            told.published = nil
            tellings.append((DateLabel.label(for: told), citation.placement?.start.minutes ?? Int.max, citation.sourceID))
        }
        // One entry per label, in the order of the first telling that gives it.
        var order: [String] = []
        var starts: [String: Int] = [:]
        var sources: [String: [String]] = [:]
        for telling in tellings {
            if sources[telling.label] == nil { order.append(telling.label); starts[telling.label] = telling.start }
            if !sources[telling.label, default: []].contains(telling.source) { sources[telling.label, default: []].append(telling.source) }
        }
        let sorted = order.enumerated().sorted { x, y in
            let sx = starts[x.element]!, sy = starts[y.element]!
            return sx != sy ? sx < sy : x.offset < y.offset
        }.map(\.element)
        return sorted.map { "\($0) (\(sources[$0]!.joined(separator: ", ")))" }.joined(separator: " / ")
    }
}
