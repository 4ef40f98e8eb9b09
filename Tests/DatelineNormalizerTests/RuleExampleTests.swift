import Testing
@testable import DatelineNormalizer

extension Example: CustomTestStringConvertible {
    var testDescription: String { summary }
}

extension Negative: CustomTestStringConvertible {
    var testDescription: String { untagged.map { "\"\($0)\" untagged in: \(sentence)" } ?? "nothing tagged in: \(sentence)" }
}

/// Runs every rule group's examples (`Corpus/`): each sentence, tagged with its publication date and
/// policy, holds the expected expression with the expected text, value and attributes.
@Suite("Rule examples")
struct RuleExampleTests {
    func verify(_ example: Example) throws {
        let published = try #require(CalendarDate(iso: example.published))
        let found = TemporalTagger(policy: example.policy).tag(example.sentence, publicationDate: published)
        #expect(found.count == example.count, "found \(found.map { "\($0.text)=\($0.value)" })")
        let timex = try #require(found.first { $0.text == example.text }, "no \"\(example.text)\" in \(found.map(\.text))")
        #expect(timex.text == example.text)
        #expect(timex.value.description == example.value)
        #expect(timex.mod == example.mod)
        if let type = example.type { #expect(timex.type == type) }
        if let quant = example.quant { #expect(timex.quant == quant) }
        if let freq = example.freq { #expect(timex.freq == freq) }
        #expect(timex.endsRange == example.endsRange)
        let bytes = Array(example.sentence.utf8)
        #expect(String(decoding: bytes[timex.range], as: UTF8.self) == timex.text)
    }

    @Test("absolute dates", arguments: AbsoluteDateExamples.all)
    func absoluteDates(_ example: Example) throws { try verify(example) }

    @Test("today, yesterday, tomorrow", arguments: DeicticExamples.all)
    func deictic(_ example: Example) throws { try verify(example) }

    @Test("this/last/next + unit", arguments: RelativeUnitExamples.all)
    func relativeUnits(_ example: Example) throws { try verify(example) }

    @Test("weekdays", arguments: WeekdayExamples.all)
    func weekdays(_ example: Example) throws { try verify(example) }

    @Test("months and seasons", arguments: MonthAndSeasonExamples.all)
    func monthsAndSeasons(_ example: Example) throws { try verify(example) }

    @Test("quarters and halves", arguments: QuarterAndHalfExamples.all)
    func quartersAndHalves(_ example: Example) throws { try verify(example) }

    @Test("offsets", arguments: OffsetExamples.all)
    func offsets(_ example: Example) throws { try verify(example) }

    @Test("anaphora", arguments: AnaphoraExamples.all)
    func anaphora(_ example: Example) throws { try verify(example) }

    @Test("parts of periods", arguments: PartOfExamples.all)
    func partsOf(_ example: Example) throws { try verify(example) }

    @Test("decades and centuries", arguments: DecadeCenturyExamples.all)
    func decadesAndCenturies(_ example: Example) throws { try verify(example) }

    @Test("holidays", arguments: HolidayExamples.all)
    func holidays(_ example: Example) throws { try verify(example) }

    @Test("times of day", arguments: TimeOfDayExamples.all)
    func timesOfDay(_ example: Example) throws { try verify(example) }

    @Test("durations", arguments: DurationExamples.all)
    func durations(_ example: Example) throws { try verify(example) }

    @Test("sets", arguments: SetExamples.all)
    func sets(_ example: Example) throws { try verify(example) }

    @Test("vague references", arguments: VagueExamples.all)
    func vague(_ example: Example) throws { try verify(example) }

    @Test("ranges", arguments: RangeExamples.all)
    func ranges(_ example: Example) throws { try verify(example) }

    @Test("narrative policy", arguments: NarrativeExamples.all)
    func narrative(_ example: Example) throws { try verify(example) }

    @Test("negatives: nothing, or not the look-alike, is tagged", arguments: NegativeExamples.all)
    func negative(_ negative: Negative) throws {
        let published = try #require(CalendarDate(iso: negative.published))
        let found = TemporalTagger().tag(negative.sentence, publicationDate: published)
        if let untagged = negative.untagged {
            #expect(negative.untaggedRange != nil, "\"\(untagged)\" is not in the sentence")
        }
        let offending = negative.offending(found)
        #expect(offending.isEmpty, "tagged \(offending.map { "\($0.text)=\($0.value)" })")
    }

    // MARK: - The corpus itself

    @Test func corpusIsLargeEnough() {
        #expect(Corpus.allPositive.count >= 500)
        #expect(Corpus.allNegative.count >= 100)
        for (name, examples) in Corpus.groups { #expect(examples.count >= 10, "group \(name) has \(examples.count)") }
    }

    @Test func noExampleIsListedTwice() {
        var seen = Set<String>()
        for example in Corpus.allPositive {
            let key = "\(example.sentence)|\(example.published)|\(example.policy)|\(example.text)"
            #expect(seen.insert(key).inserted, "duplicate: \(key)")
        }
        var seenNegatives = Set<String>()
        for negative in Corpus.allNegative {
            #expect(seenNegatives.insert("\(negative.sentence)|\(negative.untagged ?? "")").inserted, "duplicate: \(negative.sentence)")
        }
    }

    @Test func everyExampleDateIsReal() {
        for example in Corpus.allPositive { #expect(CalendarDate(iso: example.published) != nil, "\(example.published)") }
        for negative in Corpus.allNegative { #expect(CalendarDate(iso: negative.published) != nil, "\(negative.published)") }
    }
}
