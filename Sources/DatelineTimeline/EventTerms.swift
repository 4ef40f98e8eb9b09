/// The weighted terms that say what an event is about, for aligning events across timelines:
/// `EventSimilarity`'s stemmed content words, names and numbers (headline at full weight, the rest
/// of the sentence at half), plus whole names ("harlow street bridge"), whole numbers ("2,000" is
/// 2000) and money amounts ("$1.3 billion" and "1.3 billion dollars" are both 1300000000). Date
/// words and the time expressions themselves are left out: they say when, not what.
///
/// ```swift
/// let terms = EventTerms(event)
/// terms.weights["money:1300000000"]  // 2.0
/// ```
public struct EventTerms: Hashable, Sendable {
    /// Term to weight.
    public var weights: [String: Double]
    /// For an event with no terms, its headline lower-cased with single spaces (tells such events
    /// apart); empty otherwise.
    public var fallbackKey: String

    public init(_ event: Event, similarity: EventSimilarity = .init()) {
        var weights = similarity.terms(of: event)
        let text = Self.sentenceWithoutTimes(event)
        for (term, weight) in Self.names(in: text) + Self.amounts(in: text) {
            weights[term] = max(weights[term] ?? 0, weight)
        }
        self.weights = weights
        // Only needed to pair events that have no terms at all.
        self.fallbackKey = weights.isEmpty ? event.headline.lowercased().split(whereSeparator: { $0 == " " || $0 == "\n" }).joined(separator: " ") : ""
    }

    /// Weight of a name of two or more words.
    public static let nameWeight = 1.5
    /// Weight of a whole number written with separators or a scale word ("2,000", "1.3 billion").
    public static let numberWeight = 1.5
    /// Weight of a money amount.
    public static let moneyWeight = 2.0

    /// The sentence with its dating expression and facts blanked out.
    static func sentenceWithoutTimes(_ event: Event) -> String {
        var sentence = Array(event.sentence.utf8)
        var cuts = [event.timexRange]
        for fact in event.facts where fact.range.lowerBound >= event.sentenceRange.lowerBound {
            cuts.append((fact.range.lowerBound - event.sentenceRange.lowerBound)..<(fact.range.upperBound - event.sentenceRange.lowerBound))
        }
        if let until = event.until, until.range.lowerBound >= event.sentenceRange.lowerBound {
            cuts.append((until.range.lowerBound - event.sentenceRange.lowerBound)..<(until.range.upperBound - event.sentenceRange.lowerBound))
        }
        for cut in cuts.sorted(by: { $0.lowerBound > $1.lowerBound }) where cut.lowerBound >= 0 && cut.upperBound <= sentence.count {
            sentence.replaceSubrange(cut, with: [32])
        }
        return String(decoding: sentence, as: UTF8.self)
    }

    /// Runs of two or more capitalized words, joined by single spaces: "name:harlow street bridge".
    /// Stop words and date words end a run ("On Friday" is no name); a possessive ends it after the word.
    /// Words are found as `ClauseSplitter.words` finds them, but only capitalized ones are copied out.
    public static func names(in text: String) -> [(String, Double)] {
        // (start, end) UTF-8 offsets of each word, and whether it starts with a capital.
        var words: [(start: Int, end: Int, capitalized: Bool)] = []
        var offset = 0, start = 0, inWord = false, capitalized = false
        for scalar in text.unicodeScalars {
            let value = scalar.value
            let letter = value < 0x80
                ? (value >= 0x30 && value <= 0x39) || (value >= 0x41 && value <= 0x5A) || (value >= 0x61 && value <= 0x7A)
                : scalar.properties.isAlphabetic
            if letter || (inWord && (value == 0x27 || value == 0x2019)) {
                if !inWord {
                    inWord = true
                    start = offset
                    capitalized = value < 0x80 ? value >= 0x41 && value <= 0x5A : scalar.properties.isUppercase
                }
            } else if inWord {
                words.append((start, offset, capitalized))
                inWord = false
            }
            offset += UTF8.width(scalar)
        }
        if inWord { words.append((start, offset, capitalized)) }

        let utf8 = Array(text.utf8)
        var result: [(String, Double)] = []
        var run: [String] = []
        var runEnd = -1
        func flush() {
            if run.count >= 2 { result.append(("name:" + run.joined(separator: " "), nameWeight)) }
            run = []
        }
        for word in words {
            // One space between two words keeps a run going, and so does an abbreviation's ". " ("St. Alder").
            let spaced = runEnd >= 0 && word.start == runEnd + 1 && utf8[runEnd] == 0x20
            let abbreviated = runEnd >= 0 && word.start == runEnd + 2 && utf8[runEnd] == 0x2E && utf8[runEnd + 1] == 0x20
                && (run.last?.count ?? 0) <= 3
            if !(spaced || abbreviated) { flush() }
            guard word.capitalized else { flush(); runEnd = -1; continue }
            var lower = String(decoding: utf8[word.start..<word.end], as: UTF8.self).lowercased().replacingApostrophes()
            let possessive = lower.hasSuffix("'s") || lower.hasSuffix("'")
            if lower.hasSuffix("'s") { lower.removeLast(2) } else if lower.hasSuffix("'") { lower.removeLast() }
            if lower.isEmpty || EventSimilarity.stopWords.contains(lower) || EventSimilarity.dateWords.contains(lower) {
                flush()
                runEnd = -1
                continue
            }
            run.append(lower)
            runEnd = word.end
            if possessive { flush(); runEnd = -1 }
        }
        flush()
        return result
    }

