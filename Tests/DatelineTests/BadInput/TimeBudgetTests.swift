import Dateline
import Foundation
import Testing

/// The per-document time budget: a document that runs over is named and left out, and the rest of
/// the batch goes on. The budget is checked between 64 KB chunks and every 64 sentences, so with a
/// budget of a microsecond a short article always finishes and a long one never does: the tests
/// need no timing.
@Suite("Time budget per document")
struct TimeBudgetTests {
    static let long = String(repeating: "The council met on June 3 and voted again last month. ", count: 3_000)  // 162 KB
    static let tiny = Duration.microseconds(1)

    static func record(_ id: String, _ text: String) -> String {
        #"{"id":"\#(id)","published":"2025-06-26","text":"\#(text)"}"#
    }

    @Test func eventExtractionStopsAtTheBudget() throws {
        let source = TimelineSource(id: "s", published: CalendarDate(year: 2025, month: 6, day: 26))
        let extractor = EventExtractor()
        let sentences = String(repeating: "The board met on June 3. ", count: 200)  // 5 KB, one chunk, 200 sentences
        #expect(throws: TimeBudgetExceeded(budget: .zero)) { try extractor.events(in: sentences, source: source, deadline: .after(.zero)) }
        let short = "The board met on June 3. It voted last month."
        #expect(try extractor.events(in: short, source: source, deadline: .after(.zero)) == extractor.events(in: short, source: source))
        #expect(try extractor.events(in: sentences, source: source, deadline: .after(.seconds(3600))).count == 200)
    }

    @Test func timelineBuilderLeavesOutTheArticleThatRanOver() throws {
        let published = PublicationDate(date: CalendarDate(year: 2025, month: 6, day: 26)!, source: .header)
        let short = Article(id: "short", title: nil, text: "The council voted last month.", published: published, url: nil, path: "short.txt")
        let long = Article(id: "long", title: nil, text: Self.long, published: published, url: nil, path: "long.txt")
        let (timeline, overBudget) = TimelineBuilder().build([short, long], timeBudget: Self.tiny)
        #expect(overBudget == [.timeBudgetExceeded(path: "long.txt", line: nil, budget: Self.tiny)])
        #expect(overBudget.first?.description == "long.txt: not finished within the time budget of 0.000001 s per document; split the article, or raise --time-budget")
        #expect(timeline.sources.map(\.id) == ["short"])
        #expect(timeline.events.count == 1)
        // Without a budget, both.
        #expect(TimelineBuilder().build([short, long], timeBudget: nil).overBudget.isEmpty)
    }

    @Test func batchRecordNamesTheDocumentAndGoesOn() async throws {
        let folder = try BadInputRunner.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let batch = folder.appendingPathComponent("b.jsonl")
        let lines = [Self.record("a", "The council voted last month."), Self.record("long", Self.long), Self.record("c", "The mayor resigned on Friday.")]
        try Data((lines.joined(separator: "\n") + "\n").utf8).write(to: batch)
        for job in [ArticleBatch.Job.tag(TemporalTagger()), .timeline(TimelineBuilder())] {
            var output: [String] = []
            var messages: [String] = []
            let summary = try await ArticleBatch(job: job, timeBudget: Self.tiny)
                .run(paths: [batch.path], write: { output.append($0) }, report: { messages.append($0) })
            let message = "\(batch.path):2: not finished within the time budget of 0.000001 s per document; split the article, or raise --time-budget"
            #expect(summary.items == 3)
            #expect(summary.failed == 1)
            #expect(messages == [message])
            #expect(output.count == 3)
            #expect(output[0].contains(#""id":"a""#))
            #expect(output[1] == #"{"error":"\#(message)","line":2,"path":"\#(batch.path)"}"#)
            #expect(output[2].contains(#""id":"c""#))
        }
    }

    @Test func commandOption() throws {
        let folder = try BadInputRunner.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data(("Published: 2025-06-26\n\n" + Self.long + "\n").utf8).write(to: folder.appendingPathComponent("long.txt"))
        try Data("Published: 2025-06-26\n\nThe council voted last month.\n".utf8).write(to: folder.appendingPathComponent("short.txt"))
        let message = "dateline: long.txt: not finished within the time budget of 0.000001 s per document; split the article, or raise --time-budget"

        let build = try BadInputRunner.run(["build", "long.txt", "short.txt", "--time-budget", "0.000001", "-o", "page.html"], in: folder)
        #expect(build.status == 2)
        #expect(build.stderrLines == [message, "dateline: wrote 1 events to page.html"])

        let tag = try BadInputRunner.run(["tag", "long.txt", "short.txt", "--time-budget", "0.000001"], in: folder)
        #expect(tag.status == 2)
        #expect(tag.stderrLines == [message])
        #expect(tag.stdout == "article\ttext\ttype\tvalue\tmod\tstart\tend\nshort\tlast month\tDATE\t2025-05\t\t2025-05-01\t2025-06-01\n")

        let alone = try BadInputRunner.run(["build", "long.txt", "--time-budget", "0.000001", "-o", "page2.html"], in: folder)
        #expect(alone.status == 1)
        #expect(alone.stderrLines == [message, "dateline: no article could be built within the time budget (1 over); fix the inputs named above"])
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("page2.html").path))

        // The default budget (30 s) and 0 (no limit) let it through.
        for extra in [[], ["--time-budget", "0"]] {
            let result = try BadInputRunner.run(["tag", "long.txt", "--format", "json"] + extra, in: folder)
            #expect(result.status == 0, "\(extra): \(result.stderr)")
        }
        let bad = try BadInputRunner.run(["tag", "long.txt", "--time-budget", "soon"], in: folder)
        #expect(bad.status == 64)
        #expect(bad.stderr.contains("--time-budget"))
    }
}
