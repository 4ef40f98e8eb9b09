/// Finds temporal expressions in English text and resolves them to TIMEX3 values.
///
/// ```swift
/// let tagger = TemporalTagger()
/// let timexes = tagger.tag("Last month, the council voted.", publicationDate: CalendarDate(year: 2025, month: 6, day: 26))
/// // timexes[0].value.description == "2025-05"
/// ```
public struct TemporalTagger: Sendable {
    public var policy: ResolutionPolicy
    /// Read numeric dates such as 06/07/2025 day first (7 June) rather than month first (June 7).
    public var dayFirst: Bool
    private let lexicon: Lexicon

    public init(policy: ResolutionPolicy = .news, dayFirst: Bool = false) {
        self.policy = policy
        self.dayFirst = dayFirst
        self.lexicon = .english
    }

    /// Tags `text`, resolving relative expressions against `publicationDate` (left open when nil).
    public func tag(_ text: String, publicationDate: CalendarDate?) -> [Timex] {
        var text = text
        return text.withUTF8 { bytes in tag(bytes: bytes, publicationDate: publicationDate) }
    }

    /// Tags `text` like `tag(_:publicationDate:)`, but gives up with `TimeBudgetExceeded` once
    /// `deadline` has passed. The deadline is checked between 64 KB chunks, so a text of one
    /// chunk is always tagged whole.
    public func tag(_ text: String, publicationDate: CalendarDate?, deadline: Deadline) throws(TimeBudgetExceeded) -> [Timex] {
        var text = text
        let result = text.withUTF8 { bytes in
            Result { () throws(TimeBudgetExceeded) in try tag(bytes: bytes, publicationDate: publicationDate, deadline: deadline) }
        }
        return try result.get()
    }

    /// Tags UTF-8 bytes; ranges in the result are byte offsets into them.
    ///
    /// Long texts are tagged in chunks of about 64 KB cut at line or sentence ends, so memory
    /// stays bounded whatever the input; the time last mentioned carries across chunks.
    public func tag(bytes: UnsafeBufferPointer<UInt8>, publicationDate: CalendarDate?) -> [Timex] {
        // Without a deadline nothing throws.
        (try? tag(bytes: bytes, publicationDate: publicationDate, deadline: .never)) ?? []
    }

    /// Tags UTF-8 bytes like `tag(bytes:publicationDate:)`, checking `deadline` before each chunk
    /// after the first.
    public func tag(bytes: UnsafeBufferPointer<UInt8>, publicationDate: CalendarDate?, deadline: Deadline) throws(TimeBudgetExceeded) -> [Timex] {
        let tokenizer = Tokenizer(lexicon: lexicon)
        var resolver = Resolver(publicationDate: publicationDate, policy: policy)
        var context = Resolver.Context()
        var result: [Timex] = []
        var start = 0
        while start < bytes.count {
            if start > 0 { try deadline.check() }
            let end = Self.chunkEnd(bytes, from: start)
            let tokens = tokenizer.tokenize(bytes, in: start..<end)
            start = end
            let mentions = findMentions(tokens)
            guard !mentions.isEmpty else { continue }
            var sentences = SentenceTenses(tokens: tokens)
            for (mention, firstToken, endToken) in mentions {
                var reading = sentences.reading(of: firstToken..<endToken)
                // "since January": what began then is past.
                if mention.preposition == "since" { reading = TenseReading(tense: .past, distance: 1, fromReportingVerb: false) }
                let tense = reading.tense
                let phrase = String(decoding: UnsafeBufferPointer(rebasing: bytes[mention.range]), as: UTF8.self)
                result.append(resolver.resolve(mention, text: phrase, tense: tense, reading: reading, context: &context))
            }
        }
        return result
    }

    static let chunkSize = 65_536

    /// Where the chunk that begins at `start` ends: at a line break, else after a sentence end,
    /// else at a space, found near `chunkSize`; text with none of these is cut at a scalar boundary.
    static func chunkEnd(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        let target = start + chunkSize
        guard target < bytes.count else { return bytes.count }
        let limit = min(bytes.count, target + chunkSize / 8)
        var space: Int?
        var sentence: Int?
        for i in target..<limit {
            let b = bytes[i]
            if b == 10 { return i + 1 }
            if b == 32 {
                if sentence == nil, i > 0, bytes[i - 1] == 46 || bytes[i - 1] == 33 || bytes[i - 1] == 63 { sentence = i + 1 }
                if space == nil { space = i + 1 }
            }
        }
        if let cut = sentence ?? space { return cut }
        var cut = target
        while cut > start + 1, bytes[cut] & 0xC0 == 0x80 { cut -= 1 }  // not inside a UTF-8 scalar
        return cut
    }

