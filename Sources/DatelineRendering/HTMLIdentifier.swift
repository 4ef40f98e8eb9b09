/// An event id made fit for an HTML `id` attribute, so that no id from a saved timeline can carry
/// whitespace (which `id` forbids) or markup characters into the page.
///
/// Ids made of letters, digits and punctuation other than `<`, `>`, `"`, `'`, `` ` ``, `&` and `%`
/// (every id Dateline makes, such as `bridge-03`) are kept as they are. Any other ASCII character
/// in an id is percent-encoded (`a b` → `a%20b`, `<!--` → `%3C!--`), which keeps distinct ids distinct.
enum HTMLIdentifier {
    static func make(_ id: String) -> String {
        guard id.utf8.contains(where: needsEncoding) else { return id }
        var bytes: [UInt8] = []
        for byte in id.utf8 {
            if needsEncoding(byte) {
                bytes.append(UInt8(ascii: "%"))
                bytes.append(hexDigit(byte >> 4))
                bytes.append(hexDigit(byte & 0x0F))
            } else {
                bytes.append(byte)
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    private static func needsEncoding(_ byte: UInt8) -> Bool {
        switch byte {
        case 0x00...0x20, 0x7F, UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "\""), UInt8(ascii: "'"), UInt8(ascii: "`"),
             UInt8(ascii: "&"), UInt8(ascii: "%"):
            return true
        default:
            return false
        }
    }

    private static func hexDigit(_ value: UInt8) -> UInt8 {
        value < 10 ? UInt8(ascii: "0") + value : UInt8(ascii: "A") + value - 10
    }
}
