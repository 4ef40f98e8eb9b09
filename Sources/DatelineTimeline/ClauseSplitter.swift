/// Splits a sentence into clauses with cheap cues: semicolons, a comma before a coordinating
/// conjunction ("…, and the agency drew down…"), a subordinator or "that" before a new subject
/// ("…just days after President Trump and Musk ended…", "…told the WSJ that Blue Origin…"),
/// and relative clauses (", which is scheduled…"). No parser model.
public struct ClauseSplitter: Sendable {
    /// One clause: its UTF-8 range in the sentence, and how it begins.
    public struct Clause: Hashable, Sendable {
        public var range: Range<Int>
        /// The clause is a relative clause (", which …", ", who …") about a noun in the clause before.
        public var isRelative: Bool
        /// The clause is the complement of a reporting verb ("… reported that …").
        public var isComplement: Bool
        /// Words from earlier in the sentence that the clause needs as its subject: the antecedent of
        /// ", who stepped down in July", or the subject before an interrupting relative clause.
        public var subject: Range<Int>? = nil
    }

    public init() {}

    /// The clauses of `sentence`, in order, covering it whole.
    public func clauses(in sentence: String) -> [Clause] {
        let words = Self.words(in: sentence)
        let bytes = Array(sentence.utf8)
        var starts: [(offset: Int, relative: Bool, complement: Bool)] = [(0, false, false)]
        var subjects: [Int: Range<Int>] = [:]  // clause start -> subject range
        var openRelative: (start: Int, mainStart: Int, antecedent: Range<Int>)?
        // "Founded in 2016 by …, the company raised …": an opening participle phrase ends at its comma.
        let opensWithParticiple = words.first.map { $0.text.lowercased().hasSuffix("ed") && $0.isCapitalized } ?? false
        var participleClosed = false
        for (index, word) in words.enumerated() where index > 0 {
            let lower = word.text.lowercased()
            let previous = words[index - 1]
            let commaBefore = Self.hasComma(bytes, between: previous.range.upperBound, and: word.range.lowerBound)
            let next = index + 1 < words.count ? words[index + 1] : nil
            // A verb in the words that follow, up to the next comma: the new clause must have one.
            let verbFollows = Self.hasVerb(Self.segment(after: index, words: words, bytes: bytes).prefix(10))
            let verbInNextSegment = Self.hasVerb(Self.segment(after: index - 1, words: words, bytes: bytes))
            if let relative = openRelative, commaBefore, lower != "which", lower != "who" {
                // The comma that closes ", who …," resumes the main clause with its subject.
                starts.append((word.range.lowerBound, false, false))
                let mainEnd = relative.antecedent.upperBound
                subjects[word.range.lowerBound] = relative.mainStart..<mainEnd
                openRelative = nil
                continue
            }
            if opensWithParticiple, !participleClosed, commaBefore, verbInNextSegment {
                participleClosed = true
                starts.append((word.range.lowerBound, false, false))
                continue
            }
            if Self.hasSemicolon(bytes, between: previous.range.upperBound, and: word.range.lowerBound) {
                starts.append((word.range.lowerBound, false, false))
            } else if commaBefore, Self.coordinators.contains(lower), next != nil, verbFollows {
                starts.append((word.range.lowerBound, false, false))
            } else if commaBefore, lower == "which" || lower == "who" {
                starts.append((word.range.lowerBound, true, false))
                // The antecedent: the words before the comma, back to the clause start or the previous comma (at most 5).
                let clauseStart = starts[starts.count - 2].offset
                var first = index - 1
                while first > 0, index - first < 5, words[first - 1].range.lowerBound >= clauseStart,
                      !Self.hasComma(bytes, between: words[first - 1].range.upperBound, and: words[first].range.lowerBound) {
                    first -= 1
                }
                let antecedent = words[first].range.lowerBound..<previous.range.upperBound
                subjects[word.range.lowerBound] = antecedent
                openRelative = (word.range.lowerBound, clauseStart, antecedent)
            } else if !commaBefore, lower == "that" || lower == "who" || lower == "which", let next, Self.auxiliaries.contains(next.text.lowercased()),
                      index > 1, !Self.reportingVerbs.contains(previous.text.lowercased()) {
                // "the ship logs that had been kept there", "Pelletier, who was first elected": a relative
                // clause with no comma; its antecedent is the noun phrase just before.
                starts.append((word.range.lowerBound, true, false))
                let clauseStart = starts[starts.count - 2].offset
                var first = index - 1
                while first > 0, index - first < 4, words[first - 1].range.lowerBound >= clauseStart,
                      !Self.hasComma(bytes, between: words[first - 1].range.upperBound, and: words[first].range.lowerBound),
                      !Self.verbs.contains(words[first - 1].text.lowercased()), !words[first - 1].text.lowercased().hasSuffix("ing") {
                    first -= 1
                }
                var antecedent = words[first].range.lowerBound..<previous.range.upperBound
                // "Pelletier, a former schoolteacher who was…": the appositive's name is the subject.
                if first > 0, ["a", "an", "the"].contains(words[first].text.lowercased()), words[first - 1].isCapitalized,
                   Self.hasComma(bytes, between: words[first - 1].range.upperBound, and: words[first].range.lowerBound) {
                    let nameEnd = first - 1
                    var nameStart = nameEnd
                    while nameStart > 0, nameEnd - nameStart < 3, words[nameStart - 1].isCapitalized,
                          words[nameStart - 1].range.lowerBound >= clauseStart,
                          !Self.hasComma(bytes, between: words[nameStart - 1].range.upperBound, and: words[nameStart].range.lowerBound) {
                        nameStart -= 1
                    }
                    antecedent = words[nameStart].range.lowerBound..<words[nameEnd].range.upperBound
                }
                subjects[word.range.lowerBound] = antecedent
                openRelative = (word.range.lowerBound, clauseStart, antecedent)
            } else if lower == "and", !commaBefore, let next, Self.isVerbLike(next), index > 2 {
                // "…since November and hoped to sign…": a second verb phrase with the same subject.
                starts.append((word.range.lowerBound, false, false))
            } else if Self.subordinators.contains(lower), let next, Self.opensClause(next), verbFollows {
                starts.append((word.range.lowerBound, false, false))
            } else if lower == "that", let next, Self.opensClause(next), verbFollows {
                starts.append((word.range.lowerBound, false, Self.reportingVerbs.contains(previous.text.lowercased()) || index >= 2))
            }
        }
        var clauses: [Clause] = []
        for (index, start) in starts.enumerated() {
            let end = index + 1 < starts.count ? starts[index + 1].offset : bytes.count
            guard end > start.offset else { continue }
            clauses.append(Clause(range: start.offset..<end, isRelative: start.relative, isComplement: start.complement,
                                  subject: subjects[start.offset]))
        }
        return clauses
    }

