/// One token of the text being tagged, with its UTF-8 byte range.
///
/// Kept small (about 48 bytes): offsets are 32-bit and the lexeme is an index into the lexicon.
struct Token: Sendable {
    enum Kind: UInt8, Sendable { case word, number, punctuation }

    /// Lower-cased ASCII letters of a word (first 16 bytes), or the digits of a number.
    var key: WordKey
    private var startOffset: UInt32
    private var endOffset: UInt32
    private var value: UInt32
    /// The lexeme's index in the lexicon; 0 for a word it does not know.
    private(set) var lexemeIndex: UInt16
    private var digitCount: UInt8
    var kind: Kind
    /// The word starts with an upper-case letter.
    var isCapitalized: Bool
    /// No space separates this token from the previous one.
    var touchesPrevious: Bool

    init(start: Int, end: Int, kind: Kind, key: WordKey, number: Int, digits: Int, isCapitalized: Bool,
         touchesPrevious: Bool, lexemeIndex: UInt16) {
        self.key = key
        self.startOffset = UInt32(truncatingIfNeeded: start)
        self.endOffset = UInt32(truncatingIfNeeded: end)
        self.value = UInt32(truncatingIfNeeded: number)
        self.lexemeIndex = lexemeIndex
        self.digitCount = UInt8(truncatingIfNeeded: min(digits, 255))
        self.kind = kind
        self.isCapitalized = isCapitalized
        self.touchesPrevious = touchesPrevious
    }

    var start: Int { Int(startOffset) }
    var end: Int { Int(endOffset) }
    /// The value of a number token (digits only; capped at 100,000,000).
    var number: Int { Int(value) }
    /// The count of digits of a number token.
    var digits: Int { Int(digitCount) }
    /// What the English lexicon knows about the word.
    var lexeme: Lexeme? { lexemeIndex == 0 ? nil : Lexicon.english.lexeme(at: lexemeIndex) }
    var isKnownWord: Bool { lexemeIndex != 0 }
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

    /// The byte at `index` (below 16 and below `count`).
    func byte(_ index: Int) -> UInt8 {
        index < 8 ? UInt8(truncatingIfNeeded: low >> (UInt64(index) * 8)) : UInt8(truncatingIfNeeded: high >> (UInt64(index - 8) * 8))
    }
}
