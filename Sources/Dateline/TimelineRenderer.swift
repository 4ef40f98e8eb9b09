/// Renders a timeline in any `OutputFormat`, as a whole page or as an embeddable fragment.
///
/// ```swift
/// let markdown = try TimelineRenderer(fragment: true).render(timeline, as: .markdown)
/// ```
public struct TimelineRenderer: Sendable {
    /// The HTML template's bytes (used by `.html` only): `Templates/timeline.html`, or
    /// `Templates/fragment.html` for a fragment.
    public var template: [UInt8]?
    /// Write an embeddable fragment: one `<section class="dateline">` (HTML), or no title and
    /// sources (Markdown). Other formats have no fragment form.
    public var fragment: Bool

    public init(template: [UInt8]? = nil, fragment: Bool = false) {
        self.template = template
        self.fragment = fragment
    }

    /// The template file name this renderer needs for `format`, if any.
    public static func templateName(for format: OutputFormat, fragment: Bool) -> String? {
        format == .html ? (fragment ? "fragment.html" : "timeline.html") : nil
    }

    public func render(_ timeline: Timeline, as format: OutputFormat) throws(RenderingError) -> String {
        switch format {
        case .html:
            guard let template else { throw .templateUnreadable(reason: "no template was given") }
            return try HTMLTimelineRenderer(template: template, fragment: fragment).render(timeline)
        case .markdown: return MarkdownTimelineRenderer(fragment: fragment).render(timeline)
        case .json: return JSONTimelineRenderer().render(timeline)
        case .xml: return XMLTimelineRenderer().render(timeline)
        case .timelinejs: return TimelineJSRenderer().render(timeline)
        }
    }
}
