/// One token of the text being tagged, with its UTF-8 byte range.
struct Token: Sendable {
    enum Kind: UInt8, Sendable { case word, number, punctuation }

    var start: Int
    var end: Int
    var kind: Kind
    /// Lower-cased ASCII letters of a word (first 16 bytes), or the digits of a number.
    var key: WordKey
    /// The value of a number token (digits only; capped).
    var number: Int
    /// The count of digits of a number token.
    var digits: Int
    /// The word starts with an upper-case letter.
    var isCapitalized: Bool
    /// No space separates this token from the previous one.
    var touchesPrevious: Bool
    /// What the lexicon knows about the word.
    var lexeme: Lexeme?
}

/// Up to 16 lower-case ASCII bytes packed into two integers: a lexicon key that needs no allocation.
struct WordKey: Hashable, Sendable {
    var low: UInt64 = 0
    var high: UInt64 = 0
    var count: UInt8 = 0

    init() {}

    init(_ text: String) {
        for byte in text.utf8 { append(byte) }
    }

    /// Adds a byte (lower-cased); bytes past the 16th are counted but not stored, so long words never collide with short ones.
    mutating func append(_ byte: UInt8) {
        let lower = (byte >= 65 && byte <= 90) ? byte + 32 : byte
        if count < 8 {
            low |= UInt64(lower) << (UInt64(count) * 8)
        } else if count < 16 {
            high |= UInt64(lower) << (UInt64(count - 8) * 8)
        }
        if count < 255 { count += 1 }
    }

    /// The first byte, for punctuation tokens.
    var firstByte: UInt8 { UInt8(truncatingIfNeeded: low) }
}