    struct Word {
        var text: String
        var range: Range<Int>
        var isCapitalized: Bool
    }

    /// Words (letters, digits, apostrophes inside) with their UTF-8 ranges.
    static func words(in sentence: String) -> [Word] {
        var words: [Word] = []
        var offset = 0
        var current = ""
        var start = 0
        for scalar in sentence.unicodeScalars {
            let width = String(scalar).utf8.count
            let isWordCharacter = scalar.properties.isAlphabetic || ("0"..."9").contains(scalar)
                || ((scalar == "'" || scalar == "\u{2019}") && !current.isEmpty)
            if isWordCharacter {
                if current.isEmpty { start = offset }
                current.unicodeScalars.append(scalar)
            } else if !current.isEmpty {
                words.append(Word(text: current, range: start..<offset, isCapitalized: current.first?.isUppercase ?? false))
                current = ""
            }
            offset += width
        }
        if !current.isEmpty { words.append(Word(text: current, range: start..<offset, isCapitalized: current.first?.isUppercase ?? false)) }
        return words
    }

    private static func hasComma(_ bytes: [UInt8], between a: Int, and b: Int) -> Bool {
        a < b && bytes[a..<b].contains(44)
    }

    private static func hasSemicolon(_ bytes: [UInt8], between a: Int, and b: Int) -> Bool {
        a < b && bytes[a..<b].contains(59)
    }

