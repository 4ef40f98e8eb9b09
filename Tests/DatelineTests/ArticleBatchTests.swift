import Dateline
import Foundation
import Testing

/// The batch pipeline as a library: ordered output from parallel work, error records, bounded windows.
@Suite("Article batches")
struct ArticleBatchTests {
    static func batchFile(lines: [String]) throws -> (folder: URL, path: String) {
        let folder = try CommandRunner.temporaryFolder()
        let path = folder.appendingPathComponent("batch.jsonl").path
        try Data(lines.joined(separator: "\n").utf8).write(to: URL(fileURLWithPath: path))
        return (folder, path)
    }

    static func record(_ n: Int) -> String {
        #"{"id":"a\#(n)","text":"Story \#(n). The council met last month and will vote on June \#(n % 28 + 1).","published":"2025-06-26"}"#
    }

    @Test func outputIsInInputOrderWhateverTheWindow() async throws {
        var lines = (1...300).map(Self.record)
        lines[41] = "{broken"
        lines[199] = "   "
        let (folder, path) = try Self.batchFile(lines: lines)
        defer { try? FileManager.default.removeItem(at: folder) }
        var expected: [String]?
        for map in [OrderedParallelMap(window: 1, chunkSize: 1), OrderedParallelMap(window: 3, chunkSize: 7), OrderedParallelMap()] {
            var output: [String] = []
            var messages: [String] = []
            let summary = try await ArticleBatch(job: .tag(TemporalTagger()), map: map).run(paths: [path], write: { output.append($0) },
                                                                                             report: { messages.append($0) })
            #expect(summary.items == 299 && summary.failed == 1)
            #expect(output.count == 299)
            #expect(messages == ["\(path):42: not valid JSON (Invalid value around character 1); write one JSON object per line"])
            let ids = output.compactMap { line -> String? in
                let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]
                return object?["id"] as? String ?? (object?["error"] != nil ? "error" : nil)
            }
            #expect(ids == (1...300).filter { $0 != 200 }.map { $0 == 42 ? "error" : "a\($0)" })
            if let expected { #expect(output == expected) } else { expected = output }
        }
    }

    @Test func orderedMapKeepsOrderWhenLaterChunksFinishFirst() async throws {
        var inputs = Array(0..<200).makeIterator()
        var seen: [Int] = []
        try await OrderedParallelMap(window: 8, chunkSize: 3).run(next: { inputs.next() }, transform: { n in
            // Early inputs are slow, so later chunks finish first.
            var x = 0
            for i in 0..<((200 - n) * 2_000) { x &+= i }
            return n + (x == -1 ? 1 : 0)
        }, emit: { seen.append($0) })
        #expect(seen == Array(0..<200))
    }

    @Test func tagRecordsCarryDatesSourcesAndExpressions() async throws {
        let (folder, path) = try Self.batchFile(lines: [
            #"{"id":"x","text":"SEOUL, June 26, 2025 (Wire) -- The pier closed last month."}"#,
            #"{"id":"y","text":"No date here, only last month."}"#,
        ])
        defer { try? FileManager.default.removeItem(at: folder) }
        var output: [String] = []
        _ = try await ArticleBatch(job: .tag(TemporalTagger())).run(paths: [path], write: { output.append($0) })
        let first = try #require(try JSONSerialization.jsonObject(with: Data(output[0].utf8)) as? [String: Any])
        #expect(first["published"] as? String == "2025-06-26")
        #expect(first["publishedSource"] as? String == "dateline")
        #expect(first["line"] as? Int == 1)
        let values = (first["expressions"] as? [[String: Any]])?.compactMap { $0["value"] as? String }
        #expect(values == ["2025-06-26", "2025-05"])
        let second = try #require(try JSONSerialization.jsonObject(with: Data(output[1].utf8)) as? [String: Any])
        #expect(second["published"] is NSNull)
        #expect((second["expressions"] as? [[String: Any]])?.first?["value"] as? String == "XXXX-XX")
    }

    @Test func timelineRecordsAndUndatedArticles() async throws {
        let (folder, path) = try Self.batchFile(lines: [
            #"{"id":"x","title":"Pier","text":"The pier closed on June 25.","published":"2025-06-26"}"#,
            #"{"id":"y","text":"The pier closed last month."}"#,
        ])
        defer { try? FileManager.default.removeItem(at: folder) }
        var output: [String] = []
        let strict = try await ArticleBatch(job: .timeline(TimelineBuilder()), requireDate: true).run(paths: [path], write: { output.append($0) })
        #expect(strict.failed == 1)
        let timeline = try #require((try JSONSerialization.jsonObject(with: Data(output[0].utf8)) as? [String: Any])?["timeline"] as? [String: Any])
        #expect((timeline["events"] as? [Any])?.count == 1)
        #expect(output[1].contains("no publication date"))
        output = []
        let loose = try await ArticleBatch(job: .timeline(TimelineBuilder()), requireDate: false).run(paths: [path], write: { output.append($0) })
        #expect(loose.failed == 0)
        #expect(output[1].contains(#""unresolved":[{"text":"last month","value":"XXXX-XX"}]"#))
    }

    @Test func jsonStringsAreEscaped() {
        var object = JSONObjectWriter()
        object.add("text", "a \"quote\", a \\ and a\r\ncrlf, \u{1} and \u{2028} é")
        object.add("n", nil as Int?)
        let json = object.finished
        #expect(json == #"{"text":"a \"quote\", a \\ and a\r\ncrlf, \u0001 and \u2028 é","n":null}"#)
        let parsed = try? JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any]
        #expect(parsed?["text"] as? String == "a \"quote\", a \\ and a\r\ncrlf, \u{1} and \u{2028} é")
    }
}
