import DatelineArticles
import DatelineNormalizer
import Foundation
import Testing

/// JSON Lines batches: one record per line, read in bounded memory; a bad line is that line's error only.
@Suite("JSON Lines")
struct JSONLinesTests {
    let reader = JSONLinesRecordReader()

    func line(_ text: String, number: Int = 1, terminated: Bool = true) -> JSONLinesLine {
        JSONLinesLine(number: number, bytes: Array(text.utf8), terminated: terminated)
    }

    @Test func aTextRecord() throws {
        let record = #"{"id":"ferry-1","title":"Ferry  Suspends\nCrossings","text":"The ferry stopped last month.\r\n\r\nIt resumes in July.","published":"2025-06-26T08:00:00+09:00","url":"https://x.example/a","language":"en"}"#
        let article = try reader.read(line(record), path: "b.jsonl")
        #expect(article.id == "ferry-1")
        #expect(article.title == "Ferry Suspends Crossings")
        #expect(article.text == "The ferry stopped last month.\n\nIt resumes in July.")
        #expect(article.published == PublicationDate(date: CalendarDate(year: 2025, month: 6, day: 26)!, source: .header, timeZone: "+09:00"))
        #expect(article.url == "https://x.example/a")
        #expect(article.path == "b.jsonl")
    }

    @Test func anHTMLRecordDiscoversItsOwnDate() throws {
        let html = #"<html><head><meta property=\"article:published_time\" content=\"2025-06-20\"></head><body><article><h1>Hed</h1><p>The council voted yesterday.</p></article></body></html>"#
        let article = try reader.read(line(#"{"id":7,"html":"\#(html)","url":"https://x.example/2025/06/20/hed"}"#), path: "b.jsonl")
        #expect(article.id == "7")
        #expect(article.title == "Hed")
        #expect(article.text == "The council voted yesterday.")
        #expect(article.published?.source == .meta)
    }

    @Test func textRecordsTakeTheURLDateThenADateline() throws {
        let url = try reader.read(line(#"{"text":"The ferry stopped.","url":"https://x.example/2025/06/26/ferry"}"#, number: 4), path: "b.jsonl")
        #expect(url.id == "line-4")
        #expect(url.published?.source == .url)
        let dateline = try reader.read(line(#"{"text":"SEOUL, June 26, 2025 (Wire) -- The ferry stopped."}"#), path: "b.jsonl")
        #expect(dateline.published?.source == .dateline)
        let none = try reader.read(line(#"{"text":"The ferry stopped last month."}"#), path: "b.jsonl")
        #expect(none.published == nil)
    }

    @Test func publishedOptionOverridesRecords() throws {
        let override = CalendarDate(year: 2024, month: 2, day: 3)!
        let article = try reader.read(line(#"{"text":"Body.","published":"2025-06-26"}"#), path: "b.jsonl", published: override)
        #expect(article.published == PublicationDate(date: override, source: .option))
    }

    @Test(arguments: [
        (#"{"text":"Body.""#, false, "the last line is cut off"),
        (#"{"text": Body}"#, true, "not valid JSON"),
        (#"["text"]"#, true, "not a JSON object"),
        (#"{"title":"Only a title"}"#, true, "no 'text' or 'html'"),
        (#"{"text":42}"#, true, "'text' must be a string"),
        (#"{"text":"  \n "}"#, true, "'text' is empty"),
        (#"{"text":"Body.","published":"soon"}"#, true, "cannot read 'published' 'soon'"),
        (#"{"html":"<nav><a href=/>Home</a></nav>"}"#, true, "'html' has no article paragraphs"),
    ] as [(String, Bool, String)])
    func badRecordsSayWhichLineAndWhy(text: String, terminated: Bool, reason: String) {
        do {
            _ = try reader.read(line(text, number: 9, terminated: terminated), path: "b.jsonl")
            Issue.record("no error for \(text)")
        } catch {
            guard case .invalidRecord(let path, let number, let why) = error else { Issue.record("\(error)"); return }
            #expect(path == "b.jsonl" && number == 9)
            #expect(why.contains(reason), "\(why)")
            #expect(error.description.hasPrefix("b.jsonl:9: "))
            #expect(!error.description.contains("\n") && error.description.contains(";"))
        }
    }

    @Test func lineReaderStreamsLinesWithNumbersCRLFAndATruncatedEnd() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let path = try dir.write("b.jsonl", bytes: [0xEF, 0xBB, 0xBF] + Array("{\"a\":1}\r\n\n{\"b\":2}\n{\"c\":".utf8))
        let reader = try JSONLinesLineReader(path: path)
        var lines: [JSONLinesLine] = []
        while let line = reader.next() { lines.append(line) }
        #expect(lines.map(\.number) == [1, 2, 3, 4])
        #expect(lines.map { String(decoding: $0.bytes, as: UTF8.self) } == ["{\"a\":1}", "", "{\"b\":2}", "{\"c\":"])
        #expect(lines.map(\.terminated) == [true, true, true, false])
        #expect(lines[1].isBlank)
        #expect(reader.totalBytes == reader.bytesRead)
    }

    @Test func overLongLinesAreSkippedNotBuffered() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let long = String(repeating: "x", count: 300_000)
        let path = try dir.write("b.jsonl", "{\"text\":\"short\"}\n{\"text\":\"\(long)\"}\n{\"text\":\"after\"}\n")
        let reader = try JSONLinesLineReader(path: path, maximumLineLength: 100_000)
        var lines: [JSONLinesLine] = []
        while let line = reader.next() { lines.append(line) }
        #expect(lines.map(\.tooLong) == [false, true, false])
        #expect(lines.map(\.number) == [1, 2, 3])
        #expect(String(decoding: lines[2].bytes, as: UTF8.self) == "{\"text\":\"after\"}")
        #expect(throws: ArticleError.self) { try JSONLinesRecordReader().read(lines[1], path: path) }
    }

    @Test func theLoaderKeepsGoodRecordsAndReportsBadOnes() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let path = try dir.write("batch.jsonl", """
            {"id":"a","text":"First.","published":"2025-06-01"}
            not json
            {"id":"b","text":"Second.","published":"2025-06-02"}

            {"id":"c","text":"Third.","published":"2025-06-0
            """)
        let load = try ArticleLoader().loadAll(paths: [path])
        #expect(load.articles.map(\.id) == ["a", "b"])
        #expect(load.skipped.map(\.description) == [
            "\(path):2: not valid JSON (Invalid value around character 1); write one JSON object per line",
            "\(path):5: the last line is cut off (no closing brace or line break); re-export the batch or drop the line",
        ])
        #expect(throws: ArticleError.self) { try ArticleLoader().load(paths: [path]) }
    }

    @Test func recordsWithoutADateAreSkippedWhenADateIsRequired() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let path = try dir.write("batch.jsonl", "{\"text\":\"Dated.\",\"published\":\"2025-06-01\"}\n{\"text\":\"Undated.\"}\n")
        let load = try ArticleLoader().loadAll(paths: [path])
        #expect(load.articles.map(\.text) == ["Dated."])
        #expect(load.skipped.first?.description.contains(":2: no publication date") == true)
        #expect(try ArticleLoader().loadAll(paths: [path], requireDate: false).articles.count == 2)
    }
}
