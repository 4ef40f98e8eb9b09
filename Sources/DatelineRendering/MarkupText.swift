/// Text made fit for XML 1.0 and HTML: the characters neither may contain (C0 controls other
/// than tab, line feed and carriage return, and U+FFFE, U+FFFF) become U+FFFD.
///
/// `MarkupText.clean("a\u{1}b")` is `"a\u{FFFD}b"`. Everything else, bidi controls included,
/// is kept as is.
enum MarkupText {
    static func clean(_ text: String) -> String {
        guard text.utf8.contains(where: { ($0 < 0x20 && $0 != 0x09 && $0 != 0x0A && $0 != 0x0D) || $0 == 0xEF }) else { return text }
        var scalars = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            let value = scalar.value
            let allowed = value >= 0x20 ? value != 0xFFFE && value != 0xFFFF : value == 0x09 || value == 0x0A || value == 0x0D
            scalars.append(allowed ? scalar : "\u{FFFD}")
        }
        return String(scalars)
    }
}
