import DatelineXML

/// Which article URLs may become links: `http`, `https` and relative URLs only.
///
/// `LinkPolicy.allows("https://example.com/a")` is true. False, so the title is shown as plain
/// text: `javascript:`, `data:`, `vbscript:` and every other scheme, in any case (`JaVaScRiPt:`);
/// URLs holding whitespace, control characters or a backslash (browsers strip or rewrite them, so
/// `java\tscript:` would run) or `<`, `>`, `"` or `` ` `` (never part of a URL, and the start of
/// an attribute breakout wherever a URL is pasted unescaped); an `&` before the first `/`, `?` or `#` (a character reference such
/// as `javascript&#58;` or `&colon;` hides a scheme from this check but not from an HTML or
/// Markdown reader that decodes it); and protocol-relative `//host` URLs, which leave the page's
/// own site without saying how.
enum LinkPolicy {
    static func allows(_ url: String) -> Bool {
        let bytes = Array(url.utf8)
        guard !bytes.isEmpty, !bytes.contains(where: isForbidden) else { return false }
        if bytes.starts(with: "//".utf8) { return false }
        // The scheme, if any, is what comes before the first ":" when no "/", "?" or "#" comes earlier.
        let head = bytes.prefix { $0 != UInt8(ascii: "/") && $0 != UInt8(ascii: "?") && $0 != UInt8(ascii: "#") }
        if head.contains(UInt8(ascii: "&")) { return false }
        guard let colon = head.firstIndex(of: UInt8(ascii: ":")) else { return true }
        let scheme = String(decoding: head[..<colon], as: UTF8.self).lowercased()
        return scheme == "http" || scheme == "https"
    }

    /// Whitespace, controls, DEL, backslash, `<`, `>`, `"` and `` ` ``.
    private static func isForbidden(_ byte: UInt8) -> Bool {
        switch byte {
        case 0x00...0x20, 0x7F, 0x5C, UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "\""), UInt8(ascii: "`"): return true
        default: return false
        }
    }

    /// Makes `element` link to `url` when it is an `<a>` and the URL is allowed; otherwise takes
    /// away any `href` it had, so the element shows its text only. Data never gives an `href` to
    /// anything but `<a>` (a template's `<base>` or `<link>` must not take one from an article).
    static func link(_ element: MarkupNode, to url: String?) {
        if let url, element.name == "a", allows(url) {
            element.setAttribute("href", url)
        } else {
            element.removeAttribute("href")
        }
    }
}
