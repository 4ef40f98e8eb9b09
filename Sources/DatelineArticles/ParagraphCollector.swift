/// Gathers the text of a page, node by node, into paragraphs: whitespace runs become one space,
/// a `<br>` a line break, two `<br>`s in a row (or a block boundary) a paragraph end.
struct ParagraphCollector {
    /// One paragraph; `length` and `linkLength` count Unicode scalars (link text without spaces).
    struct Paragraph: Equatable {
        var text: String
        var length: Int
        var linkLength: Int
    }

    private(set) var paragraphs: [Paragraph] = []
    /// How many `<a>` elements the walk is inside.
    var linkDepth = 0

    private var lines: [String] = []
    private var line = ""
    private var pendingSpace = false
    private var linkLength = 0
    private var breaksInARow = 0

    /// Adds text; whitespace is collapsed.
    mutating func append(_ text: String, inLink: Bool) {
        for scalar in text.unicodeScalars {
            if scalar.properties.isWhitespace || scalar == "\u{200B}" {
                pendingSpace = !line.isEmpty
                continue
            }
            if pendingSpace {
                line.unicodeScalars.append(" ")
                pendingSpace = false
            }
            line.unicodeScalars.append(scalar)
            breaksInARow = 0
            if inLink { linkLength += 1 }
        }
    }

    /// A `<br>`: a line break, or a paragraph end when it follows another.
    mutating func lineBreak() {
        breaksInARow += 1
        if breaksInARow >= 2 {
            flush()
            return
        }
        endLine()
    }

    /// Ends the current paragraph, if it has any text.
    mutating func flush() {
        endLine()
        breaksInARow = 0
        guard !lines.isEmpty else { linkLength = 0; return }
        let text = lines.joined(separator: "\n")
        paragraphs.append(Paragraph(text: text, length: text.unicodeScalars.count, linkLength: linkLength))
        lines = []
        linkLength = 0
    }

    private mutating func endLine() {
        if !line.isEmpty { lines.append(line) }
        line = ""
        pendingSpace = false
    }
}
