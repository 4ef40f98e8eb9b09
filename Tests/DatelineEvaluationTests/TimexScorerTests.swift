import DatelineArticles
import DatelineEvaluation
import DatelineNormalizer
import Foundation
import Testing

/// An invented text; gold and system documents share it.
private let text = "The mill closed on March 3, 2019 after two years of losses, and the town voted last spring to buy it."

private func span(_ needle: String, in haystack: String = text) -> Range<Int> {
    let range = haystack.range(of: needle)!
    let start = haystack.utf8.distance(from: haystack.utf8.startIndex, to: range.lowerBound)
    return start..<(start + needle.utf8.count)
}

private func timex(_ needle: String, _ type: String, _ value: String, tid: String? = nil, in haystack: String = text) -> TimeMLTimex {
    TimeMLTimex(range: span(needle, in: haystack), text: needle, tid: tid, type: type, value: value)
}

private func document(_ name: String, _ timexes: [TimeMLTimex], text: String = text, dctID: String? = "t0") -> TimeMLDocument {
    TimeMLDocument(path: "corpus/\(name)", text: text, creationTime: CalendarDate(year: 2020, month: 5, day: 1),
                   creationTimeValue: "2020-05-01", creationTimeID: dctID, timexes: timexes)
}

private let gold = document("mill.tml", [
    timex("March 3, 2019", "DATE", "2019-03-03"),
    timex("two years", "DURATION", "P2Y"),
    timex("last spring", "DATE", "2019-SP"),
])

@Suite("TimexTokens")
struct TimexTokensTests {
    @Test("words, numbers and single punctuation marks are tokens; spaces are not")
    func tokens() {
        let sample = "mid-1998, the 1990s' café"
        let tokens = TimexTokens(sample)
        let words = tokens.spans.map { String(decoding: Array(sample.utf8)[$0], as: UTF8.self) }
        #expect(words == ["mid", "-", "1998", ",", "the", "1990s", "'", "café"])
    }

    @Test("a span covers every token it shares a byte with")
    func covering() {
        let tokens = TimexTokens("in the 1990s, then")
        #expect(tokens.tokenIndices(covering: 7..<11) == 2..<3)  // "1990" inside "1990s"
        #expect(tokens.tokenIndices(covering: 3..<13) == 1..<4)  // "the 1990s,"
        #expect(tokens.tokenIndices(covering: 2..<3) == 0..<0)   // a space alone
        #expect(tokens.tokenIndices(covering: 5..<5) == 0..<0)
    }
}

@Suite("TimexScorer")
struct TimexScorerTests {
    let scorer = TimexScorer()

    @Test("identical annotations score 1 everywhere")
    func exact() throws {
        let scores = try scorer.score(gold: gold, system: document("mill.tml", gold.timexes))
        #expect(scores.gold == 3 && scores.system == 3)
        #expect(scores.strictMatches == 3 && scores.relaxedMatches == 3)
        #expect(scores.strict.f1 == 1 && scores.relaxed.f1 == 1)
        #expect(scores.valueF1 == 1 && scores.typeF1 == 1)
        #expect(scores.errors.isEmpty)
    }

    @Test("a partial overlap is a relaxed match, not a strict one")
    func partial() throws {
        let system = document("mill.tml", [
            timex("March 3", "DATE", "2019-03-03"),
            timex("two years", "DURATION", "P2Y"),
            timex("spring", "DATE", "2019-SP"),
        ])
        let scores = try scorer.score(gold: gold, system: system)
        #expect(scores.relaxedMatches == 3)
        #expect(scores.strictMatches == 1)
        #expect(abs(scores.strict.precision - 1.0 / 3) < 1e-12)
        #expect(scores.valueAccuracy == 1)
        #expect(scores.errors.map(\.kind) == [.wrongExtent, .wrongExtent])
        #expect(scores.errors.first?.system?.text == "March 3")
    }

    @Test("spans that touch only across a space do not match")
    func noSharedToken() throws {
        let system = document("mill.tml", [timex(" two", "DURATION", "P2Y")])
        let one = document("mill.tml", [timex("after", "DATE", "X")])
        let scores = try scorer.score(gold: gold, system: one)
        #expect(scores.relaxedMatches == 0)
        #expect(try scorer.score(gold: gold, system: system).relaxedMatches == 1)
    }