    static let scales: [String: Double] = [
        "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12, "bn": 1e9, "mn": 1e6,
    ]
    static let currencyWords: Set<String> = [
        "dollar", "dollars", "euro", "euros", "pound", "pounds", "crown", "crowns", "krona", "kronor", "krone", "kroner",
        "franc", "francs", "yen", "yuan", "rupee", "rupees", "peso", "pesos",
    ]

    /// Money amounts ("money:1300000000") and whole numbers written with separators or a scale
    /// word ("number:2000"). Works on UTF-8 bytes.
    public static func amounts(in text: String) -> [(String, Double)] {
        let utf8 = Array(text.utf8)
        guard utf8.contains(where: { $0 >= 0x30 && $0 <= 0x39 }) else { return [] }
        enum Token { case currency, number(Double, plain: Bool), word(String), other }
        func isDigit(_ i: Int) -> Bool { i < utf8.count && utf8[i] >= 0x30 && utf8[i] <= 0x39 }
        func isLetter(_ byte: UInt8) -> Bool { (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A) }
        var tokens: [Token] = []
        var i = 0
        while i < utf8.count {
            let byte = utf8[i]
            if byte == 0x24 {  // $
                tokens.append(.currency)
                i += 1
            } else if byte == 0xC2, i + 1 < utf8.count, utf8[i + 1] == 0xA3 || utf8[i + 1] == 0xA5 {  // £ ¥
                tokens.append(.currency)
                i += 2
            } else if byte == 0xE2, i + 2 < utf8.count, utf8[i + 1] == 0x82, utf8[i + 2] == 0xAC {  // €
                tokens.append(.currency)
                i += 3
            } else if isDigit(i) {
                var digits: [UInt8] = []
                var plain = true
                while i < utf8.count {
                    if isDigit(i) {
                        digits.append(utf8[i])
                    } else if utf8[i] == 0x2C || utf8[i] == 0x2E, isDigit(i + 1) {
                        plain = false
                        if utf8[i] == 0x2E { digits.append(0x2E) }
                    } else {
                        break
                    }
                    i += 1
                }
                tokens.append(.number(Double(String(decoding: digits, as: UTF8.self)) ?? 0, plain: plain))
            } else if isLetter(byte) {
                var word: [UInt8] = []
                while i < utf8.count, isLetter(utf8[i]) {
                    word.append(utf8[i] | 0x20)
                    i += 1
                }
                tokens.append(.word(String(decoding: word, as: UTF8.self)))
            } else {
                if byte != 0x20 { tokens.append(.other) }
                i += 1
            }
        }
        var result: [(String, Double)] = []
        for (index, token) in tokens.enumerated() {
            guard case .number(var value, let plain) = token else { continue }
            var money = false
            if index > 0, case .currency = tokens[index - 1] { money = true }
            var next = index + 1
            var scaled = false
            if next < tokens.count, case .word(let word) = tokens[next], let scale = scales[word] {
                value *= scale
                scaled = true
                next += 1
            }
            if next < tokens.count, case .word(let word) = tokens[next], currencyWords.contains(word) { money = true }
            let key = value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)
            if money {
                result.append(("money:" + key, moneyWeight))
            } else if scaled || !plain {
                result.append(("number:" + key, numberWeight))
            }
        }
        return result
    }
}
