// Shared by every libFuzzer target in Tests/Fuzz (compiled into each by .ci/fuzz, not by SwiftPM).
#if canImport(Glibc)
import Glibc
#endif

/// Stops the fuzzer with `message` on stderr when a property does not hold. `precondition` drops
/// its message in optimized builds, and libFuzzer saves the input of any abort as a crash file.
@inline(never)
func fuzzCheck(_ condition: Bool, _ message: @autoclosure () -> String, file: StaticString = #fileID, line: UInt = #line) {
    if condition { return }
    fputs("fuzz property failed at \(file):\(line): \(message())\n", stderr)
    abort()
}

/// Hands out a fuzz input piece by piece: option bytes first, then length-prefixed parts, then the rest.
struct FuzzInput {
    private let bytes: UnsafeBufferPointer<UInt8>
    private var index = 0

    init(_ data: UnsafePointer<UInt8>, _ size: Int) {
        bytes = UnsafeBufferPointer(start: data, count: size)
    }

    var isEmpty: Bool { index >= bytes.count }

    /// The next byte, or 0 past the end.
    mutating func byte() -> UInt8 {
        guard index < bytes.count else { return 0 }
        defer { index += 1 }
        return bytes[index]
    }

    /// Up to `count` next bytes.
    mutating func take(_ count: Int) -> [UInt8] {
        let end = min(bytes.count, index + max(0, count))
        defer { index = end }
        return Array(bytes[index..<end])
    }

    /// The bytes up to the next `separator` (which is skipped), or the rest.
    mutating func part(until separator: UInt8) -> [UInt8] {
        let end = bytes[index...].firstIndex(of: separator) ?? bytes.count
        defer { index = min(bytes.count, end + 1) }
        return Array(bytes[index..<end])
    }

    /// Everything not yet taken.
    mutating func rest() -> [UInt8] { take(bytes.count - index) }
}

/// One line of text, as every error and warning description must be.
func isOneLine(_ text: String) -> Bool {
    !text.isEmpty && !text.unicodeScalars.contains { $0 == "\n" || $0 == "\r" || $0 == "\u{2028}" || $0 == "\u{2029}" }
}
