import DatelineTimeline

/// Renders a timeline diff in any `DiffFormat`.
///
/// ```swift
/// let diff = TimelineDiff(a, b)
/// let text = try DiffRenderer().render(diff, as: .markdown)   // "" when the timelines are the same
/// let page = try DiffRenderer(template: diffTemplate).render(diff, as: .html)
/// ```
public struct DiffRenderer: Sendable {
    /// The HTML template's bytes (`.html` only): `Templates/diff.html`, or `Templates/diff-fragment.html`
    /// for a fragment.
    public var template: [UInt8]?
    /// Write the HTML template's `data-slot="fragment"` element only.
    public var fragment: Bool
    /// List the events both sides tell alike too (`=`); Markdown lists only differences otherwise.
    public var includeSame: Bool

    public init(template: [UInt8]? = nil, fragment: Bool = false, includeSame: Bool = false) {
        self.template = template
        self.fragment = fragment
        self.includeSame = includeSame
    }

    /// The template file this renderer needs for `format`, if any.
    public static func templateName(for format: DiffFormat, fragment: Bool) -> String? {
        format == .html ? (fragment ? "diff-fragment.html" : "diff.html") : nil
    }

    public func render(_ diff: TimelineDiff, as format: DiffFormat) throws(RenderingError) -> String {
        switch format {
        case .html:
            guard let template else { throw .templateUnreadable(reason: "no template was given") }
            return try HTMLDiffRenderer(template: template, fragment: fragment).render(diff)
        case .markdown: return MarkdownDiffRenderer(includeSame: includeSame).render(diff)
        case .json: return JSONDiffRenderer().render(diff)
        }
    }

    /// A side's title for display: the timeline's title without a leading "Timeline: ".
    static func sideTitle(_ timeline: Timeline) -> String {
        timeline.title.hasPrefix("Timeline: ") ? String(timeline.title.dropFirst("Timeline: ".count)) : timeline.title
    }

    /// "Diff: <A> / <B>".
    static func title(_ diff: TimelineDiff) -> String {
        "Diff: \(sideTitle(diff.a)) / \(sideTitle(diff.b))"
    }
}
