/// Writes one compact JSON object, key by key in the order given, for JSON Lines output.
/// Works on UTF-8 bytes, so it is much faster than `JSONEncoder` on the hot path of a batch, and
/// just as strict about escaping.
///
/// ```swift
/// var object = JSONObjectWriter()
/// object.add("id", "ferry-1")
/// object.add("line", 3)
/// object.finished  // {"id":"ferry-1","line":3}
/// ```
public struct JSONObjectWriter: Sendable {
    private var bytes: [UInt8] = [UInt8(ascii: "{")]
    private var empty = true

    public init() {}

    /// The object, closed.
    public var finished: String {
        var closed = bytes
        closed.append(UInt8(ascii: "}"))
        return String(decoding: closed, as: UTF8.self)
    }

    /// A string value, or `null`.
    public mutating func add(_ key: String, _ value: String?) {
        startKey(key)
        if let value { Self.appendQuoted(value, to: &bytes) } else { bytes += Self.null }
    }

    /// An integer value, or `null`.
    public mutating func add(_ key: String, _ value: Int?) {
        startKey(key)
        if let value { bytes += String(value).utf8 } else { bytes += Self.null }
    }

    /// A boolean value.
    public mutating func add(_ key: String, _ value: Bool) {
        startKey(key)
        bytes += (value ? "true" : "false").utf8
    }

    /// An array of strings.
    public mutating func add(_ key: String, _ values: [String]) {
        startKey(key)
        bytes.append(UInt8(ascii: "["))
        for (i, value) in values.enumerated() {
            if i > 0 { bytes.append(UInt8(ascii: ",")) }
            Self.appendQuoted(value, to: &bytes)
        }
        bytes.append(UInt8(ascii: "]"))
    }

    /// A value that is already JSON (an object or array written elsewhere).
    public mutating func add(_ key: String, json: String) {
        startKey(key)
        bytes += json.utf8
    }

    /// A value that is already JSON, as UTF-8 bytes.
    mutating func add(_ key: String, jsonBytes: [UInt8]) {
        startKey(key)
        bytes += jsonBytes
    }

    private static let null: [UInt8] = Array("null".utf8)

    private mutating func startKey(_ key: String) {
        if !empty { bytes.append(UInt8(ascii: ",")) }
        empty = false
        Self.appendQuoted(key, to: &bytes)
        bytes.append(UInt8(ascii: ":"))
    }

    /// `value` as a JSON string: quotes, backslashes and control characters escaped, U+2028 and
    /// U+2029 too (so the line is also safe inside JavaScript), and `<`, `>` and `&` as `\u003c`-style
    /// escapes (so article text cannot close a `<script>` element the JSON is pasted into).
    public static func quoted(_ value: String) -> String {
        var bytes: [UInt8] = []
        appendQuoted(value, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Appends `value` as a JSON string to UTF-8 `bytes`, copying unescaped runs whole.
    static func appendQuoted(_ value: String, to bytes: inout [UInt8]) {
        var value = value
        bytes.append(0x22)
        value.withUTF8 { utf8 in
            var runStart = 0
            var i = 0
            let count = utf8.count
            while i < count {
                let byte = utf8[i]
                // Fast path: nothing to escape.
                if byte >= 0x20 && byte != 0x22 && byte != 0x5C && byte != 0xE2 && byte != 0x3C && byte != 0x3E && byte != 0x26 {
                    i += 1
                    continue
                }
                if byte == 0xE2 {
                    guard i + 2 < count, utf8[i + 1] == 0x80, utf8[i + 2] == 0xA8 || utf8[i + 2] == 0xA9 else {
                        i += 1
                        continue
                    }
                }
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<i]))
                bytes.append(0x5C)
                switch byte {
                case 0x22, 0x5C: bytes.append(byte)
                case 0x0A: bytes.append(UInt8(ascii: "n"))
                case 0x0D: bytes.append(UInt8(ascii: "r"))
                case 0x09: bytes.append(UInt8(ascii: "t"))
                case 0xE2:
                    bytes.append(contentsOf: [UInt8(ascii: "u"), 0x32, 0x30, 0x32, utf8[i + 2] == 0xA8 ? 0x38 : 0x39])
                    i += 2
                default:
                    bytes.append(contentsOf: [UInt8(ascii: "u"), 0x30, 0x30, hexDigits[Int(byte >> 4)], hexDigits[Int(byte & 0xF)]])
                }
                i += 1
                runStart = i
            }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<count]))
        }
        bytes.append(0x22)
    }

    private static let hexDigits: [UInt8] = Array("0123456789abcdef".utf8)

    /// The object's bytes, closed, appended to `output` (to build arrays without making strings).
    func append(to output: inout [UInt8]) {
        output += bytes
        output.append(UInt8(ascii: "}"))
    }
}
