/// An open-addressing hash map from `WordKey` to a value, with a cheap multiplicative hash.
///
/// The tagger looks up every word of the text here, so it avoids the standard `Hasher`
/// (SipHash), which costs more than the rest of tokenization.
struct WordTable<Value: Sendable>: Sendable {
    private var keys: [WordKey]
    private var values: [Value?]
    private var mask: Int

    init(capacity: Int = 64) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        keys = Array(repeating: WordKey(), count: size)
        values = Array(repeating: nil, count: size)
        mask = size - 1
    }

    @inline(__always) private static func hash(_ key: WordKey) -> Int {
        var h = key.low &* 0x9E37_79B9_7F4A_7C15
        h ^= (key.high &+ UInt64(key.count)) &* 0xC2B2_AE3D_27D4_EB4F
        h ^= h >> 29
        return Int(truncatingIfNeeded: h)
    }

    @inline(__always) subscript(key: WordKey) -> Value? {
        get {
            var slot = Self.hash(key) & mask
            while true {
                let stored = keys[slot]
                if stored.count == 0 { return nil }
                if stored == key { return values[slot] }
                slot = (slot + 1) & mask
            }
        }
        set {
            guard let newValue else { return }  // removal is never needed
            if (count + 1) * 2 > keys.count { grow() }
            var slot = Self.hash(key) & mask
            while keys[slot].count != 0 && keys[slot] != key { slot = (slot + 1) & mask }
            if keys[slot].count == 0 { count += 1 }
            keys[slot] = key
            values[slot] = newValue
        }
    }

    private(set) var count = 0

    private mutating func grow() {
        let oldKeys = keys
        let oldValues = values
        var bigger = WordTable(capacity: oldKeys.count)
        for (index, key) in oldKeys.enumerated() where key.count != 0 { bigger[key] = oldValues[index] }
        self = bigger
    }
}

/// A set of words with the same fast lookup as `WordTable`.
struct WordSet: Sendable {
    private var table = WordTable<Bool>()

    init(_ words: [String]) {
        for word in words { table[WordKey(word)] = true }
    }

    @inline(__always) func contains(_ key: WordKey) -> Bool { table[key] != nil }
}
