/// Checks on raw input bytes before any reader sees them: empty, a byte-order mark alone, binary, and UTF-16 with a BOM
/// (turned into UTF-8 so every reader works on UTF-8).
enum InputBytes {
    /// How many leading bytes are checked for NUL bytes and signatures.
    static let sniffLength = 8192

    /// Signatures of common binary files, with what to call them in a message.
    private static let signatures: [(bytes: [UInt8], kind: String)] = [
        ([0x89, 0x50, 0x4E, 0x47], "a PNG image"),
        ([0xFF, 0xD8, 0xFF], "a JPEG image"),
        (Array("GIF8".utf8), "a GIF image"),
        (Array("%PDF".utf8), "a PDF document"),
        ([0x50, 0x4B, 0x03, 0x04], "a ZIP archive (or a Word/EPUB file)"),
        ([0x1F, 0x8B], "a gzip archive"),
        ([0x7F, 0x45, 0x4C, 0x46], "an executable"),
        (Array("SQLite format 3".utf8), "an SQLite database"),
    ]

    /// Throws `emptyFile` for no bytes, `onlyByteOrderMark` for a BOM alone, and `binaryFile` for bytes that are not text: a known signature,
    /// or a NUL byte in the first 8 KB of a file without a UTF-16 BOM.
    static func check(_ bytes: [UInt8], path: String) throws(ArticleError) {
        if bytes.isEmpty { throw .emptyFile(path: path) }
        if bytes == [0xEF, 0xBB, 0xBF] || bytes == [0xFE, 0xFF] || bytes == [0xFF, 0xFE] { throw .onlyByteOrderMark(path: path) }
        if utf16Endianness(bytes) != nil { return }
        for signature in signatures where bytes.starts(with: signature.bytes) {
            throw .binaryFile(path: path, kind: signature.kind)
        }
        if bytes.prefix(sniffLength).contains(0) { throw .binaryFile(path: path, kind: "a binary file (it holds NUL bytes)") }
    }

    /// The bytes as UTF-8: UTF-16 with a BOM is converted (unpaired surrogates become U+FFFD) and its
    /// BOM dropped; anything else is returned unchanged.
    static func utf8(_ bytes: [UInt8]) -> [UInt8] {
        guard let bigEndian = utf16Endianness(bytes) else { return bytes }
        var units: [UInt16] = []
        units.reserveCapacity(bytes.count / 2)
        var i = 2
        while i + 1 < bytes.count {
            let high = UInt16(bytes[bigEndian ? i : i + 1])
            let low = UInt16(bytes[bigEndian ? i + 1 : i])
            units.append(high << 8 | low)
            i += 2
        }
        if i < bytes.count { units.append(0xFFFD) }  // an odd trailing byte
        return Array(String(decoding: units, as: UTF16.self).utf8)
    }

    /// True for a UTF-16 big-endian BOM, false for little-endian, nil when there is no UTF-16 BOM.
    static func utf16Endianness(_ bytes: [UInt8]) -> Bool? {
        if bytes.starts(with: [0xFE, 0xFF]) { return true }
        if bytes.starts(with: [0xFF, 0xFE]) { return false }
        return nil
    }
}
