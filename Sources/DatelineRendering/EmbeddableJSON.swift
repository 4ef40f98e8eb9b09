import Foundation

/// JSON that is safe to paste inside an HTML `<script>` element: every `<`, `>` and `&` is written
/// as a `\u003c`-style escape, so article text such as `</script>` or `<!--` cannot end the element
/// or open a comment. JSON readers decode the escapes back to the same characters, and the structure
/// never uses those characters, so only string contents change.
enum EmbeddableJSON {
    /// Encodes `value` pretty-printed with sorted keys (equal input gives equal bytes), HTML-safe,
    /// with a final newline.
    static func encode(_ value: some Encodable) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        // Encoding plain strings, numbers and arrays cannot fail.
        let data = (try? encoder.encode(value)) ?? Data("{}".utf8)
        var bytes: [UInt8] = []
        bytes.reserveCapacity(data.count + 1)
        for byte in data {
            switch byte {
            case UInt8(ascii: "<"): bytes.append(contentsOf: Array("\\u003c".utf8))
            case UInt8(ascii: ">"): bytes.append(contentsOf: Array("\\u003e".utf8))
            case UInt8(ascii: "&"): bytes.append(contentsOf: Array("\\u0026".utf8))
            default: bytes.append(byte)
            }
        }
        bytes.append(UInt8(ascii: "\n"))
        return String(decoding: bytes, as: UTF8.self)
    }
}
