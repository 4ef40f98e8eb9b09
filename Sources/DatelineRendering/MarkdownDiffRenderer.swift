import DatelineNormalizer
import DatelineTimeline

/// Renders a timeline diff as a unified CommonMark list, oldest first, one item per row:
///
/// ```markdown
/// - `!` **May 2025** → **April 2025** — Inspectors first reported corrosion on the girders
///   > A: Inspectors first reported corrosion on the girders **last month**, according to a city memo.
///   >
///   > B: A city memo shows that inspectors reported corrosion on the girders **in April**.
/// - `+` **June 24, 2025** — Mayor Dana Ruiz toured the closed bridge
///   > B: Mayor Dana Ruiz toured the closed bridge **on Tuesday**.
/// ```
///
/// Markers: `-` only in A, `+` only in B, `~` refined (one date finer), `!` date conflict, and `=` for
/// the same event, listed only with `includeSame`. Two timelines that are the same give an empty
/// string, as diff(1) prints nothing. Article text is escaped as in `MarkdownTimelineRenderer`.
public struct MarkdownDiffRenderer: Sendable {
    public var includeSame: Bool

    public init(includeSame: Bool = false) { self.includeSame = includeSame }

    public func render(_ diff: TimelineDiff) -> String {
        if diff.isIdentical && !includeSame { return "" }
        typealias Escape = MarkdownTimelineRenderer
        var lines: [String] = []
        lines.append("# \(Escape.escape(DiffRenderer.title(diff)))")
        lines.append("")
        for (side, timeline) in [("A", diff.a), ("B", diff.b)] {
            let count = timeline.events.count
            var line = "- \(side): \(Escape.escape(DiffRenderer.sideTitle(timeline))) — \(count) \(count == 1 ? "event" : "events")"
            if timeline.sources.count == 1, let date = timeline.sources[0].published {
                line += ", published \(DateLabel.day(date))"
            } else if timeline.sources.count > 1 {
                line += " from \(timeline.sources.count) articles: " + timeline.sources.map { source in
                    Escape.escape(source.title ?? source.id) + (source.published.map { " (\(DateLabel.day($0)))" } ?? "")
                }.joined(separator: "; ")
            }
            lines.append(line)
        }
        lines.append("")
        lines.append(diff.summary.description + ".")
        lines.append("")
        lines.append("Markers: `-` only in A, `+` only in B, `~` refined (one date finer), `!` date conflict"
                     + (includeSame ? ", `=` same." : "."))
        lines.append("")
        let titlesA = Self.titles(diff.a), titlesB = Self.titles(diff.b)
        let severalA = diff.a.sources.count > 1, severalB = diff.b.sources.count > 1
        for row in diff.rows where includeSame || row.diffClass.isDifference {
            var item = "- `\(row.diffClass.marker)` "
            switch (row.a, row.b) {
            case (let a?, let b?):
                let labelA = DateLabel.label(for: a), labelB = DateLabel.label(for: b)
                item += labelA == labelB ? "**\(Escape.escape(labelA))**" : "**\(Escape.escape(labelA))** → **\(Escape.escape(labelB))**"
                item += " — \(Escape.escape(a.headline))"
                if b.headline != a.headline { item += " / \(Escape.escape(b.headline))" }
            case (let a?, nil):
                item += "**\(Escape.escape(DateLabel.label(for: a)))** — \(Escape.escape(a.headline))"
            case (nil, let b?):
                item += "**\(Escape.escape(DateLabel.label(for: b)))** — \(Escape.escape(b.headline))"
            case (nil, nil):
                continue
            }
            lines.append(item)
            guard row.diffClass != .same else { continue }
            var quotes: [String] = []
            if let a = row.a { quotes.append("A: " + Self.quote(a) + (severalA ? Self.cite(a, titlesA) : "")) }
            if let b = row.b { quotes.append("B: " + Self.quote(b) + (severalB ? Self.cite(b, titlesB) : "")) }
            for (index, quote) in quotes.enumerated() {
                if index > 0 { lines.append("  >") }
                lines.append("  > " + quote)
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The sentence with the dating expression in bold, escaped.
    static func quote(_ event: Event) -> String {
        typealias Escape = MarkdownTimelineRenderer
        let parts = event.sentenceParts
        return BidiIsolation.isolate("\(Escape.escapeSyntax(parts.before))**\(Escape.escapeSyntax(parts.expression))**\(Escape.escapeSyntax(parts.after))")
    }

    /// " (Source title; Other title)" for a side with several articles.
    static func cite(_ event: Event, _ titles: [String: String]) -> String {
        " (" + event.sourceIDs.map { MarkdownTimelineRenderer.escape(titles[$0] ?? $0) }.joined(separator: "; ") + ")"
    }

    static func titles(_ timeline: Timeline) -> [String: String] {
        Dictionary(timeline.sources.map { ($0.id, $0.title ?? $0.id) }, uniquingKeysWith: { a, _ in a })
    }
}
