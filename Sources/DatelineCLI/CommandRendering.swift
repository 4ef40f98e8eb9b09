import Dateline

extension TimelineRenderer {
    /// Renders `timeline` for a command: finds the template (`--template` or the bundled one), warns
    /// about unknown markers in a user's template, and turns a rendering error into one naming the
    /// template file.
    static func renderForCommand(_ timeline: Timeline, as format: OutputFormat, fragment: Bool, template: String?) throws -> String {
        let templateName = templateName(for: format, fragment: fragment)
        let templateBytes = try templateName.map { try TemplateLocator().templateBytes(explicit: template, name: $0) }
        if let template, let templateBytes { TemplateWarnings.report(templateBytes, path: template, kind: .timeline) }
        do {
            return try TimelineRenderer(template: templateBytes, fragment: fragment).render(timeline, as: format)
        } catch {
            throw RenderCommand.InputError(path: template ?? "Templates/\(templateName ?? "timeline.html")", reason: error.description)
        }
    }
}
