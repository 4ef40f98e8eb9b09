import Testing
@testable import DatelineNormalizer

/// Negatives beyond "nothing is tagged" (those are `Corpus/NegativeExamples.swift`, run by
/// `RuleExampleTests`): only the real expression is tagged next to look-alikes, wide spaces
/// separate words, and input that must never trap the tagger.
@Suite("Negative corpus")
struct NegativeCorpusTests {
    let tagger = TemporalTagger()
    let published = CalendarDate(year: 2025, month: 6, day: 26)!

    func times(in sentence: String) -> [Timex] {
        tagger.tag(sentence, publicationDate: published)
    }

    @Test("only the real expression is tagged", arguments: [
        ("The visitors won 2-1 on Sunday.", "Sunday", "2025-06-22"),
        ("For tickets, call 555-2025 today.", "today", "2025-06-26"),
        ("Officials may, in May, delay the vote.", "May", "2025-05"),
        ("The 737 Max was grounded in March 2019.", "March 2019", "2019-03"),
        ("The guard finished 2nd in 2019.", "2019", "2019"),
        ("Prices will fall in the spring.", "the spring", "2026-SP"),
        ("Sales rose in 2019 despite the fall in prices.", "2019", "2019"),
        ("In 2019 people moved downtown.", "2019", "2019"),
        ("The \u{201C}80s\u{201D} sign glowed in 2019.", "2019", "2019"),
    ])
    func onlyTheRealOne(sentence: String, text: String, value: String) {
        let found = times(in: sentence)
        #expect(found.map(\.text) == [text])
        #expect(found.map(\.value.description) == [value])
    }

    @Test("no-break and thin spaces separate words like spaces", arguments: ["\u{00A0}", "\u{202F}", "\u{2009}"])
    func wideSpaces(space: String) {
        let sentence = ["The", "plant", "closed", "on", "June", "25,", "2019,", "and", "again", "in", "May."].joined(separator: space)
        let found = times(in: sentence)
        #expect(found.map(\.value.description) == ["2019-06-25", "2025-05"])
        #expect(found.first?.preposition == "on")
    }

    @Test func decadeBeforeAHyphenIsTheDecade() {
        // "1990s-era" names the decade; it must not become the year 1990 or anything else.
        let found = times(in: "The mill kept its 1990s-era looms.")
        #expect(found.map(\.value.description) == ["199"])
        #expect(found.first?.granularity == .decade)
    }

    // MARK: - Robustness

    @Test("fragments do not trap and name only what they hold", arguments: [
        ("", [String]()), (" ", []), ("the", []), ("mid-", []), ("the end of", []), ("the 25th of", []), ("'", []),
        ("\u{2019}80", []), ("6/25/", []), ("at 3 p.", []), ("a couple", []), ("FY", []), ("Q", []), ("H", []),
        ("fiscal year", []), ("last", []), ("June", []), ("Jun.", []), ("\u{2014} June \u{2014}", []), ("\u{65E5}\u{672C} 2025\u{5E74}", []),
        ("2025-", ["2025"]), ("Q5 2024", ["2024"]), ("the past", ["the past"]), ("3 p.m", ["3 p.m"]),
        ("\u{00A0}2025\u{00A0}", ["2025"]), ("\u{201C}June 25\u{201D}", ["June 25"]), ("\u{1F642} 2019 \u{1F642}", ["2019"]),
        ("The\tyear\n2019\r\nended.", ["The\tyear\n2019"]),
    ])
    func fragments(text: String, expected: [String]) {
        let found = tagger.tag(text, publicationDate: published)
        #expect(found.map(\.text) == expected)
        let bytes = Array(text.utf8)
        for timex in found {
            #expect(timex.range.lowerBound >= 0 && timex.range.upperBound <= bytes.count)
            #expect(String(decoding: bytes[timex.range], as: UTF8.self) == timex.text)
        }
    }

    /// A fixed-seed generator, so every run tries the same input.
    struct SplitMix: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    @Test func tokenSoupNeverTrapsAndRangesStayInBounds() {
        let pieces = ["the", "last", "next", "this", "of", "in", "on", "early", "mid", "-", "late", "June", "Jun", ".", ",",
                      "25", "2025", "25th", "'", "\u{2019}", "80s", "1990s", "Q3", "H1", "FY", "fiscal", "year", "years",
                      "ago", "earlier", "later", "a", "couple", "few", "weeks", "quarter", "half", "first", "third", "fall",
                      "summer", "Tuesday", "morning", "night", "at", "3", "p", "m", ":", "30", "/", "%", "$", "noon",
                      "following", "previous", "day", "that", "recent", "months", "for", "past", "future", "present", "now"]
        var rng = SplitMix(state: 2025)
        var total = 0
        for _ in 0..<3000 {
            let count = Int.random(in: 1...12, using: &rng)
            var text = ""
            for _ in 0..<count {
                let piece = pieces[Int.random(in: 0..<pieces.count, using: &rng)]
                text += Bool.random(using: &rng) ? piece : " " + piece
            }
            let bytes = Array(text.utf8)
            let found = tagger.tag(text, publicationDate: published)
            var previousEnd = 0
            for timex in found {
                #expect(timex.range.lowerBound >= previousEnd && timex.range.upperBound <= bytes.count, "\(text)")
                #expect(String(decoding: bytes[timex.range], as: UTF8.self) == timex.text)
                if let interval = timex.interval { #expect(interval.start <= interval.end) }
                previousEnd = timex.range.upperBound
            }
            total += found.count
        }
        #expect(total > 0)
    }

    @Test func arbitraryBytesNeverTrap() {
        var rng = SplitMix(state: 7)
        let alphabet: [UInt8] = Array("Jun 25, 2025 '’—mid-Q3 FY2024 p.m. 3:30 $%".utf8) + [0x80, 0xBF, 0xC2, 0xE2, 0xF0, 0xFF, 0xE3, 0xEF, 0xBB]
        for _ in 0..<2000 {
            let bytes = (0..<Int.random(in: 0...40, using: &rng)).map { _ in alphabet[Int.random(in: 0..<alphabet.count, using: &rng)] }
            let found = bytes.withUnsafeBufferPointer { tagger.tag(bytes: $0, publicationDate: published) }
            for timex in found { #expect(timex.range.upperBound <= bytes.count) }
        }
    }
}