    /// What the text says, unresolved: for tests and debugging.
    public func mentions(in text: String) -> [Mention] {
        var text = text
        return text.withUTF8 { bytes in findMentions(Tokenizer(lexicon: lexicon).tokenize(bytes)).map(\.mention) }
    }

    private func findMentions(_ tokens: [Token]) -> [(mention: Mention, firstToken: Int, endToken: Int)] {
        let grammar = Grammar(tokens: tokens, dayFirst: dayFirst)
        var found: [(Mention, Int, Int)] = []
        var i = 0
        while i < tokens.count {
            // Only tokens that can open an expression are tried.
            let token = tokens[i]
            if token.kind == .word && !token.isKnownWord && token.key != Keys.fy && token.key != Keys.q && token.key != Keys.h {
                i += 1
                continue
            }
            if let match = grammar.match(at: i) {
                if grammar.isTitle(from: i, to: match.next) {
                    i = match.next
                    continue
                }
                var mention = match.mention
                if i > 0, tokens[i - 1].kind == .word, Lexicon.prepositions.contains(tokens[i - 1].key) {
                    mention.preposition = Self.lowercased(tokens[i - 1].key)
                }
                found.append((mention, i, match.next))
                i = match.next
                if let (end, next) = grammar.rangeEnd(after: mention, at: i) {
                    if case .calendar(let year?, let m, _) = end.form, case .calendar(nil, m, let startDay) = mention.form {
                        found[found.count - 1].0.form = .calendar(year: year, month: m, day: startDay)  // "Sept. 9-11, 2019"
                    }
                    found.append((end, i, next))
                    i = next
                }
            } else {
                i += 1
            }
        }
        return found
    }

    private static func lowercased(_ key: WordKey) -> String {
        var bytes: [UInt8] = []
        for index in 0..<min(Int(key.count), 16) {
            let word = index < 8 ? key.low : key.high
            bytes.append(UInt8(truncatingIfNeeded: word >> (UInt64(index % 8) * 8)))
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}

/// Finds the tense of the sentence around a token, computing each sentence once.
struct SentenceTenses {
    /// Words whose period does not end a sentence.
    static let abbreviations = WordSet(["mr", "mrs", "ms", "dr", "prof", "sen", "rep", "gov", "gen", "lt", "col", "sgt", "capt",
                                        "st", "jr", "sr", "inc", "corp", "co", "ltd", "no", "vs", "jan", "feb", "mar", "apr",
                                        "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mon", "tue", "tues", "wed",
                                        "thu", "thur", "thurs", "fri", "sat", "sun", "ft", "mt", "ave", "blvd", "dept", "est"])

    let tokens: [Token]
    private var cachedRange: Range<Int> = 0..<0

    init(tokens: [Token]) { self.tokens = tokens }

    /// The tense of the clause around the mention spanning tokens `mention`, with its evidence.
    mutating func reading(of mention: Range<Int>) -> TenseReading {
        let index = mention.lowerBound
        if !cachedRange.contains(index) {
            // Sentence bounds, looked for no further than the tense window (text without sentence
            // ends must not cost a scan of the whole chunk per expression).
            let reach = Tense.window + (mention.upperBound - mention.lowerBound)
            var start = index
            while start > 0, index - start < reach, !isSentenceEnd(start - 1) { start -= 1 }
            var end = index
            while end < tokens.count, end - index < reach * 2, !isSentenceEnd(end) { end += 1 }
            cachedRange = start..<min(end + 1, tokens.count)
        }
        return Tense.reading(mention, in: cachedRange, tokens: tokens)
    }

    /// ".", "!" or "?" not inside an abbreviation such as "p.m." or "U.S.".
    private func isSentenceEnd(_ i: Int) -> Bool {
        let token = tokens[i]
        guard token.kind == .punctuation else { return false }
        let b = token.key.firstByte
        if b == 33 || b == 63 { return true }
        guard b == 46 else { return false }
        if i > 0, tokens[i - 1].kind == .word, tokens[i - 1].end - tokens[i - 1].start == 1 { return false }
        if i > 0, tokens[i - 1].kind == .word, SentenceTenses.abbreviations.contains(tokens[i - 1].key) { return false }  // "Aug. 7", "Mr. Cole"
        if i + 1 < tokens.count, tokens[i + 1].touchesPrevious { return false }
        // "Birmingham, Ala., killed": a comma or semicolon after the period means an abbreviation.
        if i + 1 < tokens.count, tokens[i + 1].kind == .punctuation, [44, 59].contains(tokens[i + 1].key.firstByte) { return false }
        if i + 1 < tokens.count, tokens[i + 1].kind != .punctuation, !tokens[i + 1].isCapitalized { return false }  // ". the" or ". 7"
        return true
    }
}
