/// Keeps bidi control characters in article text from reordering what follows it in plain-text
/// formats (Markdown), where no element can isolate it as `dir="auto"` does in HTML.
///
/// Text holding a bidi control is wrapped in FIRST STRONG ISOLATE … POP DIRECTIONAL ISOLATE,
/// with every embedding, override or isolate it leaves open closed first, so an unterminated
/// U+202E (RIGHT-TO-LEFT OVERRIDE) in a headline cannot flip the date or source after it. The
/// text itself is kept intact; text without bidi controls is returned unchanged.
enum BidiIsolation {
    static func isolate(_ text: String) -> String {
        // All bidi controls are U+202A…U+202E or U+2066…U+2069: UTF-8 E2 80 AA…AE, E2 81 A6…A9.
        guard text.utf8.contains(0xE2), text.unicodeScalars.contains(where: isControl) else { return text }
        // Simulate the stack: "E" for an embedding or override, "I" for an isolate (ours at the bottom).
        var stack: [Character] = ["I"]
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x202A...0x202E where scalar.value != 0x202C: stack.append("E")
            case 0x202C: if stack.last == "E" { stack.removeLast() }
            case 0x2066...0x2068: stack.append("I")
            case 0x2069:
                // A PDI closes the innermost isolate and every embedding inside it; one the text
                // did not open closes ours, and whatever the text opens after it is closed below.
                if let index = stack.lastIndex(of: "I") { stack.removeSubrange(index...) }
            default: break
            }
        }
        var result = "\u{2068}" + text
        while let top = stack.popLast() { result += top == "E" ? "\u{202C}" : "\u{2069}" }
        return result
    }

    static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        (0x202A...0x202E).contains(scalar.value) || (0x2066...0x2069).contains(scalar.value)
    }
}
