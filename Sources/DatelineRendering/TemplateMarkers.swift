import DatelineXML

/// The markers each kind of template may carry, and a check for the ones no renderer fills: a
/// misspelt `data-slot="titel"` would otherwise vanish from the page without a word.
///
/// ```swift
/// for marker in TemplateMarkers.unknown(in: bytes, for: .timeline) { print("template.html:\(marker.line): \(marker.text)") }
/// ```
public enum TemplateMarkers {
    /// Which renderer reads the template.
    public enum Kind: Sendable {
        /// `HTMLTimelineRenderer`: `Templates/timeline.html`, `Templates/fragment.html`.
        case timeline
        /// `HTMLDiffRenderer`: `Templates/diff.html`, `Templates/diff-fragment.html`.
        case diff
    }

    /// A marker no renderer of the kind fills.
    public struct Unknown: Sendable, Hashable {
        /// The template line it is on.
        public var line: Int
        /// The marker as written: `data-slot="titel"`.
        public var text: String
        /// The names that marker may take, sorted.
        public var known: [String]
    }

    /// The names each marker (`data-slot`, `data-template`, `data-field`) may take.
    public static func names(for kind: Kind) -> [String: Set<String>] {
        switch kind {
        case .timeline:
            return [
                "data-slot": ["title", "summary", "sources", "axis", "years", "months", "events", "fragment"],
                "data-template": ["year", "month", "event", "source"],
                "data-field": ["year-label", "month-label", "date", "interval", "kind", "headline", "sentence", "source",
                               "source-title", "source-published"],
            ]
        case .diff:
            let sides = ["a", "b"].flatMap { side in [side] + ["date", "headline", "sentence", "source"].map { "\(side)-\($0)" } }
            return [
                "data-slot": ["title", "summary", "a-title", "b-title", "a-sources", "b-sources", "rows", "identical", "fragment"],
                "data-template": ["row", "source"],
                "data-field": Set(sides + ["change", "marker", "score", "source-title", "source-published"]),
            ]
        }
    }

    /// The markers in `template` that the `kind` renderer does not fill, in document order. A
    /// template that does not parse gives none (rendering reports that).
    public static func unknown(in template: [UInt8], for kind: Kind) -> [Unknown] {
        guard let document = try? MarkupDocument.html(template) else { return [] }
        let known = names(for: kind)
        let elements = (try? document.select("//*[@data-slot or @data-template or @data-field]")) ?? []
        var found: [Unknown] = []
        for element in elements {
            for marker in ["data-slot", "data-template", "data-field"] {
                guard let name = element.attribute(marker), let allowed = known[marker], !allowed.contains(name) else { continue }
                found.append(Unknown(line: element.line, text: "\(marker)=\"\(name)\"", known: allowed.sorted()))
            }
        }
        return found
    }
}
