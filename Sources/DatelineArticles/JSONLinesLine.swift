/// One line of a JSON Lines file, as `JSONLinesLineReader` hands it out.
public struct JSONLinesLine: Sendable, Hashable {
    /// 1-based line number.
    public var number: Int
    /// The line's bytes, without its line break (and without a UTF-8 BOM on line 1).
    public var bytes: [UInt8]
    /// False for a last line that ended without a line break (it may have been cut off).
    public var terminated: Bool
    /// True when the line was longer than the reader's limit; `bytes` is then empty.
    public var tooLong: Bool

    public init(number: Int, bytes: [UInt8], terminated: Bool = true, tooLong: Bool = false) {
        self.number = number
        self.bytes = bytes
        self.terminated = terminated
        self.tooLong = tooLong
    }

    /// True when the line holds only whitespace.
    public var isBlank: Bool {
        !tooLong && bytes.allSatisfy { $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }
    }
}
