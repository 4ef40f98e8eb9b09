/// Finds `\uXXXX` escapes in a JSON text that name half of a UTF-16 surrogate pair without the
/// other half (`"\ud800"`), which JSON parsers refuse, and rewrites each as `\ufffd` in place (the
/// same six bytes), so the rest of the record can still be read.
enum JSONSurrogateRepair {
    /// A lone surrogate escape: where it was, and how it was written.
    struct Repair: Equatable {
        var offset: Int
        var escape: String
    }

    /// Rewrites every lone surrogate escape in `bytes`; returns what it rewrote, in order.
    static func repair(_ bytes: inout [UInt8]) -> [Repair] {
        guard bytes.contains(0x5C) else { return [] }  // no backslash, no escape
        var repairs: [Repair] = []
        var i = 0
        while i < bytes.count {
            guard bytes[i] == 0x5C, i + 1 < bytes.count else { i += 1; continue }
            guard bytes[i + 1] == UInt8(ascii: "u"), let unit = codeUnit(bytes, at: i) else {
                i += 2  // another escape (\" \\ \n …): skip both bytes
                continue
            }
            if (0xD800...0xDBFF).contains(unit), let next = codeUnit(bytes, at: i + 6), (0xDC00...0xDFFF).contains(next) {
                i += 12  // a whole pair
                continue
            }
            if (0xD800...0xDFFF).contains(unit) {
                repairs.append(Repair(offset: i, escape: String(decoding: bytes[i..<(i + 6)], as: UTF8.self)))
                bytes.replaceSubrange(i..<(i + 6), with: Array("\\ufffd".utf8))
            }
            i += 6
        }
        return repairs
    }

    /// The code unit of a `\uXXXX` escape starting at `offset`, or nil when there is none there.
    private static func codeUnit(_ bytes: [UInt8], at offset: Int) -> UInt16? {
        guard offset + 6 <= bytes.count, bytes[offset] == 0x5C, bytes[offset + 1] == UInt8(ascii: "u") else { return nil }
        var value: UInt16 = 0
        for byte in bytes[(offset + 2)..<(offset + 6)] {
            let digit: UInt8
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = byte - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = byte - UInt8(ascii: "A") + 10
            default: return nil
            }
            value = value << 4 | UInt16(digit)
        }
        return value
    }
}
