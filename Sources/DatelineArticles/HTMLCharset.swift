/// The encoding to hand libxml2's HTML parser for a page, read from its BOM or its declared charset
/// (`<meta charset>`, `<meta http-equiv="Content-Type" content="…; charset=…">`, `<?xml encoding>`)
/// in the first 4 KB.
///
/// UTF-8 and undeclared pages get `"UTF-8"`, so stray bad bytes become U+FFFD instead of switching
/// the rest of the page to Latin-1 (see LIBXML2-NOTES). Legacy charsets get the name iconv knows
/// for the WHATWG encoding the label stands for: `iso-8859-1` → `WINDOWS-1252`, `euc-kr` → `CP949`.
struct HTMLCharset: Equatable {
    /// How far into the page a declaration is looked for.
    static let scanLength = 4096

    /// The name passed to libxml2.
    var encoding: String
    /// The label as the page wrote it, lower-cased; nil when the page declared nothing.
    var declared: String?

    /// UTF-8, the default.
    static let utf8 = HTMLCharset(encoding: "UTF-8", declared: nil)

    /// The charset of `bytes` (already converted from UTF-16 when they had a UTF-16 BOM).
    static func of(_ bytes: [UInt8]) -> HTMLCharset {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { return HTMLCharset(encoding: "UTF-8", declared: "utf-8") }
        guard let label = declaredLabel(bytes.prefix(scanLength)) else { return .utf8 }
        return HTMLCharset(encoding: encodingName(for: label), declared: label)
    }

    /// The iconv name for a WHATWG charset label; `"UTF-8"` for UTF-8, UTF-16 (the bytes are UTF-8 by
    /// now) and labels nobody knows.
    static func encodingName(for label: String) -> String {
        switch label {
        case "utf-8", "utf8", "unicode-1-1-utf-8", "utf-16", "utf-16le", "utf-16be", "unicode", "ucs-2":
            return "UTF-8"
        case "iso-8859-1", "iso8859-1", "latin1", "l1", "us-ascii", "ascii", "windows-1252", "cp1252", "x-cp1252", "cp819", "ibm819":
            return "WINDOWS-1252"
        case "euc-kr", "ks_c_5601-1987", "ks_c_5601-1989", "ksc5601", "korean", "windows-949", "cp949", "x-windows-949", "csksc56011987":
            return "CP949"
        case "shift_jis", "shift-jis", "sjis", "x-sjis", "ms_kanji", "csshiftjis", "windows-31j", "ms932", "cp932":
            return "CP932"
        case "gb2312", "gbk", "x-gbk", "cp936", "chinese", "csgb2312":
            return "GBK"
        case "big5", "big5-hkscs", "cn-big5", "x-x-big5":
            return "BIG5-HKSCS"
        case "iso-8859-9", "latin5", "windows-1254":
            return "WINDOWS-1254"
        default:
            let allowed = label.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || "-_.:".contains($0)) }
            return allowed && !label.isEmpty ? label.uppercased() : "UTF-8"
        }
    }

    /// The first charset label declared in `head`, lower-cased and trimmed.
    static func declaredLabel(_ head: ArraySlice<UInt8>) -> String? {
        // Only ASCII matters here; other bytes become "?" so every legacy page can be scanned.
        let text = String(head.map { $0 < 0x80 ? Character(UnicodeScalar($0)) : "?" }).lowercased()
        if text.hasPrefix("<?xml"), let end = text.firstRange(of: "?>"),
           let label = value(after: "encoding=", in: text[..<end.lowerBound]) {
            return label
        }
        var rest = Substring(text)
        while let open = rest.firstRange(of: "<meta") {
            let tail = rest[open.upperBound...]
            let close = tail.firstIndex(of: ">") ?? tail.endIndex
            let tag = tail[..<close]
            if let label = value(after: "charset=", in: tag) { return label }
            rest = tail[close...]
        }
        return nil
    }

    /// The value after `key` (quoted or not), up to a quote, `;`, space or `/`.
    private static func value(after key: String, in text: Substring) -> String? {
        guard let found = text.firstRange(of: key) else { return nil }
        var value = text[found.upperBound...].drop(while: { $0 == " " || $0 == "\"" || $0 == "'" })
        value = value.prefix(while: { !"\"'; />\t\n\r".contains($0) })
        return value.isEmpty ? nil : String(value)
    }
}
