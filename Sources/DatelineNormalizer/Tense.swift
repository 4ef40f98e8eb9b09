/// The grammatical time of a sentence, as far as cheap cues tell it.
public enum Tense: Sendable, Hashable {
    case past, present, future

    /// The tense of the clause around tokens `mention` inside `sentence`: the nearest tense cue wins
    /// ("said they would appeal the ruling announced Wednesday" reads "announced", past).
    /// "will", "scheduled", "expected" mark the future; "was", "said", "-ed" verbs mark the past;
    /// with no cue the tense is present.
    /// A reporting verb ("said", "told") gives the tense of the report, not of what it reports,
    /// so it counts only when nothing else in the sentence does.
    static func around(_ mention: Range<Int>, in sentence: Range<Int>, tokens: [Token]) -> Tense {
        reading(mention, in: sentence, tokens: tokens).tense
    }

    /// The tense with how strongly the text says it: the distance in tokens to the cue, and whether
    /// the cue is a reporting verb (whose tense is the report's, not the event's).
    static func reading(_ mention: Range<Int>, in sentence: Range<Int>, tokens: [Token]) -> TenseReading {
        guard let best = nearest(mention, in: sentence, tokens: tokens, includeReporting: true) else {
            return TenseReading(tense: .present, distance: Int.max, fromReportingVerb: false)
        }
        return TenseReading(tense: best.tense, distance: best.distance, fromReportingVerb: best.reports)
    }

    /// Cues further than this many tokens away do not count (and keep the search short on text
    /// with no sentence ends).
    static let window = 40

    private static func nearest(_ mention: Range<Int>, in sentence: Range<Int>, tokens: [Token], includeReporting: Bool)
        -> (distance: Int, tense: Tense, reports: Bool)? {
        // The nearest cue wins; at equal distance a reporting verb loses ("expected to open in the spring, officials said").
        for distance in 1...window {
            let left = mention.lowerBound - distance
            let right = mention.upperBound - 1 + distance
            if left < sentence.lowerBound && right >= sentence.upperBound { break }
            var found: [(tense: Tense, reports: Bool)] = []
            for k in [left, right] where k >= sentence.lowerBound && k < sentence.upperBound {
                guard let tense = cue(at: k, tokens: tokens, sentence: sentence) else { continue }
                let reports = TenseCues.reporting.contains(tokens[k].key)
                if reports && !includeReporting { continue }
                found.append((tense, reports))
            }
            switch found.count {
            case 1: return (distance, found[0].tense, found[0].reports)
            case 2:
                if found[0].tense == found[1].tense { return (distance, found[0].tense, found[0].reports && found[1].reports) }
                if found[0].reports != found[1].reports {
                    let winner = found[0].reports ? found[1] : found[0]
                    return (distance, winner.tense, false)
                }
                return (distance, .past, false)
            default: continue
            }
        }
        return nil
    }

    /// The tense a single word signals, if any.
    static func cue(at k: Int, tokens: [Token], sentence: Range<Int>) -> Tense? {
        let token = tokens[k]
        guard token.kind == .word else { return nil }
        let key = token.key
        // "next to the embassy" is a place, not a time ahead.
        if key == TenseCues.next, k + 1 < sentence.upperBound, tokens[k + 1].key == TenseCues.to { return nil }
        if TenseCues.future.contains(key) { return .future }
        if key == TenseCues.would { return isCounterfactual(at: k, tokens: tokens) ? .past : .future }
        if key == TenseCues.to, k > sentence.lowerBound, TenseCues.futureBeforeTo.contains(tokens[k - 1].key) { return .future }
        if key == TenseCues.ll, k > sentence.lowerBound, tokens[k - 1].kind == .punctuation { return .future }
        let isPastForm = TenseCues.past.contains(key)
            || (key.count >= 5 && key.count <= 16 && key.endsWithED && !token.isCapitalized && !TenseCues.notPast.contains(key))
        guard isPastForm else { return nil }
        let following = k + 1 < sentence.upperBound ? tokens[k + 1].key : nil
        // "a summit set for April" is scheduled ahead.
        if key == TenseCues.set, following == TenseCues.forWord { return .future }
        // "markets untouched by the crisis": a participle with its agent describes, it does not narrate.
        if following == TenseCues.by, !TenseCues.past.contains(key) { return nil }
        // "will be held", "must be returned": a participle after "be" takes the tense of its auxiliary.
        if k > sentence.lowerBound, TenseCues.passiveAuxiliaries.contains(tokens[k - 1].key) { return nil }
        return .past
    }
}

/// A tense read from the words around an expression, with the strength of the evidence.
struct TenseReading {
    var tense: Tense
    /// Tokens between the expression and the cue; `Int.max` with no cue.
    var distance: Int
    var fromReportingVerb: Bool
}

/// "would have gone": a past that did not happen, not a future.
private func isCounterfactual(at index: Int, tokens: [Token]) -> Bool {
    guard index + 2 < tokens.count else { return false }
    let next = tokens[index + 1]
    let after = tokens[index + 2]
    return next.key == TenseCues.have && after.key != TenseCues.to && (after.key.endsWithED || after.key.endsWithEN)
}

extension WordKey {
    /// The key ends in "ed" (only keys of 16 bytes or fewer are stored whole).
    var endsWithED: Bool {
        guard count >= 2, count <= 16 else { return false }
        func byte(_ index: Int) -> UInt8 {
            index < 8 ? UInt8(truncatingIfNeeded: low >> (UInt64(index) * 8)) : UInt8(truncatingIfNeeded: high >> (UInt64(index - 8) * 8))
        }
        return byte(Int(count) - 2) == 101 && byte(Int(count) - 1) == 100
    }

    /// The key ends in "s" ("teachers").
    var endsWithS: Bool {
        guard count >= 1, count <= 16 else { return false }
        let index = Int(count) - 1
        let byte = index < 8 ? UInt8(truncatingIfNeeded: low >> (UInt64(index) * 8)) : UInt8(truncatingIfNeeded: high >> (UInt64(index - 8) * 8))
        return byte == 115
    }

    /// The key ends in "en" ("taken", "given").
    var endsWithEN: Bool {
        guard count >= 2, count <= 16 else { return false }
        func byte(_ index: Int) -> UInt8 {
            index < 8 ? UInt8(truncatingIfNeeded: low >> (UInt64(index) * 8)) : UInt8(truncatingIfNeeded: high >> (UInt64(index - 8) * 8))
        }
        return byte(Int(count) - 2) == 101 && byte(Int(count) - 1) == 110
    }
}