    @Test("a spurious system timex lowers precision only")
    func spurious() throws {
        let extra = TimeMLTimex(range: span("mill"), text: "mill", type: "DATE", value: "PRESENT_REF")
        let scores = try scorer.score(gold: gold, system: document("mill.tml", gold.timexes + [extra]))
        #expect(scores.system == 4)
        #expect(scores.relaxed.precision == 0.75)
        #expect(scores.relaxed.recall == 1)
        #expect(scores.errors.count == 1)
        #expect(scores.errors.first?.kind == .spurious)
        #expect(scores.errors.first?.gold == nil)
        #expect(scores.errors.first?.system?.value == "PRESENT_REF")
    }

    @Test("a missed gold timex lowers recall only")
    func missed() throws {
        let scores = try scorer.score(gold: gold, system: document("mill.tml", Array(gold.timexes.prefix(2))))
        #expect(scores.relaxed.precision == 1)
        #expect(abs(scores.relaxed.recall - 2.0 / 3) < 1e-12)
        #expect(abs(scores.relaxed.f1 - 0.8) < 1e-12)
        #expect(scores.errors.map(\.kind) == [.missed])
        #expect(scores.errors.first?.gold?.text == "last spring")
        #expect(scores.errors.first?.file == "mill.tml")
    }

    @Test("a wrong value or type counts against accuracy, and value F1 is relaxed F1 × accuracy")
    func wrongAttributes() throws {
        let system = document("mill.tml", [
            timex("March 3, 2019", "DATE", "2019-03-03"),
            timex("two years", "DATE", "P2Y"),
            timex("last spring", "DATE", "2020-SP"),
        ])
        let scores = try scorer.score(gold: gold, system: system)
        #expect(scores.relaxed.f1 == 1)
        #expect(scores.valueMatches == 2)
        #expect(scores.typeMatches == 2)
        #expect(abs(scores.valueF1 - 2.0 / 3) < 1e-12)
        let wrongValue = try #require(scores.errors.first { $0.kind == .wrongValue })
        #expect(wrongValue.gold?.value == "2019-SP")
        #expect(wrongValue.system?.value == "2020-SP")
        let wrongType = try #require(scores.errors.first { $0.kind == .wrongType })
        #expect(wrongType.gold?.type == "DURATION")
        #expect(wrongType.system?.type == "DATE")
    }

    @Test("one system timex answers for one gold timex only")
    func oneToOne() throws {
        let system = document("mill.tml", [timex("March 3, 2019 after two years", "DATE", "2019-03-03")])
        let scores = try scorer.score(gold: gold, system: system)
        #expect(scores.relaxedMatches == 1)
        #expect(scores.relaxed.precision == 1)
        #expect(abs(scores.relaxed.recall - 1.0 / 3) < 1e-12)
        #expect(scores.errors.map(\.kind) == [.wrongExtent, .missed, .missed])
    }

    @Test("gold timexes with empty text are not scored")
    func emptyGold() throws {
        let withEmpty = document("mill.tml", gold.timexes + [TimeMLTimex(range: 10..<10, text: "", type: "DATE", value: "2019")])
        let scores = try scorer.score(gold: withEmpty, system: document("mill.tml", gold.timexes))
        #expect(scores.gold == 3)
        #expect(scores.relaxed.recall == 1)
    }

    @Test("a gold repeat of the creation time inside TEXT is skipped, with what the system found there")
    func creationTimeRepeat() throws {
        let header = "HISTORY 2009-12-19T17:00:00\nIn 1939 the war began."
        let goldDocument = document("war.tml", [
            timex("2009-12-19T17:00:00", "TIME", "2009-12-19T17:00:00", tid: "t0", in: header),
            timex("1939", "DATE", "1939", tid: "t1", in: header),
        ], text: header)
        let systemDocument = document("war.tml", [
            timex("2009-12-19", "DATE", "2009-12-19", in: header),
            timex("1939", "DATE", "1939", in: header),
        ], text: header)
        let scores = try scorer.score(gold: goldDocument, system: systemDocument)
        #expect(scores.gold == 1 && scores.system == 1)
        #expect(scores.strict.f1 == 1)
        let unskipped = try TimexScorer(skipsCreationTimeRepeats: false).score(gold: goldDocument, system: systemDocument)
        #expect(unskipped.gold == 2 && unskipped.system == 2)
        #expect(unskipped.strictMatches == 1)
    }

