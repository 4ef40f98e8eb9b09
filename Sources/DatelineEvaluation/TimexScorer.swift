import DatelineArticles

/// Scores system TIMEX3 against gold ones: TempEval-3 Task A (timex extents, `type`, `value`),
/// computed the way the official `TE3-evaluation.py` does.
///
/// Per document pair (the texts must be identical):
/// 1. Both texts are cut into `TimexTokens`; each timex covers the tokens it shares a byte with.
///    Gold timexes covering no token (empty text) are skipped. The creation time (`<DCT>`) sits
///    outside `<TEXT>` and is never scored. With `skipsCreationTimeRepeats` (the default), a gold
///    TIMEX3 inside `<TEXT>` whose `tid` is the creation time's (or `t0`, the creation time's id by
///    convention) is skipped too: every WikiWars document repeats its header time as `t0` inside
///    `<TEXT>`. System timexes that share a token with such a repeat are skipped with it. No
///    TempEval-3 document has one, so their scores are unaffected.
/// 2. **Relaxed pairs:** gold timexes are taken in text order; each is paired with the first system
///    timex, in text order, that shares a token with it and is not yet paired. A system timex so
///    answers for at most one gold timex, and the number of pairs is the numerator of both
///    precision (÷ system timexes) and recall (÷ gold timexes).
/// 3. **Strict pairs:** the same, pairing timexes that cover exactly the same tokens.
/// 4. **Attributes:** over the relaxed pairs, value accuracy = pairs with equal `value` ÷ pairs and
///    type accuracy likewise; value F1 = relaxed F1 × value accuracy, type F1 = relaxed F1 × type accuracy.
///
/// With this pairing and `TimexTokens`, the HeidelTime 2.2.1 reference runs on TBAQ-cleaned score
/// exactly the official figures (TimeBank strict 86.40/84.31/85.34, relaxed 93.08/90.83/91.94,
/// value F1 79.56, type F1 89.66; AQUAINT 80.99/81.69/81.34, 92.12/92.92/92.52, 73.09, 84.44).
public struct TimexScorer: Sendable {
    /// Skip gold TIMEX3 inside `<TEXT>` whose `tid` is the creation time's or `t0` (see above).
    public var skipsCreationTimeRepeats: Bool

    public init(skipsCreationTimeRepeats: Bool = true) {
        self.skipsCreationTimeRepeats = skipsCreationTimeRepeats
    }

    /// The name documents are paired by: the file name without a trailing `.TE3input`.
    public static func pairingName(_ document: TimeMLDocument) -> String {
        let name = document.fileName
        if name.lowercased().hasSuffix(".te3input"), name.count > 9 { return String(name.dropLast(9)) }
        return name
    }

    /// Scores every gold document against the system document of the same name (see
    /// `pairingName`). System documents without a gold counterpart are ignored.
    public func score(gold: [TimeMLDocument], system: [TimeMLDocument]) throws(EvaluationError) -> TimexScores {
        var systemByName: [String: TimeMLDocument] = [:]
        for document in system {
            let name = Self.pairingName(document)
            if systemByName[name] != nil { throw .duplicateDocument(name: document.path) }
            systemByName[name] = document
        }
        var seen: Set<String> = []
        var total = TimexScores()
        for document in gold {
            let name = Self.pairingName(document)
            guard seen.insert(name).inserted else { throw .duplicateDocument(name: document.path) }
            guard let answer = systemByName[name] else { throw .missingSystemDocument(gold: document.path, name: name) }
            total += try score(gold: document, system: answer)
        }
        return total
    }

