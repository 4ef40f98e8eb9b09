/// The grammatical time of a sentence, as far as cheap cues tell it.
public enum Tense: Sendable, Hashable {
    case past, present, future

    /// Reads tense cues from the words of one sentence: "will", "scheduled", "expected" mark the
    /// future; "was", "said", "-ed" verbs mark the past; anything else is present.
    static func of(_ tokens: ArraySlice<Token>) -> Tense {
        var past = false
        var previous: Token?
        for token in tokens where token.kind == .word {
            if TenseCues.future.contains(token.key) { return .future }
            if token.key == TenseCues.would, !isCounterfactual(after: token, in: tokens) { return .future }
            if token.key == TenseCues.to, let p = previous, TenseCues.futureBeforeTo.contains(p.key) { return .future }
            if TenseCues.ll == token.key, let p = previous, p.kind == .punctuation { return .future }
            if !past {
                if TenseCues.past.contains(token.key) { past = true }
                else if token.key.count >= 5, token.key.count <= 16, token.key.endsWithED, !token.isCapitalized,
                        !TenseCues.notPast.contains(token.key) { past = true }
            }
            previous = token
        }
        return past ? .past : .present
    }
}

/// "would have gone": a past that did not happen, not a future.
private func isCounterfactual(after would: Token, in tokens: ArraySlice<Token>) -> Bool {
    guard let index = tokens.firstIndex(where: { $0.start == would.start }), index + 2 < tokens.endIndex else { return false }
    let next = tokens[index + 1]
    let after = tokens[index + 2]
    return next.key == TenseCues.have && after.key != TenseCues.to && (after.key.endsWithED || after.key.endsWithEN)
}

enum TenseCues {
    static let would = WordKey("would")
    static let have = WordKey("have")
    static let to = WordKey("to")
    static let ll = WordKey("ll")
    static let future = WordSet(["will", "shall", "scheduled", "slated", "upcoming", "expected", "planned",
                                           "plans", "intends", "forthcoming", "due", "tomorrow", "next"])
    static let futureBeforeTo = WordSet(["going", "set", "poised", "plan", "aims", "hopes"])
    static let past = WordSet(["was", "were", "had", "did", "said", "told", "won", "lost", "began", "came", "went",
                                         "made", "took", "gave", "got", "saw", "knew", "spoke", "met", "left", "fell", "rose",
                                         "sold", "bought", "paid", "held", "led", "ran", "wrote", "became", "brought",
                                         "built", "chose", "drew", "drove", "ate", "fought", "found", "flew", "forgot",
                                         "grew", "heard", "hit", "kept", "laid", "lent", "meant", "put", "quit", "read",
                                         "rode", "rang", "said", "sent", "set", "shot", "shut", "sang", "sat", "slept",
                                         "spent", "stood", "stole", "struck", "swore", "taught", "thought", "threw",
                                         "understood", "woke", "wore", "yesterday", "ago", "earlier", "previously", "last"])
    /// "-ed" words that are not past verbs.
    static let notPast = WordSet(["need", "indeed", "speed", "proceed", "exceed", "succeed", "breed", "seed",
                                            "feed", "embed", "bed", "red", "shed", "hundred", "bred", "united", "limited",
                                            "expected", "scheduled", "planned", "proposed", "related", "based", "called",
                                            "so-called", "detailed", "advanced", "interested", "concerned"])
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

    /// The key ends in "en" ("taken", "given").
    var endsWithEN: Bool {
        guard count >= 2, count <= 16 else { return false }
        func byte(_ index: Int) -> UInt8 {
            index < 8 ? UInt8(truncatingIfNeeded: low >> (UInt64(index) * 8)) : UInt8(truncatingIfNeeded: high >> (UInt64(index - 8) * 8))
        }
        return byte(Int(count) - 2) == 101 && byte(Int(count) - 1) == 110
    }
}
