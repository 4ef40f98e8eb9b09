import DatelineNormalizer
import DatelineTimeline

/// Renders a timeline as CommonMark: a heading per year and month, a list item per event.
///
/// Article text is escaped, so it cannot open links, emphasis or raw HTML.
public struct MarkdownTimelineRenderer: Sendable {
    /// With `fragment`, the page title and sources are left out (for embedding in a report).
    public var fragment: Bool

    public init(fragment: Bool = false) { self.fragment = fragment }

    public func render(_ timeline: Timeline) -> String {
        var lines: [String] = []
        let headingBase = fragment ? "###" : "##"
        if !fragment {
            lines.append("# \(Self.escape(timeline.title))")
            lines.append("")
            lines.append(HTMLTimelineRenderer.summary(timeline) + ":")
            lines.append("")
            for source in timeline.sources {
                let title = Self.escape(source.title ?? source.id)
                let linked = source.url.map { "[\(title)](<\(Self.escapeURL($0))>)" } ?? title
                let date = source.published.map { ", published \(DateLabel.day($0))" } ?? ""
                lines.append("- \(linked)\(date)")
            }
            lines.append("")
        }
        let titles = Dictionary(timeline.sources.map { ($0.id, $0.title ?? $0.id) }, uniquingKeysWith: { a, _ in a })
        let multipleSources = timeline.sources.count > 1
        for year in TimelineGroups(timeline).years {
            lines.append("\(headingBase) \(year.label)")
            lines.append("")
            for month in year.months {
                if let number = month.month {
                    lines.append("\(headingBase)# \(DateLabel.monthName(number))")
                    lines.append("")
                }
                for event in month.events {
                    var item = "- **\(Self.escape(DateLabel.label(for: event)))**"
                    if event.kind != .point { item += " _(\(HTMLTimelineRenderer.kindLabel(event.kind)))_" }
                    item += " — \(Self.escape(event.headline))"
                    if multipleSources { item += " (\(Self.escape(titles[event.sourceID] ?? event.sourceID)))" }
                    lines.append(item)
                    let parts = event.sentenceParts
                    lines.append("  > \(Self.escape(parts.before))**\(Self.escape(parts.expression))**\(Self.escape(parts.after))")
                }
                lines.append("")
            }
        }
        while lines.last == "" { lines.removeLast() }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Backslash-escapes the characters that Markdown would read as syntax, and folds newlines.
    static func escape(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for character in text {
            switch character {
            case "\\", "`", "*", "_", "[", "]", "<", ">", "#", "|", "!", "{", "}", "~", "&":
                result.append("\\")
                result.append(character)
            case "\n", "\r", "\r\n":
                result.append(" ")
            default:
                result.append(character)
            }
        }
        return result
    }

    /// Percent-encodes the characters that would end a `<…>` link destination.
    static func escapeURL(_ url: String) -> String {
        var result = ""
        for scalar in url.unicodeScalars {
            switch scalar {
            case "<": result += "%3C"
            case ">": result += "%3E"
            case " ": result += "%20"
            case "\n", "\r": continue
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}
