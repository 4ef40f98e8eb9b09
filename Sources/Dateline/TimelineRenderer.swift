/// Renders a timeline in any `OutputFormat`.
public struct TimelineRenderer: Sendable {
    /// The HTML template's bytes (used by `.html` only).
    public var template: [UInt8]?

    public init(template: [UInt8]? = nil) { self.template = template }

    public func render(_ timeline: Timeline, as format: OutputFormat) throws(RenderingError) -> String {
        switch format {
        case .html:
            guard let template else { throw .templateUnreadable(reason: "no template was given") }
            return try HTMLTimelineRenderer(template: template).render(timeline)
        case .markdown: return MarkdownTimelineRenderer().render(timeline)
        case .json: return JSONTimelineRenderer().render(timeline)
        case .xml: return XMLTimelineRenderer().render(timeline)
        }
    }
}
