/// Checks bytes against the UTF-8 rules of RFC 3629 (no overlong forms, no surrogates, nothing above U+10FFFF).
enum UTF8Validator {
    /// The offset of the first byte of the first ill-formed sequence, or nil when all bytes are valid UTF-8.
    static func firstInvalidOffset(_ bytes: [UInt8]) -> Int? {
        bytes.withUnsafeBufferPointer { buffer -> Int? in
            let count = buffer.count
            var i = 0
            while i < count {
                let lead = buffer[i]
                if lead < 0x80 { i += 1; continue }
                let length: Int
                var secondRange: ClosedRange<UInt8> = 0x80...0xBF
                switch lead {
                case 0xC2...0xDF: length = 2
                case 0xE0: length = 3; secondRange = 0xA0...0xBF
                case 0xE1...0xEC, 0xEE...0xEF: length = 3
                case 0xED: length = 3; secondRange = 0x80...0x9F
                case 0xF0: length = 4; secondRange = 0x90...0xBF
                case 0xF1...0xF3: length = 4
                case 0xF4: length = 4; secondRange = 0x80...0x8F
                default: return i
                }
                guard i + 1 < count, secondRange.contains(buffer[i + 1]) else { return i }
                var k = 2
                while k < length {
                    guard i + k < count, (0x80...0xBF).contains(buffer[i + k]) else { return i }
                    k += 1
                }
                i += length
            }
            return nil
        }
    }
}
