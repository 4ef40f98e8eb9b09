/// Precision, recall and F1 for one kind of match.
public struct MatchScore: Sendable, Hashable {
    /// Matched pairs (a system timex answers for at most one gold timex).
    public var matches: Int
    /// System timexes scored.
    public var system: Int
    /// Gold timexes scored.
    public var gold: Int

    public init(matches: Int, system: Int, gold: Int) {
        self.matches = matches
        self.system = system
        self.gold = gold
    }

    /// matches ÷ system timexes; 0 when there are none.
    public var precision: Double { system == 0 ? 0 : Double(matches) / Double(system) }
    /// matches ÷ gold timexes; 0 when there are none.
    public var recall: Double { gold == 0 ? 0 : Double(matches) / Double(gold) }
    /// The harmonic mean of precision and recall; 0 when both are 0.
    public var f1: Double {
        let p = precision, r = recall
        return p + r == 0 ? 0 : 2 * p * r / (p + r)
    }
}

/// TempEval-3 Task A timex scores for a set of documents, as `TE3-evaluation.py` computes them.
///
/// Fractions are in 0…1 (`relaxed.f1 == 0.9194`); the table shows them in percent.
/// Scores of several sets add up with `+` (counts are summed, so the total is micro-averaged,
/// as if all documents were one set).
public struct TimexScores: Sendable, Hashable {
    /// Document pairs scored.
    public var documents: Int
    /// Gold timexes scored (empty ones and repeats of the creation time left out).
    public var gold: Int
    /// System timexes scored.
    public var system: Int
    /// Pairs with the same token extent.
    public var strictMatches: Int
    /// Pairs that share at least one token.
    public var relaxedMatches: Int
    /// Relaxed pairs with equal `value` attributes.
    public var valueMatches: Int
    /// Relaxed pairs with equal `type` attributes.
    public var typeMatches: Int
    /// What went wrong, document by document, in text order.
    public var errors: [TimexDiscrepancy]

    public init(documents: Int = 0, gold: Int = 0, system: Int = 0, strictMatches: Int = 0, relaxedMatches: Int = 0,
                valueMatches: Int = 0, typeMatches: Int = 0, errors: [TimexDiscrepancy] = []) {
        self.documents = documents
        self.gold = gold
        self.system = system
        self.strictMatches = strictMatches
        self.relaxedMatches = relaxedMatches
        self.valueMatches = valueMatches
        self.typeMatches = typeMatches
        self.errors = errors
    }

    /// Spans with the same extent.
    public var strict: MatchScore { MatchScore(matches: strictMatches, system: system, gold: gold) }
    /// Spans that share a token.
    public var relaxed: MatchScore { MatchScore(matches: relaxedMatches, system: system, gold: gold) }
    /// Equal values among the relaxed matches; 0 when there are none.
    public var valueAccuracy: Double { relaxedMatches == 0 ? 0 : Double(valueMatches) / Double(relaxedMatches) }
    /// Equal types among the relaxed matches; 0 when there are none.
    public var typeAccuracy: Double { relaxedMatches == 0 ? 0 : Double(typeMatches) / Double(relaxedMatches) }
    /// Relaxed F1 × value accuracy (TempEval-3's "value F1").
    public var valueF1: Double { relaxed.f1 * valueAccuracy }
    /// Relaxed F1 × type accuracy.
    public var typeF1: Double { relaxed.f1 * typeAccuracy }

    /// The sum of two sets' scores.
    public static func + (a: TimexScores, b: TimexScores) -> TimexScores {
        TimexScores(documents: a.documents + b.documents, gold: a.gold + b.gold, system: a.system + b.system,
                    strictMatches: a.strictMatches + b.strictMatches, relaxedMatches: a.relaxedMatches + b.relaxedMatches,
                    valueMatches: a.valueMatches + b.valueMatches, typeMatches: a.typeMatches + b.typeMatches,
                    errors: a.errors + b.errors)
    }

    public static func += (a: inout TimexScores, b: TimexScores) { a = a + b }
}

extension TimexScores: Codable {
    private enum CodingKeys: String, CodingKey {
        case documents, gold, system, strict, relaxed, value, type, errors
    }

    private struct Match: Codable {
        var matches: Int
        var precision: Double
        var recall: Double
        var f1: Double
    }

    private struct Attribute: Codable {
        var matches: Int
        var accuracy: Double
        var f1: Double
    }

    /// `{"documents", "gold", "system", "strict": {matches, precision, recall, f1}, "relaxed": {…},
    /// "value": {matches, accuracy, f1}, "type": {…}, "errors": […]}`; fractions in 0…1.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(documents, forKey: .documents)
        try container.encode(gold, forKey: .gold)
        try container.encode(system, forKey: .system)
        for (key, score) in [(CodingKeys.strict, strict), (.relaxed, relaxed)] {
            try container.encode(Match(matches: score.matches, precision: score.precision, recall: score.recall, f1: score.f1), forKey: key)
        }
        try container.encode(Attribute(matches: valueMatches, accuracy: valueAccuracy, f1: valueF1), forKey: .value)
        try container.encode(Attribute(matches: typeMatches, accuracy: typeAccuracy, f1: typeF1), forKey: .type)
        try container.encode(errors, forKey: .errors)
    }

    /// Reads the counts back (the derived figures are recomputed).
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            documents: try container.decode(Int.self, forKey: .documents),
            gold: try container.decode(Int.self, forKey: .gold),
            system: try container.decode(Int.self, forKey: .system),
            strictMatches: try container.decode(Match.self, forKey: .strict).matches,
            relaxedMatches: try container.decode(Match.self, forKey: .relaxed).matches,
            valueMatches: try container.decode(Attribute.self, forKey: .value).matches,
            typeMatches: try container.decode(Attribute.self, forKey: .type).matches,
            errors: try container.decodeIfPresent([TimexDiscrepancy].self, forKey: .errors) ?? []
        )
    }
}

/// One disagreement between a gold and a system document.
public struct TimexDiscrepancy: Sendable, Hashable, Codable {
    public enum Kind: String, Sendable, Hashable, Codable, CaseIterable {
        /// A gold timex no system timex shares a token with.
        case missed
        /// A system timex paired with no gold timex.
        case spurious
        /// A relaxed match whose extents differ.
        case wrongExtent = "extent"
        /// A relaxed match whose values differ.
        case wrongValue = "value"
        /// A relaxed match whose types differ.
        case wrongType = "type"
    }

    /// One side of the disagreement.
    public struct Side: Sendable, Hashable, Codable {
        public var text: String
        public var utf8Start: Int
        public var utf8End: Int
        public var type: String
        public var value: String
        public var mod: String?

        public init(text: String, utf8Start: Int, utf8End: Int, type: String, value: String, mod: String? = nil) {
            self.text = text
            self.utf8Start = utf8Start
            self.utf8End = utf8End
            self.type = type
            self.value = value
            self.mod = mod
        }
    }

    public var kind: Kind
    /// The gold document's file name.
    public var file: String
    /// The gold timex (nil for a spurious one).
    public var gold: Side?
    /// The system timex (nil for a missed one).
    public var system: Side?

    public init(kind: Kind, file: String, gold: Side?, system: Side?) {
        self.kind = kind
        self.file = file
        self.gold = gold
        self.system = system
    }

    /// Where the disagreement starts in the document's text.
    public var utf8Start: Int { gold?.utf8Start ?? system?.utf8Start ?? 0 }
}