    @Test("documents pair by file name, also without .TE3input; totals add up")
    func pairing() throws {
        let second = document("other.tml", [timex("two years", "DURATION", "P2Y")])
        let systems = [
            document("other.tml.TE3input", [timex("two years", "DURATION", "P2Y")]),
            document("mill.tml", Array(gold.timexes.prefix(1))),
        ]
        let scores = try scorer.score(gold: [gold, second], system: systems)
        #expect(scores.documents == 2)
        #expect(scores.gold == 4 && scores.system == 2 && scores.relaxedMatches == 2)
        let first = try scorer.score(gold: gold, system: systems[1])
        let other = try scorer.score(gold: second, system: systems[0])
        #expect(first + other == scores)
    }

    @Test("a missing system document or a changed text is an error")
    func mismatches() {
        #expect(throws: EvaluationError.missingSystemDocument(gold: "corpus/mill.tml", name: "mill.tml")) {
            try scorer.score(gold: [gold], system: [document("else.tml", [])])
        }
        let changed = document("mill.tml", [], text: text.replacingOccurrences(of: "town", with: "city"))
        do {
            _ = try scorer.score(gold: gold, system: changed)
            Issue.record("a changed text was scored")
        } catch {
            guard case let .textMismatch(_, _, offset, line) = error else {
                Issue.record("unexpected error \(error)")
                return
            }
            #expect(offset == span("town").lowerBound)
            #expect(line == 1)
            #expect(error.description.contains("corpus/mill.tml"))
        }
    }

    @Test("scores encode as JSON with sorted keys and decode back")
    func json() throws {
        let system = document("mill.tml", [timex("March 3", "DATE", "2019-03-03"), timex("two years", "DATE", "P2Y")])
        let scores = try scorer.score(gold: gold, system: system)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let data = try encoder.encode(scores)
        let json = String(decoding: data, as: UTF8.self)
        #expect(json.hasPrefix(#"{"documents":1,"errors":["#))
        #expect(json.contains(#""matches":2,"precision":1,"recall":0.6666666666666666}"#))
        #expect(json.contains(#""kind":"missed""#))
        #expect(try JSONDecoder().decode(TimexScores.self, from: data) == scores)

        let report = TimexScoreReport.json(sets: [("mill", scores)], total: scores, includeErrors: false)
        #expect(report.contains("\"sets\""))
        #expect(!report.contains("\"kind\""))
    }

    @Test("the table shows percentages and counts; error lines show both sides")
    func table() throws {
        let system = document("mill.tml", [timex("March 3, 2019", "DATE", "2019-03-04"), timex("two years", "DURATION", "P2Y")])
        let scores = try scorer.score(gold: gold, system: system)
        let table = TimexScoreReport.table([("mill", scores)])
        let lines = table.split(separator: "\n")
        #expect(lines.count == 2)
        #expect(lines[0].hasPrefix("set"))
        #expect(lines[1].split(separator: " ") == ["mill", "1", "100.00", "66.67", "80.00", "100.00", "66.67", "80.00",
                                                   "40.00", "80.00", "50.00", "100.00", "2", "3"])
        let errors = TimexScoreReport.errorLines(scores.errors)
        #expect(errors.contains("value\tmill.tml:19\t\"March 3, 2019\" DATE 2019-03-03\t\"March 3, 2019\" DATE 2019-03-04"))
        #expect(errors.contains("missed\tmill.tml:"))
    }

    @Test("tagging a document keeps its text and creation time")
    func tagged() {
        let plain = document("mill.tml", [])
        let system = plain.tagged(by: TemporalTagger())
        #expect(system.text == plain.text)
        #expect(system.creationTime == plain.creationTime)
        #expect(!system.timexes.isEmpty)
        let bytes = Array(system.text.utf8)
        for timex in system.timexes {
            #expect(String(decoding: bytes[timex.range], as: UTF8.self) == timex.text)
        }
    }
}
