import Foundation

/// Makes a short headline from a sentence: drops attribution ("According to the agency,",
/// ", officials said") and the dating phrase with its preposition, then tidies the rest.
public struct HeadlineBuilder: Sendable {
    /// Headlines longer than this many characters are cut at a word boundary.
    public var maximumLength: Int

    public init(maximumLength: Int = 140) { self.maximumLength = maximumLength }

    /// - parameter timexRange: the dating expression's UTF-8 range inside `sentence`.
    public func headline(sentence: String, timexRange: Range<Int>) -> String {
        headline(sentence: sentence, timexRange: timexRange, clause: nil, alsoRemove: nil)
    }

    /// A headline from the clause the expression modifies.
    /// - parameters:
    ///   - timexRange: the dating expression's UTF-8 range inside `sentence`.
    ///   - clause: the clause whose words to use (nil: the whole sentence).
    ///   - alsoRemove: another expression to drop, such as the end of a span.
    public func headline(sentence: String, timexRange: Range<Int>, clause: ClauseSplitter.Clause?, alsoRemove: Range<Int>?) -> String {
        let bytes = Array(sentence.utf8)
        var removed: [(range: Range<Int>, replacement: [UInt8])] = [Self.removal(of: timexRange, in: bytes)]
        if let alsoRemove { removed.append(Self.removal(of: alsoRemove, in: bytes)) }
        var pieces: [Range<Int>] = []
        if let subject = clause?.subject { pieces.append(subject) }
        pieces.append(clause?.range ?? 0..<bytes.count)
        var kept: [UInt8] = []
        for (index, bounds) in pieces.enumerated() {
            if index > 0, !kept.isEmpty { kept.append(32) }
            var piece: [UInt8] = []
            var i = bounds.lowerBound
            while i < min(bounds.upperBound, bytes.count) {
                if let cut = removed.first(where: { $0.range.lowerBound == i && !$0.range.isEmpty }) {
                    piece += cut.replacement
                    i = cut.range.upperBound
                    continue
                }
                if removed.contains(where: { $0.range.contains(i) }) { i += 1; continue }
                piece.append(bytes[i])
                i += 1
            }
            var pieceText = String(decoding: piece, as: UTF8.self)
            // ", who stepped down in July" after its antecedent: drop the relative pronoun.
            if index > 0 || clause?.subject == nil { pieceText = Self.dropLeadingConnective(pieceText) }
            kept += Array(pieceText.utf8)
        }
        var text = String(decoding: kept, as: UTF8.self)
        text = Self.dropDateline(text)
        text = Self.dropLeadingConnective(text)
        text = Self.dropAttribution(text)
        text = Self.dropDiscourseMarker(text)
        text = Self.dropAppositives(text)
        text = Self.tidy(text)
        return cut(text)
    }

    /// The bytes to drop for a time expression: the expression, its preposition ("since last
    /// summer", "in the spring"), a parenthesis after it ("(local time)"); a possessive after it
    /// keeps the noun ("last year's election" becomes "the election").
    static func removal(of timexRange: Range<Int>, in bytes: [UInt8]) -> (range: Range<Int>, replacement: [UInt8]) {
        var lower = min(timexRange.lowerBound, bytes.count)
        var upper = min(timexRange.upperBound, bytes.count)
        var replacement: [UInt8] = []
        if upper < bytes.count, bytes[upper] == 39 || (bytes[upper] == 0xE2 && upper + 2 < bytes.count && bytes[upper + 2] == 0x99) {
            let apostrophe = bytes[upper] == 39 ? 1 : 3
            if upper + apostrophe < bytes.count, bytes[upper + apostrophe] == UInt8(ascii: "s") {
                upper += apostrophe + 1
                replacement = Array(" the".utf8)
            }
        }
        let before = String(decoding: bytes[..<lower], as: UTF8.self)
        if replacement.isEmpty, var word = lastWord(before) {
            if word.lowercased() == "the" {
                var probe = lower
                while probe > 0, bytes[probe - 1] == 32 { probe -= 1 }
                probe -= word.utf8.count
                let earlier = String(decoding: bytes[..<probe], as: UTF8.self)
                if let previous = lastWord(earlier), dropWithTime.contains(previous.lowercased()) {
                    lower = probe
                    word = previous
                }
            }
            if dropWithTime.contains(word.lowercased()) {
                while lower > 0, bytes[lower - 1] == 32 { lower -= 1 }
                lower -= word.utf8.count
                // "early on Wednesday", "late in the day": the part word goes too.
                let rest = String(decoding: bytes[..<lower], as: UTF8.self)
                if let part = lastWord(rest), ["early", "late", "later", "earlier"].contains(part.lowercased()) {
                    while lower > 0, bytes[lower - 1] == 32 { lower -= 1 }
                    lower -= part.utf8.count
                }
            }
        }
        var k = upper
        while k < bytes.count, bytes[k] == 32 { k += 1 }
        if k < bytes.count, bytes[k] == 40, let close = bytes[k...].firstIndex(of: 41), close - k < 30 { upper = close + 1 }
        return (lower..<upper, replacement)
    }

