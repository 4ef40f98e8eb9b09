/// Splits UTF-8 text into words, numbers and punctuation, working on bytes.
///
/// Letters (ASCII, or any non-ASCII scalar outside U+2000–U+20FF and Latin-1 symbols) form
/// words; digits form numbers; no-break and thin spaces separate like spaces; everything else
/// is a one-scalar punctuation token, keyed by all its bytes ("’", "€").
/// Curly apostrophes split "year’s" into "year", "’", "s", as straight ones do.
struct Tokenizer {
    let lexicon: Lexicon

    func tokenize(_ bytes: UnsafeBufferPointer<UInt8>) -> [Token] { tokenize(bytes, in: 0..<bytes.count) }

    /// Tokenizes `range` of `bytes`; token offsets stay relative to the whole buffer.
    func tokenize(_ bytes: UnsafeBufferPointer<UInt8>, in range: Range<Int>) -> [Token] {
        var tokens: [Token] = []
        tokens.reserveCapacity(range.count / 5)
        var i = range.lowerBound
        let n = range.upperBound
        var lastEnd = -1
        while i < n {
            let b = bytes[i]
            if b == 32 || b == 10 || b == 9 || b == 13 {
                i += 1
                continue
            }
            if let width = wideSpace(bytes, i) {
                i += width
                continue
            }
            let start = i
            if isDigit(b) {
                var value = 0
                var key = WordKey()
                while i < n, isDigit(bytes[i]) {
                    if value < 100_000_000 { value = value * 10 + Int(bytes[i] - 48) }
                    key.append(bytes[i])
                    i += 1
                }
                tokens.append(Token(start: start, end: i, kind: .number, key: key, number: value, digits: i - start,
                                    isCapitalized: false, touchesPrevious: start == lastEnd, lexemeIndex: 0))
            } else if isLetterStart(bytes, i) {
                var key = WordKey()
                let capitalized = b >= 65 && b <= 90
                while i < n, isLetterStart(bytes, i) {
                    let width = scalarWidth(bytes[i])
                    if width == 1 { key.append(bytes[i]) } else { key.append(0xFF) }
                    i += min(width, n - i)
                }
                tokens.append(Token(start: start, end: i, kind: .word, key: key, number: 0, digits: 0,
                                    isCapitalized: capitalized, touchesPrevious: start == lastEnd, lexemeIndex: lexicon.index(of: key)))
            } else {
                var key = WordKey()
                let end = i + min(scalarWidth(b), n - i)
                while i < end { key.append(bytes[i]); i += 1 }
                tokens.append(Token(start: start, end: i, kind: .punctuation, key: key, number: 0, digits: 0,
                                    isCapitalized: false, touchesPrevious: start == lastEnd, lexemeIndex: 0))
            }
            lastEnd = i
        }
        return tokens
    }

    @inline(__always) private func isDigit(_ b: UInt8) -> Bool { b >= 48 && b <= 57 }

    @inline(__always) private func scalarWidth(_ b: UInt8) -> Int {
        if b < 0x80 { return 1 }
        if b >= 0xF0 { return 4 }
        if b >= 0xE0 { return 3 }
        if b >= 0xC0 { return 2 }
        return 1  // a stray continuation byte
    }

    /// A no-break space (U+00A0), thin space (U+2009) or narrow no-break space (U+202F): its width in bytes.
    @inline(__always) private func wideSpace(_ bytes: UnsafeBufferPointer<UInt8>, _ i: Int) -> Int? {
        let b = bytes[i]
        if b == 0xC2, i + 1 < bytes.count, bytes[i + 1] == 0xA0 { return 2 }
        if b == 0xE2, i + 2 < bytes.count, bytes[i + 1] == 0x80, bytes[i + 2] == 0x89 || bytes[i + 2] == 0xAF { return 3 }
        return nil
    }

    /// A letter: ASCII A–Z/a–z, or a non-ASCII scalar that is not General Punctuation, a currency
    /// sign (U+2000–U+20FF), a no-break space, or a symbol from Latin-1 punctuation.
    @inline(__always) private func isLetterStart(_ bytes: UnsafeBufferPointer<UInt8>, _ i: Int) -> Bool {
        let b = bytes[i]
        if b < 0x80 { return (b >= 65 && b <= 90) || (b >= 97 && b <= 122) }
        if b == 0xE2, i + 1 < bytes.count, bytes[i + 1] >= 0x80 && bytes[i + 1] <= 0x83 { return false }  // U+2000–U+20FF
        if b == 0xC2 { return false }  // U+0080–U+00BF: NBSP, ©, «, », ¿…
        if b == 0xE3, i + 1 < bytes.count, bytes[i + 1] == 0x80 { return false }  // CJK punctuation
        if b == 0xEF, i + 1 < bytes.count, bytes[i + 1] == 0xBB || bytes[i + 1] == 0xBC || bytes[i + 1] == 0xBD { return false } // BOM, fullwidth forms
        return b >= 0xC3
    }
}
