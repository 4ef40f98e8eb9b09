import DatelineTimeline
import Foundation

/// Renders a timeline diff as pretty-printed JSON with sorted keys: the two sides, the summary,
/// and every row with its class, marker and, for matched pairs, the score, the content similarity
/// and the date relation (`equal`, `finerInA`, `finerInB`, `overlapping`, `disjoint`, `vague`).
///
/// ```json
/// {"class": "dateConflict", "marker": "!", "score": 0.525, "similarity": 0.625, "dateRelation": "disjoint",
///  "a": {"id": "…", "label": "May 2025", "when": "2025-05", …}, "b": {…}}
/// ```
/// A row of one side only has no `b` (or `a`) and no score. Scores are rounded to three decimals.
public struct JSONDiffRenderer: Sendable {
    public init() {}

    public func render(_ diff: TimelineDiff) -> String {
        EmbeddableJSON.encode(DiffRecord(diff))
    }
}

/// The JSON form of a diff.
struct DiffRecord: Encodable {
    struct Side: Encodable {
        var title: String
        var events: Int
        var sources: [TimelineRecord.Source]
    }
    struct EventRecord: Encodable {
        var id: String
        var kind: String
        var label: String
        /// The TIMEX3 value.
        var when: String
        /// The expression as written.
        var expression: String
        var start: String?
        var end: String?
        var headline: String
        var sentence: String
        var sources: [String]
    }
    struct Row: Encodable {
        var diffClass: String
        var marker: String
        var score: Double?
        var similarity: Double?
        var dateRelation: String?
        var a: EventRecord?
        var b: EventRecord?
        enum CodingKeys: String, CodingKey { case diffClass = "class", marker, score, similarity, dateRelation, a, b }
    }
    var version = 1
    var title: String
    var identical: Bool
    var threshold: Double
    var summary: TimelineDiff.Summary
    var a: Side
    var b: Side
    var pairs: [Row]

    init(_ diff: TimelineDiff) {
        func side(_ timeline: Timeline) -> Side {
            Side(title: timeline.title, events: timeline.events.count, sources: timeline.sources.map {
                TimelineRecord.Source(id: $0.id, title: $0.title, url: $0.url, path: $0.path, published: $0.published?.description)
            })
        }
        func record(_ event: Event?) -> EventRecord? {
            guard let event else { return nil }
            return EventRecord(id: event.id, kind: event.kind.rawValue, label: DateLabel.label(for: event), when: event.when.value.description,
                               expression: event.when.text, start: event.placement?.start.description, end: event.placement?.end.description,
                               headline: event.headline, sentence: event.sentence, sources: event.sourceIDs)
        }
        func rounded(_ value: Double?) -> Double? { value.map { ($0 * 1000).rounded() / 1000 } }
        title = DiffRenderer.title(diff)
        identical = diff.isIdentical
        threshold = diff.threshold
        summary = diff.summary
        a = side(diff.a)
        b = side(diff.b)
        pairs = diff.rows.map { row in
            Row(diffClass: row.diffClass.rawValue, marker: row.diffClass.marker,
                score: rounded(row.score?.score), similarity: rounded(row.score?.similarity),
                dateRelation: row.score?.relation.rawValue, a: record(row.a), b: record(row.b))
        }
    }
}