    /// Removes the word that joined the clause to the sentence: "and", "but", "after", "that"…
    static func dropLeadingConnective(_ text: String) -> String {
        let trimmed = text.drop(while: { $0 == " " || $0 == "," })
        let first = trimmed.prefix(while: { $0.isLetter }).lowercased()
        guard connectives.contains(first) else { return String(trimmed) }
        return String(trimmed.dropFirst(first.count))
    }

    static let connectives: Set<String> = ["and", "but", "while", "whereas", "although", "though", "yet", "so", "after", "before",
                                           "when", "because", "until", "unless", "once", "as", "since", "that", "who", "which"]

    /// Drops appositives: ", CEO of Blue Origin," after a name, and a trailing ", Musk's recommended
    /// candidate…" or ", the White House chief of staff…" once the clause has said its piece.
    static func dropAppositives(_ text: String) -> String {
        var text = text
        // A name, then ", <short phrase>,": "Dave Limp, CEO of Blue Origin, visited…"
        if let first = text.range(of: ", "), let second = text.range(of: ", ", range: first.upperBound..<text.endIndex) {
            let name = text[..<first.lowerBound]
            let inner = text[first.upperBound..<second.lowerBound]
            let nameWords = name.split(separator: " ")
            if !nameWords.isEmpty, nameWords.count <= 4, nameWords.allSatisfy({ $0.first?.isUppercase ?? false }),
               inner.split(separator: " ").count <= 8 {
                text = String(name) + " " + String(text[second.upperBound...])
            }
        }
        // A trailing appositive after at least five words.
        var searchStart = text.startIndex
        while let comma = text.range(of: ", ", range: searchStart..<text.endIndex) {
            let head = text[..<comma.lowerBound]
            let tail = text[comma.upperBound...]
            let firstWord = tail.prefix(while: { !$0.isWhitespace }).lowercased()
            let isPossessive = firstWord.hasSuffix("’s") || firstWord.hasSuffix("'s")
            let tailWords = ClauseSplitter.words(in: String(tail))
            if head.split(separator: " ").count >= 5, isPossessive || (trailingStarters.contains(firstWord) && !ClauseSplitter.hasVerb(tailWords[...])) {
                // ", its head of exports, as chief executive": a paired appositive; keep what follows it.
                if let close = tail.range(of: ", "), tail[close.upperBound...].split(separator: " ").count >= 2,
                   tail[..<close.lowerBound].split(separator: " ").count <= 8,
                   let next = tail[close.upperBound...].split(separator: " ").first,
                   ["as", "to", "for", "on", "with", "into", "at"].contains(next.lowercased()) {
                    return String(head) + " " + String(tail[close.upperBound...])
                }
                return String(head)
            }
            searchStart = comma.upperBound
        }
        return text
    }

    static let trailingStarters: Set<String> = ["the", "a", "an", "his", "her", "its", "their", "whose", "which", "who",
                                                "according", "citing", "saying", "adding", "officials", "sources"]

    static let dropWithTime: Set<String> = ["in", "on", "since", "during", "at", "by", "from", "until", "till", "as", "of", "for", "to",
                                                    "after", "before", "around", "about", "through", "throughout", "within", "over", "between"]

    static func lastWord(_ text: String) -> String? {
        let trimmed = text.reversed().drop(while: { $0 == " " })
        let word = String(trimmed.prefix(while: { $0.isLetter }).reversed())
        return word.isEmpty ? nil : word
    }

