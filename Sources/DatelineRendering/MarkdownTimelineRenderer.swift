import DatelineNormalizer
import DatelineTimeline

/// Renders a timeline as CommonMark (GitHub-flavoured): a heading per year and month, a list item
/// per event with a bold date label, its kind when not a point (`_(upcoming)_`), the headline, and
/// the sentence as a quote with the expression in bold.
///
/// Article text is escaped, so it cannot open links, emphasis, lists or raw HTML; bidi controls in
/// it are isolated; only `http`, `https` and relative URLs become links.
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
                let linked = source.url.flatMap { LinkPolicy.allows($0) ? "[\(title)](<\(Self.escapeURL($0))>)" : nil } ?? title
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
                if let heading = month.heading {
                    lines.append("\(headingBase)# \(heading)")
                    lines.append("")
                }
                for event in month.events {
                    var item = "- **\(Self.escape(DateLabel.label(for: event)))**"
                    if event.kind != .point { item += " _(\(HTMLTimelineRenderer.kindLabel(event.kind)))_" }
                    item += " — \(Self.escape(event.headline))"
                    if multipleSources { item += " (\(event.sourceIDs.map { Self.escape(titles[$0] ?? $0) }.joined(separator: "; ")))" }
                    lines.append(item)
                    let parts = event.sentenceParts
                    let quote = "\(Self.escapeLineStart(Self.escapeSyntax(parts.before)))**\(Self.escapeSyntax(parts.expression))**\(Self.escapeSyntax(parts.after))"
                    lines.append("  > " + BidiIsolation.isolate(quote))
                }
                lines.append("")
            }
        }
        while lines.last == "" { lines.removeLast() }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Backslash-escapes the characters that Markdown would read as syntax, folds newlines, and
    /// isolates bidi controls (see `BidiIsolation`).
    static func escape(_ text: String) -> String {
        BidiIsolation.isolate(escapeSyntax(text))
    }

    /// Escapes what would open a list or a thematic break at the start of a line: `1.`, `2)`, `-`, `+`.
    static func escapeLineStart(_ text: String) -> String {
        let bytes = Array(text.utf8)
        guard let first = bytes.first else { return text }
        if first == UInt8(ascii: "-") || first == UInt8(ascii: "+") || first == UInt8(ascii: "=") { return "\\" + text }
        let digits = bytes.prefix { $0 >= 48 && $0 <= 57 }.count
        if digits > 0, digits <= 9, digits < bytes.count, bytes[digits] == UInt8(ascii: ".") || bytes[digits] == UInt8(ascii: ")") {
            return String(decoding: bytes[..<digits], as: UTF8.self) + "\\" + String(decoding: bytes[digits...], as: UTF8.self)
        }
        return text
    }

    /// Works on UTF-8 bytes: every character Markdown reads as syntax is ASCII, and no byte of a
    /// multi-byte character is ASCII. A line break (`\n`, `\r`, `\r\n`) becomes one space.
    static func escapeSyntax(_ text: String) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count + 16)
        var afterCR = false
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "\\"), UInt8(ascii: "`"), UInt8(ascii: "*"), UInt8(ascii: "_"), UInt8(ascii: "["), UInt8(ascii: "]"),
                 UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "#"), UInt8(ascii: "|"), UInt8(ascii: "!"), UInt8(ascii: "{"),
                 UInt8(ascii: "}"), UInt8(ascii: "~"), UInt8(ascii: "&"):
                bytes.append(UInt8(ascii: "\\"))
                bytes.append(byte)
            case 0x0A: if !afterCR { bytes.append(0x20) }
            case 0x0D: bytes.append(0x20)
            default: bytes.append(byte)
            }
            afterCR = byte == 0x0D
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Percent-encodes the characters that would end a `<…>` link destination, and backslash-escapes
    /// `&`, so a Markdown reader cannot decode a character reference in it (`&#58;` to `:`).
    static func escapeURL(_ url: String) -> String {
        var result = ""
        for scalar in url.unicodeScalars {
            switch scalar {
            case "<": result += "%3C"
            case ">": result += "%3E"
            case " ": result += "%20"
            case "&": result += "\\&"
            case "\n", "\r": continue
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}
