import Testing
@testable import DatelineNormalizer

/// The per-document time budget: checked between 64 KB chunks, never inside one, and without a
/// budget the tagger behaves exactly as before.
@Suite("Time budget in the tagger")
struct DeadlineTests {
    static let published = CalendarDate(year: 2025, month: 6, day: 26)!
    static let sentence = "The council met on June 3 and voted again last month. "

    @Test func deadlines() throws {
        #expect(!Deadline.never.hasPassed)
        #expect(Deadline.after(nil) == .never)
        #expect(!Deadline.after(.seconds(3600)).hasPassed)
        let spent = Deadline.after(.zero)
        #expect(spent.hasPassed)
        #expect(throws: TimeBudgetExceeded(budget: .zero)) { try spent.check() }
        try Deadline.never.check()
    }

    @Test func oneChunkIsAlwaysTaggedWhole() throws {
        let text = String(repeating: Self.sentence, count: 100)  // 5 KB: one chunk
        let timexes = try TemporalTagger().tag(text, publicationDate: Self.published, deadline: .after(.zero))
        #expect(timexes == TemporalTagger().tag(text, publicationDate: Self.published))
        #expect(timexes.count == 200)
    }

    @Test func aLongTextStopsAtTheNextChunk() throws {
        let text = String(repeating: Self.sentence, count: 3_000)  // 162 KB: three chunks
        #expect(throws: TimeBudgetExceeded(budget: .zero)) {
            try TemporalTagger().tag(text, publicationDate: Self.published, deadline: .after(.zero))
        }
        // A generous budget gives exactly what no budget gives.
        let timexes = try TemporalTagger().tag(text, publicationDate: Self.published, deadline: .after(.seconds(3600)))
        #expect(timexes == TemporalTagger().tag(text, publicationDate: Self.published))
        #expect(timexes.count == 6_000)
    }
}