    /// A word that can start a clause's subject: a determiner, a pronoun, or a capitalized name.
    static func opensClause(_ word: Word) -> Bool {
        let lower = word.text.lowercased()
        if subjectStarters.contains(lower) { return true }
        return word.isCapitalized && !timeWords.contains(lower)
    }

    /// A finite verb among the words: an auxiliary, a common irregular past, or an "-ed" form.
    static func hasVerb(_ words: ArraySlice<Word>) -> Bool {
        for word in words {
            let lower = word.text.lowercased()
            if verbs.contains(lower) { return true }
            if lower.count >= 5, lower.hasSuffix("ed"), !word.isCapitalized { return true }
        }
        return false
    }

    /// The words from `index + 1` up to the next comma.
    static func segment(after index: Int, words: [Word], bytes: [UInt8]) -> ArraySlice<Word> {
        var end = index + 1
        while end < words.count {
            if end > index + 1, hasComma(bytes, between: words[end - 1].range.upperBound, and: words[end].range.lowerBound) { break }
            end += 1
        }
        return words[min(index + 1, words.count)..<end]
    }

    /// A word that looks like a finite verb on its own.
    static func isVerbLike(_ word: Word) -> Bool {
        let lower = word.text.lowercased()
        return verbs.contains(lower) || (lower.count >= 5 && lower.hasSuffix("ed") && !word.isCapitalized)
    }

    static let verbs: Set<String> = ["opens", "closes", "begins", "starts", "ends", "meets", "runs", "takes", "makes", "plans",
                                     "hopes", "expects", "wants", "needs", "faces", "holds", "leads", "joins", "leaves",
                                     "returns", "reopens", "resumes", "votes", "announces", "reports", "launches", "hoped",
                                     "is", "are", "was", "were", "has", "have", "had", "will", "would", "can", "could", "did",
                                     "does", "do", "may", "might", "must", "should", "shall", "said", "says", "won", "lost",
                                     "made", "took", "began", "left", "met", "spoke", "fell", "rose", "sold", "bought", "paid",
                                     "held", "led", "ran", "wrote", "became", "came", "went", "got", "gave", "saw", "told",
                                     "broke", "chose", "drew", "found", "kept", "put", "set", "sent", "spent", "stood", "struck"]

    static let auxiliaries: Set<String> = ["is", "are", "was", "were", "has", "have", "had", "will", "would", "can", "could"]

    static let coordinators: Set<String> = ["and", "but", "while", "whereas", "although", "though", "yet", "so"]
    static let subordinators: Set<String> = ["after", "before", "when", "because", "although", "though", "while", "until",
                                             "unless", "once", "whereas", "since"]
    static let subjectStarters: Set<String> = ["the", "a", "an", "he", "she", "it", "they", "we", "i", "you", "his", "her",
                                               "its", "their", "our", "this", "these", "those", "there", "some", "many", "most",
                                               "several", "two", "three", "both", "no", "all", "each", "every", "one"]
    /// Capitalized words that begin a time expression rather than a subject ("after June 25").
    static let timeWords: Set<String> = ["january", "february", "march", "april", "may", "june", "july", "august", "september",
                                         "october", "november", "december", "monday", "tuesday", "wednesday", "thursday",
                                         "friday", "saturday", "sunday", "last", "next", "this", "christmas", "easter"]
    static let reportingVerbs: Set<String> = ["said", "says", "reported", "reports", "announced", "told", "confirmed", "added",
                                              "noted", "wrote", "stated", "argued", "claimed", "insisted", "warned", "believe",
                                              "believes", "believed", "concerned", "worried", "feared", "hoped", "expected"]
}