    /// Removes "According to X," at the start, ", she said," inside, and ", X said." / "X told Y that" framing.
    static func dropAttribution(_ text: String) -> String {
        var text = text
        // ", she said," / ", officials said,": a parenthetical attribution.
        var searchStart = text.startIndex
        while let comma = text.range(of: ", ", range: searchStart..<text.endIndex) {
            guard let next = text.range(of: ",", range: comma.upperBound..<text.endIndex) else { break }
            let inner = text[comma.upperBound..<next.lowerBound].split(separator: " ")
            if (2...4).contains(inner.count), let last = inner.last, reportingVerbs.contains(String(last)) {
                text.replaceSubrange(comma.lowerBound..<next.upperBound, with: "")
                break
            }
            searchStart = comma.upperBound
        }
        let lower = text.lowercased()
        if lower.hasPrefix("according to "), let comma = text.firstIndex(of: ",") {
            text = String(text[text.index(after: comma)...])
        }
        // "Greyhaven Rail said ridership fell…": a short attribution with no "that".
        for verb in [" said ", " says ", " told reporters "] {
            guard let range = text.range(of: verb) else { continue }
            let speaker = text[..<range.lowerBound]
            let words = speaker.split(separator: " ")
            let rest = text[range.upperBound...]
            if (1...6).contains(words.count), !speaker.contains(","), !rest.hasPrefix("that "), !rest.hasPrefix("the "),
               ClauseSplitter.hasVerb(ClauseSplitter.words(in: String(rest))[...]) {
                text = String(rest)
            }
            break
        }
        for marker in [" said that ", " told reporters that ", " reported that ", " announced that ", " told the "] {
            if let range = text.range(of: marker), text.distance(from: text.startIndex, to: range.lowerBound) < 60 {
                var rest = text[range.upperBound...]
                if marker == " told the " {
                    guard let that = rest.range(of: " that ") else { continue }
                    rest = rest[that.upperBound...]
                }
                text = String(rest)
                break
            }
        }
        // ", said its president, Harriet Cole." / ", according to the harbor master."
        for marker in [", said ", ", according to ", ", says "] {
            guard let range = text.range(of: marker, options: .backwards), text.distance(from: text.startIndex, to: range.lowerBound) > 20 else {
                continue
            }
            let after = text[range.upperBound...]
            if after.split(separator: " ").count <= 6 {
                text = String(text[..<range.lowerBound])  // "…reopened, said its president, Harriet Cole."
            } else if marker != ", according to ", text[..<range.lowerBound].split(separator: " ").count <= 8 {
                text = String(after)  // "The museum's director, Wenna Caldicott, said the wing had failed…"
            }
        }
        // ", the town's historical society announced." / ", officials said": a short reporting clause at the end.
        if let comma = text.range(of: ", ", options: .backwards) {
            let tail = text[comma.upperBound...].trimmingCharacters(in: CharacterSet(charactersIn: ". "))
            let words = tail.split(separator: " ")
            if (1...7).contains(words.count), let last = words.last, reportingVerbs.contains(String(last)) || (words.count >= 2 && reportingVerbs.contains(String(words[words.count - 2])) && words.count <= 3) {
                text = String(text[..<comma.lowerBound])
            }
        }
        return text
    }

    /// Removes a wire dateline at the start: "CALDER BAY —", "PORT HALLORAN, —", "SEOUL (Reuters) --".
    static func dropDateline(_ text: String) -> String {
        for dash in [" — ", " – ", " -- "] {
            guard let range = text.range(of: dash), text.distance(from: text.startIndex, to: range.lowerBound) < 60 else { continue }
            let head = text[..<range.lowerBound]
            let letters = head.filter(\.isLetter)
            let capitals = head.prefix(while: { $0 != "(" && $0 != "," }).filter(\.isLetter)
            if !letters.isEmpty, capitals.allSatisfy({ $0.isUppercase }) { return String(text[range.upperBound...]) }
        }
        return text
    }

    /// Removes a linking adverb at the start: "However,", "Meanwhile,", "Afterwards,".
    static func dropDiscourseMarker(_ text: String) -> String {
        let trimmed = text.drop(while: { $0 == " " || $0 == "," })
        for marker in ["However", "Meanwhile", "Afterwards", "Afterward", "Still", "Moreover", "Separately", "Instead", "Then", "But", "And"] {
            if trimmed.hasPrefix(marker + ",") || trimmed.hasPrefix(marker + " ") && marker.count <= 4 {
                return String(trimmed.dropFirst(marker.count))
            }
        }
        return String(trimmed)
    }

    static let reportingVerbs: Set<String> = ["said", "says", "announced", "reported", "added", "noted", "wrote", "stated", "confirmed", "explained", "told"]

    /// Collapses spaces, drops stray commas and the final period, and capitalizes the first letter.
    static func tidy(_ text: String) -> String {
        var words = text.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" }).map(String.init)
        while let first = words.first, first == "," || first == "—" || first == "-" { words.removeFirst() }
        var result = words.joined(separator: " ")
        result = result.replacingOccurrences(of: " ,", with: ",").replacingOccurrences(of: ",,", with: ",")
        result = result.replacingOccurrences(of: " .", with: ".")
        while let first = result.first, first == "," || first == " " { result.removeFirst() }
        while let last = result.last, last == "." || last == " " || last == "," || last == ";" || last == ":" { result.removeLast() }
        // A participle left hanging by the removed date: "a meeting scheduled", "a vote set".
        for dangling in [" scheduled", " set", " slated", " planned", " due", " expected"] where result.hasSuffix(dangling) {
            result.removeLast(dangling.count)
        }
        if let first = result.first, first.isLowercase { result = first.uppercased() + result.dropFirst() }
        return result
    }

    private func cut(_ text: String) -> String {
        guard text.count > maximumLength else { return text }
        let prefix = text.prefix(maximumLength)
        if let space = prefix.lastIndex(of: " ") { return String(prefix[..<space]) + "…" }
        return String(prefix) + "…"
    }
}
