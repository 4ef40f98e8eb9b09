import DatelineXML
import Foundation

/// Checks shared by the HTML tests.
enum HTMLChecks {
    /// libxml2 2.9 predates HTML5 and reports its elements as unknown ("Tag header invalid");
    /// those notices are not errors in the page.
    static let html5Elements: Set<String> = ["header", "nav", "main", "footer", "section", "article", "aside", "time", "mark",
                                             "svg", "line", "rect", "text", "figure", "figcaption"]

    /// Every parser diagnostic except the HTML5 "Tag X invalid" notices.
    static func problems(_ html: String) -> [MarkupDiagnostic] {
        MarkupDocument.htmlDiagnostics(Array(html.utf8)).filter { diagnostic in
            let message = diagnostic.message
            guard message.hasPrefix("Tag "), message.hasSuffix(" invalid") else { return true }
            return !html5Elements.contains(String(message.dropFirst(4).dropLast(8)))
        }
    }

    /// The CSS custom properties (`--ink: #1b1b1b`) of a template's styles.
    static func colours(in css: String) -> [String: String] {
        var result: [String: String] = [:]
        let pattern = try! NSRegularExpression(pattern: "--([a-z-]+):\\s*(#[0-9a-fA-F]{6})")
        for match in pattern.matches(in: css, range: NSRange(css.startIndex..., in: css)) {
            let name = String(css[Range(match.range(at: 1), in: css)!]), value = String(css[Range(match.range(at: 2), in: css)!])
            if result[name] == nil { result[name] = value }
        }
        return result
    }

    /// The WCAG 2 contrast ratio of two `#rrggbb` colours.
    static func contrast(_ a: String, _ b: String) -> Double {
        func luminance(_ hex: String) -> Double {
            let value = Int(hex.dropFirst(), radix: 16)!
            let channels = [(value >> 16) & 0xFF, (value >> 8) & 0xFF, value & 0xFF].map { Double($0) / 255 }
            let linear = channels.map { $0 <= 0.03928 ? $0 / 12.92 : pow(($0 + 0.055) / 1.055, 2.4) }
            return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]
        }
        let (x, y) = (luminance(a), luminance(b))
        return (max(x, y) + 0.05) / (min(x, y) + 0.05)
    }
}
