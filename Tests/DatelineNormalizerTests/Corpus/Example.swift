@testable import DatelineNormalizer

/// A rule's example: a sentence, the date it was published, the document policy, and the one
/// expression (text, TIMEX3 value, and the attributes given) the tagger must find in it.
///
/// `mod` is always checked (nil means no mod); `type`, `quant` and `freq` only when given.
/// `count` is how many expressions the whole sentence holds: more than one when an earlier
/// time anchors the checked one, or when a range has two ends.
struct Example: Sendable, Hashable {
    let sentence: String
    let published: String
    let policy: ResolutionPolicy
    let text: String
    let value: String
    let mod: TimexMod?
    let type: TimexType?
    let quant: String?
    let freq: String?
    let endsRange: Bool
    let count: Int

    init(_ sentence: String, on published: String, policy: ResolutionPolicy = .news, _ text: String, _ value: String,
         mod: TimexMod? = nil, type: TimexType? = nil, quant: String? = nil, freq: String? = nil,
         endsRange: Bool = false, count: Int = 1) {
        self.sentence = sentence
        self.published = published
        self.policy = policy
        self.text = text
        self.value = value
        self.mod = mod
        self.type = type
        self.quant = quant
        self.freq = freq
        self.endsRange = endsRange
        self.count = count
    }

    /// The same sentence and date, read as a history or biography (`.narrative`).
    static func narrative(_ sentence: String, on published: String, _ text: String, _ value: String,
                          mod: TimexMod? = nil, type: TimexType? = nil, count: Int = 1) -> Example {
        Example(sentence, on: published, policy: .narrative, text, value, mod: mod, type: type, count: count)
    }

    var summary: String {
        var parts = ["\"\(text)\" → \(value)"]
        if let mod { parts.append("mod \(mod.rawValue)") }
        if let type { parts.append("type \(type.rawValue)") }
        if let quant { parts.append("quant \(quant)") }
        if let freq { parts.append("freq \(freq)") }
        if endsRange { parts.append("ends range") }
        parts.append("(\(published)\(policy == .news ? "" : ", \(policy.rawValue)"))")
        return parts.joined(separator: " ")
    }
}

/// A sentence in which nothing is a time, or in which `untagged` is not part of any tagged expression.
struct Negative: Sendable, Hashable {
    let sentence: String
    let published: String
    /// nil: no expression at all may be tagged; otherwise no tagged expression may overlap this text.
    let untagged: String?

    init(_ sentence: String, on published: String = "2025-06-26", untagged: String? = nil) {
        self.sentence = sentence
        self.published = published
        self.untagged = untagged
    }

    /// The UTF-8 byte range of `untagged` in the sentence.
    var untaggedRange: Range<Int>? {
        guard let untagged else { return nil }
        let haystack = Array(sentence.utf8), needle = Array(untagged.utf8)
        guard !needle.isEmpty, needle.count <= haystack.count else { return nil }
        for start in 0...(haystack.count - needle.count) where Array(haystack[start..<start + needle.count]) == needle {
            return start..<start + needle.count
        }
        return nil
    }

    /// The expressions the rule forbids among `found`.
    func offending(_ found: [Timex]) -> [Timex] {
        guard untagged != nil else { return found }
        guard let range = untaggedRange else { return found }
        return found.filter { $0.range.overlaps(range) }
    }
}
