/// Which article URLs may become links: `http`, `https` and relative URLs only.
///
/// `LinkPolicy.allows("https://example.com/a")` is true; `javascript:alert(1)`, `data:…`,
/// `JaVaScRiPt:…` and URLs holding whitespace or control characters (which browsers strip, so
/// `java\tscript:` would run) are false and are shown as plain text.
enum LinkPolicy {
    static func allows(_ url: String) -> Bool {
        let bytes = Array(url.utf8)
        guard !bytes.isEmpty, !bytes.contains(where: { $0 <= 0x20 || $0 == 0x7F || $0 == 0x5C }) else { return false }
        // The scheme is what comes before the first ":" when no "/", "?" or "#" comes earlier.
        guard let colon = bytes.firstIndex(of: UInt8(ascii: ":")) else { return true }
        if bytes[..<colon].contains(where: { $0 == UInt8(ascii: "/") || $0 == UInt8(ascii: "?") || $0 == UInt8(ascii: "#") }) { return true }
        let scheme = String(decoding: bytes[..<colon], as: UTF8.self).lowercased()
        return scheme == "http" || scheme == "https"
    }
}
