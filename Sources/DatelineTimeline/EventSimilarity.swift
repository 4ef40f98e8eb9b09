/// How alike two events' descriptions are: overlap of content-word stems, names, and numbers.
///
/// Words are lower-cased and stemmed ("withdrew"/"withdraws" do not meet, "contracts"/"contract"
/// do); stop words are dropped. Names (capitalized words not at the sentence start) and numbers
/// ("$5.9 billion", "2.4") weigh double, since they pin an event down.
public struct EventSimilarity: Sendable {
    public init() {}

    /// A score in [0, 1]: the weighted Jaccard overlap of the two events' terms.
    public func score(_ a: Event, _ b: Event) -> Double {
        score(terms(of: a), terms(of: b))
    }

    public func score(_ a: [String: Double], _ b: [String: Double]) -> Double {
        guard !a.isEmpty, !b.isEmpty else { return 0 }
        var shared = 0.0
        var total = 0.0
        for key in Set(a.keys).union(b.keys) {
            let x = a[key] ?? 0
            let y = b[key] ?? 0
            shared += min(x, y)
            total += max(x, y)
        }
        return total == 0 ? 0 : shared / total
    }

    /// The weighted terms of an event: its headline, plus its sentence at half weight.
    public func terms(of event: Event) -> [String: Double] {
        var terms: [String: Double] = [:]
        for (term, weight) in weightedTerms(event.headline) { terms[term, default: 0] = max(terms[term] ?? 0, weight) }
        // The sentence without its time expressions: dates say when, not what ("Tuesday", "two days ago").
        var sentence = Array(event.sentence.utf8)
        var cuts = [event.timexRange]
        for fact in event.facts where fact.range.lowerBound >= event.sentenceRange.lowerBound {
            cuts.append((fact.range.lowerBound - event.sentenceRange.lowerBound)..<(fact.range.upperBound - event.sentenceRange.lowerBound))
        }
        for cut in cuts.sorted(by: { $0.lowerBound > $1.lowerBound }) where cut.upperBound <= sentence.count {
            sentence.replaceSubrange(cut, with: [32])
        }
        for (term, weight) in weightedTerms(String(decoding: sentence, as: UTF8.self)) where terms[term] == nil { terms[term] = weight / 2 }
        return terms
    }

    func weightedTerms(_ text: String) -> [(String, Double)] {
        var result: [(String, Double)] = []
        var first = true
        for word in ClauseSplitter.words(in: text) {
            let lower = word.text.lowercased().replacingApostrophes()
            defer { first = false }
            if Self.stopWords.contains(lower) || Self.dateWords.contains(lower) { continue }
            if lower.first?.isNumber ?? false {
                result.append((lower, 1.5))
            } else if word.isCapitalized && !first {
                result.append((Self.stem(lower), 1.5))
            } else if lower.count > 2 {
                result.append((Self.stem(lower), 1))
            }
        }
        return result
    }

    /// A light suffix-stripping stemmer for English.
    static func stem(_ word: String) -> String {
        var w = word
        if w.hasSuffix("'s") { w.removeLast(2) }
        for suffix in ["ations", "ation", "ions", "ion", "ments", "ment", "ings", "ing", "ies", "ied", "edly", "ed", "ers", "er", "es", "ly", "s", "e"] {
            if w.hasSuffix(suffix), w.count - suffix.count >= 3 {
                w.removeLast(suffix.count)
                if suffix == "ies" || suffix == "ied" { w += "y" }
                break
            }
        }
        return w
    }

    /// Words that date rather than describe.
    static let dateWords: Set<String> = [
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march",
        "april", "may", "june", "july", "august", "september", "october", "november", "december", "ago", "days", "weeks",
        "months", "years", "morning", "afternoon", "evening", "night", "tonight", "tomorrow", "week", "weekend",
    ]

    static let stopWords: Set<String> = [
        "the", "a", "an", "and", "or", "but", "of", "to", "in", "on", "at", "by", "for", "with", "from", "as", "that", "this",
        "these", "those", "it", "its", "is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "will",
        "would", "could", "should", "can", "may", "might", "must", "not", "no", "he", "she", "they", "we", "i", "you", "his",
        "her", "their", "our", "them", "him", "which", "who", "whom", "whose", "what", "when", "where", "why", "how",
        "said", "says", "say", "told", "according", "also", "than", "then", "there", "after", "before", "about", "into",
        "over", "under", "up", "down", "out", "more", "most", "some", "any", "all", "just", "only", "even", "so", "very",
        "last", "next", "this", "year", "month", "week", "day", "today", "yesterday", "recently", "now", "earlier", "later",
        // Reporting and hedging words say who told it, not what happened.
        "expected", "expects", "officials", "official", "sources", "spokesperson", "spokesman", "spokeswoman", "reported",
        "announced", "statement", "plans", "planned", "scheduled",
    ]
}

extension String {
    /// Curly apostrophes as straight ones.
    func replacingApostrophes() -> String {
        String(self.map { $0 == "\u{2019}" ? "'" : $0 })
    }
}