    /// Scores one system document against its gold document.
    public func score(gold: TimeMLDocument, system: TimeMLDocument) throws(EvaluationError) -> TimexScores {
        if gold.text != system.text {
            let (offset, line) = Self.firstDifference(gold.text, system.text)
            throw .textMismatch(gold: gold.path, system: system.path, offset: offset, line: line)
        }
        let tokens = TimexTokens(gold.text)
        let file = gold.fileName

        var goldItems: [Item] = []
        var skipped: [Range<Int>] = []
        for timex in gold.timexes {
            let covered = tokens.tokenIndices(covering: timex.range)
            if covered.isEmpty { continue }
            if skipsCreationTimeRepeats, let tid = timex.tid, tid == gold.creationTimeID || tid == "t0" {
                skipped.append(covered)
                continue
            }
            goldItems.append(Item(timex: timex, tokens: covered))
        }
        let systemItems = system.timexes.compactMap { timex -> Item? in
            let covered = tokens.tokenIndices(covering: timex.range)
            if !covered.isEmpty, skipped.contains(where: { $0.overlaps(covered) }) { return nil }
            return Item(timex: timex, tokens: covered)
        }

        let relaxed = Self.pair(goldItems, systemItems) { $0.overlaps($1) }
        let strict = Self.pair(goldItems, systemItems) { $0 == $1 }

        var scores = TimexScores(documents: 1, gold: goldItems.count, system: systemItems.count,
                                 strictMatches: strict.count, relaxedMatches: relaxed.count)
        var errors: [TimexDiscrepancy] = []
        var paired = Set<Int>()
        for (goldIndex, goldItem) in goldItems.enumerated() {
            guard let systemIndex = relaxed[goldIndex] else {
                errors.append(TimexDiscrepancy(kind: .missed, file: file, gold: goldItem.side, system: nil))
                continue
            }
            paired.insert(systemIndex)
            let systemItem = systemItems[systemIndex]
            if goldItem.timex.value == systemItem.timex.value { scores.valueMatches += 1 }
            if goldItem.timex.type == systemItem.timex.type { scores.typeMatches += 1 }
            if goldItem.tokens != systemItem.tokens {
                errors.append(TimexDiscrepancy(kind: .wrongExtent, file: file, gold: goldItem.side, system: systemItem.side))
            }
            if goldItem.timex.type != systemItem.timex.type {
                errors.append(TimexDiscrepancy(kind: .wrongType, file: file, gold: goldItem.side, system: systemItem.side))
            }
            if goldItem.timex.value != systemItem.timex.value {
                errors.append(TimexDiscrepancy(kind: .wrongValue, file: file, gold: goldItem.side, system: systemItem.side))
            }
        }
        for (systemIndex, systemItem) in systemItems.enumerated() where !paired.contains(systemIndex) {
            errors.append(TimexDiscrepancy(kind: .spurious, file: file, gold: nil, system: systemItem.side))
        }
        // Stable: at one position, the gold-side entries (made first) stay before spurious ones.
        scores.errors = errors.enumerated().sorted { ($0.element.utf8Start, $0.offset) < ($1.element.utf8Start, $1.offset) }.map(\.element)
        return scores
    }

    // MARK: Internals

    private struct Item {
        var timex: TimeMLTimex
        var tokens: Range<Int>

        var side: TimexDiscrepancy.Side {
            TimexDiscrepancy.Side(text: timex.text, utf8Start: timex.range.lowerBound, utf8End: timex.range.upperBound,
                                  type: timex.type, value: timex.value, mod: timex.mod)
        }
    }

    /// Greedy one-to-one pairing in text order: gold index → system index.
    private static func pair(_ gold: [Item], _ system: [Item], _ matches: (Range<Int>, Range<Int>) -> Bool) -> [Int: Int] {
        var result: [Int: Int] = [:]
        var used = [Bool](repeating: false, count: system.count)
        for (goldIndex, goldItem) in gold.enumerated() {
            for (systemIndex, systemItem) in system.enumerated() where !used[systemIndex] && !systemItem.tokens.isEmpty {
                if matches(goldItem.tokens, systemItem.tokens) {
                    used[systemIndex] = true
                    result[goldIndex] = systemIndex
                    break
                }
            }
        }
        return result
    }

    /// The UTF-8 offset and 1-based line of the first difference between two texts.
    private static func firstDifference(_ a: String, _ b: String) -> (offset: Int, line: Int) {
        var offset = 0
        var line = 1
        var left = a.utf8.makeIterator()
        var right = b.utf8.makeIterator()
        while true {
            let x = left.next(), y = right.next()
            if x != y || x == nil { return (offset, line) }
            if x == UInt8(ascii: "\n") { line += 1 }
            offset += 1
        }
    }
}
