import Dateline
import Foundation
import Testing

/// Inputs too big to commit, made at test time: a 100 MB single line (over the 64 MB document
/// limit, so refused before it is read; in a batch, over the 16 MB line limit, so skipped at
/// memory speed), and 100,000 tiny articles in one batch.
@Suite("Large inputs")
struct LargeInputTests {
    static let megabyte = 1 << 20

    /// Writes `count` bytes: `head`, then `fill` repeated, then `tail`, in 1 MB pieces.
    static func write(_ url: URL, head: String, fill: String, count: Int, tail: String) throws {
        _ = FileManager.default.createFile(atPath: url.path, contents: nil)
        let handle = try FileHandle(forWritingTo: url)
        defer { try? handle.close() }
        try handle.write(contentsOf: Data(head.utf8))
        let unit = Array(fill.utf8)
        var piece: [UInt8] = []
        while piece.count < megabyte { piece += unit }
        var left = count - head.utf8.count - tail.utf8.count
        while left > 0 {
            let n = min(left, piece.count)
            try handle.write(contentsOf: Data(piece[0..<n]))
            left -= n
        }
        try handle.write(contentsOf: Data(tail.utf8))
    }

    @Test func hundredMegabyteLineIsRefusedBeforeItIsRead() throws {
        let folder = try BadInputRunner.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let size = 100 * Self.megabyte
        for (name, head) in [("big.txt", "Published: 2025-06-26\n\n"), ("big.html", "<html><body><p>")] {
            try Self.write(folder.appendingPathComponent(name), head: head, fill: "The council met on June 3 and voted again. ", count: size, tail: "\n")
            let result = try BadInputRunner.run(["build", name, "-o", "out.html"], in: folder)
            #expect(result.status == 1)
            #expect(result.stderrLines == ["dateline: \(name): the file is 100 MB, more than the 64 MB Dateline reads as one document; split it into several articles"])
            #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("out.html").path))
            // tag reads files the same way.
            let tagged = try BadInputRunner.run(["tag", name], in: folder)
            #expect(tagged.status == 1)
            #expect(tagged.stderrLines == result.stderrLines)
            try FileManager.default.removeItem(at: folder.appendingPathComponent(name))
        }
    }

    @Test func standardInputOverTheLimitIsRefused() throws {
        let folder = try BadInputRunner.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let input = folder.appendingPathComponent("stream")
        try Self.write(input, head: "", fill: "words without end ", count: InputLimits.maximumDocumentBytes + 10, tail: "")
        let result = try BadInputRunner.run(["tag", "-"], in: folder, stdinFile: input)
        #expect(result.status == 1)
        #expect(result.stderrLines == ["dateline: <stdin>: the input is over 64 MB, the most Dateline reads as one document; split it into several articles"])
    }

    @Test func hundredMegabyteBatchLineIsSkippedAndTheBatchGoesOn() throws {
        let folder = try BadInputRunner.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let batch = folder.appendingPathComponent("big.jsonl")
        let first = #"{"id":"first","published":"2025-06-26","text":"The council voted last month."}"# + "\n"
        let last = "\"}\n" + #"{"id":"after","published":"2025-06-26","text":"The mayor resigned on Friday."}"# + "\n"
        try Self.write(batch, head: first + #"{"id":"huge","published":"2025-06-26","text":""#, fill: "The council met on June 3. ",
                       count: 100 * Self.megabyte, tail: last)
        let result = try BadInputRunner.run(["tag", "big.jsonl", "--format", "jsonl", "-o", "out.jsonl"], in: folder)
        #expect(result.status == 2)
        #expect(result.stderrLines == [
            "dateline: big.jsonl:2: the line is longer than 16 MB; split the article or shorten its html",
            "dateline: wrote 3 lines to out.jsonl; 1 inputs failed",
        ])
        let lines = try String(contentsOf: folder.appendingPathComponent("out.jsonl"), encoding: .utf8).split(separator: "\n")
        #expect(lines.count == 3)
        #expect(lines.first?.contains(#""id":"first""#) == true)
        #expect(lines.dropFirst().first == #"{"error":"big.jsonl:2: the line is longer than 16 MB; split the article or shorten its html","line":2,"path":"big.jsonl"}"#)
        #expect(lines.last?.contains(#""id":"after""#) == true)
    }

    @Test func hundredThousandTinyArticles() throws {
        let folder = try BadInputRunner.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        var batch = ""
        batch.reserveCapacity(5 << 20)
        for n in 1...100_000 { batch += #"{"id":"a\#(n)","published":"2025-06-26","text":"Voted last month."}"# + "\n" }
        try Data(batch.utf8).write(to: folder.appendingPathComponent("tiny.jsonl"))
        let result = try BadInputRunner.run(["tag", "tiny.jsonl", "--format", "jsonl", "-o", "out.jsonl"], in: folder)
        #expect(result.status == 0)
        #expect(result.stderrLines == ["dateline: wrote 100000 lines to out.jsonl"])
        let lines = try String(contentsOf: folder.appendingPathComponent("out.jsonl"), encoding: .utf8).split(separator: "\n")
        #expect(lines.count == 100_000)
        // In input order, each with its one expression.
        for n in [1, 2, 50_000, 99_999, 100_000] {
            #expect(lines[n - 1].contains(#""id":"a\#(n)","line":\#(n),"#), "line \(n): \(lines[n - 1].prefix(200))")
            #expect(lines[n - 1].contains(#""value":"2025-05""#))
        }
        #expect(!lines.contains { $0.contains(#""error""#) })
    }
}
