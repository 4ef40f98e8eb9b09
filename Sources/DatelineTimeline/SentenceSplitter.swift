/// Splits text into sentences, returning UTF-8 byte ranges.
///
/// A sentence ends at `.`, `!` or `?` (with any closing quotes or brackets after it) followed
/// by white space and a capital, digit or quote, or at a blank line. Abbreviations ("Mr.",
/// "U.S.", "Jan.", "p.m.") and initials do not end a sentence. A sentence longer than
/// `maximumLength` bytes is cut at spaces.
public struct SentenceSplitter: Sendable {
    public init() {}

    public func split(_ text: String) -> [Range<Int>] {
        let bytes = Array(text.utf8)
        var ranges: [Range<Int>] = []
        var start = 0
        var i = 0
        let n = bytes.count
        func flush(_ end: Int) {
            var s = start
            var e = end
            while s < e, Self.isSpace(bytes[s]) { s += 1 }
            while e > s, Self.isSpace(bytes[e - 1]) { e -= 1 }
            // A run-on "sentence" (text without end marks) is cut into pieces at spaces, so the
            // clause and headline work on one sentence stays bounded.
            while e - s > Self.maximumLength {
                var cut = s + Self.maximumLength
                var space = cut
                while space > s + Self.maximumLength / 2, !Self.isSpace(bytes[space]) { space -= 1 }
                if Self.isSpace(bytes[space]) {
                    cut = space
                } else {
                    while cut > s + 1, bytes[cut] & 0xC0 == 0x80 { cut -= 1 }  // not inside a UTF-8 scalar
                }
                var pieceEnd = cut
                while pieceEnd > s, Self.isSpace(bytes[pieceEnd - 1]) { pieceEnd -= 1 }
                ranges.append(s..<pieceEnd)
                s = cut
                while s < e, Self.isSpace(bytes[s]) { s += 1 }
            }
            if s < e { ranges.append(s..<e) }
        }
        while i < n {
            let b = bytes[i]
            if b == 10 {
                // A line break ends a sentence when the next line is blank or the line has no end punctuation
                // but looks like a heading or paragraph end: treat every newline as a paragraph boundary.
                flush(i)
                start = i + 1
                i += 1
                continue
            }
            if b == 46 || b == 33 || b == 63 {
                var j = i + 1
                while j < n, Self.isCloser(bytes, j) { j += Self.width(bytes[j]) }
                if j >= n || Self.isSpace(bytes[j]) {
                    var k = j
                    while k < n, bytes[k] == 32 || bytes[k] == 9 { k += 1 }
                    let nextStarts = k >= n || bytes[k] == 10 || Self.opensSentence(bytes, k)
                    if nextStarts && !(b == 46 && isAbbreviation(bytes, before: i)) {
                        flush(j)
                        start = j
                        i = j
                        continue
                    }
                }
            }
            i += 1
        }
        flush(n)
        return ranges
    }

    /// The longest sentence, in UTF-8 bytes: longer runs of text without an end mark are cut at a
    /// space (news sentences run to a few hundred bytes).
    public static let maximumLength = 2_000

    private static func isSpace(_ b: UInt8) -> Bool { b == 32 || b == 10 || b == 9 || b == 13 }

    private static func width(_ b: UInt8) -> Int { b < 0x80 ? 1 : b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : 2 }

    /// Closing quotes and brackets after the end mark: `"`, `'`, `)`, `]`, `”`, `’`.
    private static func isCloser(_ bytes: [UInt8], _ j: Int) -> Bool {
        let b = bytes[j]
        if b == 34 || b == 39 || b == 41 || b == 93 { return true }
        return b == 0xE2 && j + 2 < bytes.count && bytes[j + 1] == 0x80 && (bytes[j + 2] == 0x9D || bytes[j + 2] == 0x99)
    }

    /// A capital letter, a digit, an opening quote or bracket, or any non-ASCII letter.
    private static func opensSentence(_ bytes: [UInt8], _ k: Int) -> Bool {
        let b = bytes[k]
        if (65...90).contains(b) || (48...57).contains(b) || b == 34 || b == 39 || b == 40 || b == 91 { return true }
        return b >= 0xC3
    }

    /// The word before a period is a known abbreviation or a single letter (an initial, "U.S.").
    private func isAbbreviation(_ bytes: [UInt8], before dot: Int) -> Bool {
        var s = dot
        while s > 0, Self.isWordByte(bytes[s - 1]) { s -= 1 }
        let word = bytes[s..<dot]
        if word.count == 1 { return true }
        if word.isEmpty { return false }
        let lower = String(decoding: word.map { ($0 >= 65 && $0 <= 90) ? $0 + 32 : $0 }, as: UTF8.self)
        return Self.abbreviations.contains(lower)
    }

    private static func isWordByte(_ b: UInt8) -> Bool { (65...90).contains(b) || (97...122).contains(b) || b == 46 }

    static let abbreviations: Set<String> = [
        "mr", "mrs", "ms", "dr", "prof", "sen", "rep", "gov", "gen", "lt", "col", "sgt", "capt", "st", "jr", "sr",
        "inc", "corp", "co", "ltd", "no", "vs", "etc", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept",
        "oct", "nov", "dec", "mon", "tue", "tues", "wed", "thu", "thurs", "fri", "sat", "sun", "a.m", "p.m", "u.s",
        "u.k", "u.n", "e.g", "i.e", "approx", "est", "dept", "univ", "ave", "blvd", "mt", "ft",
    ]
}
