import Dateline
import Foundation
import Testing

/// A checkpoint keeps whole lines only, belongs to one run, and becomes the target only when finished.
@Suite("Batch checkpoint")
struct BatchCheckpointTests {
    @Test func resumingCutsATornLineAndCountsWhatWasKept() throws {
        let folder = try CommandRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = folder.appendingPathComponent("out.jsonl").path
        let checkpoint = BatchCheckpoint(output: output, manifest: "run 1\n")
        let first = try checkpoint.start(resume: true)
        #expect(first.resumedLines == 0)
        try first.writer.writeLine(#"{"expressions":[],"id":"a"}"#)
        try first.writer.writeLine(#"{"error":"batch.jsonl:2: not valid JSON","line":2}"#)
        try first.writer.writeLine(#"{"expressions":[],"id":"c"}"#)
        #expect(first.writer.suspend())
        #expect(!FileManager.default.fileExists(atPath: output))
        // A hard kill can leave half a line.
        let handle = try #require(FileHandle(forWritingAtPath: checkpoint.partialPath))
        handle.seekToEndOfFile()
        handle.write(Data(#"{"expressions":[{"te"#.utf8))
        try handle.close()

        let second = try checkpoint.start(resume: true, isFailure: ArticleBatch.isErrorRecord)
        #expect(second.resumedLines == 3)
        #expect(second.resumedFailures == 1)
        try second.writer.writeLine(#"{"expressions":[],"id":"d"}"#)
        try second.writer.finish()
        #expect(try String(contentsOfFile: output, encoding: .utf8) == """
            {"expressions":[],"id":"a"}
            {"error":"batch.jsonl:2: not valid JSON","line":2}
            {"expressions":[],"id":"c"}
            {"expressions":[],"id":"d"}

            """)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["out.jsonl"])
    }

    @Test func anotherRunsCheckpointIsRefusedOrReplaced() throws {
        let folder = try CommandRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = folder.appendingPathComponent("out.jsonl").path
        let old = try BatchCheckpoint(output: output, manifest: "run 1\n").start(resume: false)
        try old.writer.writeLine("old")
        old.writer.suspend()
        let other = BatchCheckpoint(output: output, manifest: "run 2\n")
        #expect(throws: OutputError.checkpointMismatch(path: output)) { try other.start(resume: true) }
        let fresh = try other.start(resume: false)
        #expect(fresh.resumedLines == 0)
        try fresh.writer.writeLine("new")
        try fresh.writer.finish()
        #expect(try String(contentsOfFile: output, encoding: .utf8) == "new\n")
        #expect(!other.exists)
    }

    @Test func abandoningRemovesTheCheckpoint() throws {
        let folder = try CommandRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = folder.appendingPathComponent("out.jsonl").path
        let checkpoint = BatchCheckpoint(output: output, manifest: "run\n")
        let opened = try checkpoint.start(resume: false)
        try opened.writer.writeLine("line")
        opened.writer.abandon()
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty)
    }

    @Test func theManifestNamesEachInputWithItsSizeAndTime() throws {
        let folder = try CommandRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let input = folder.appendingPathComponent("a.jsonl")
        try Data("{}\n".utf8).write(to: input)
        let before = BatchCheckpoint.manifest(job: "tag", inputs: [input.path])
        #expect(before.contains(#""size":3"#) && before.contains(#""job":"tag""#))
        #expect(BatchCheckpoint.manifest(job: "tag", inputs: [input.path]) == before)
        #expect(BatchCheckpoint.manifest(job: "build", inputs: [input.path]) != before)
        try Data("{}\n{}\n".utf8).write(to: input)
        #expect(BatchCheckpoint.manifest(job: "tag", inputs: [input.path]) != before)
    }

    @Test func temporaryFilesAreListedOnlyWhileWritten() throws {
        let folder = try CommandRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let writer = try StreamingFileWriter(path: folder.appendingPathComponent("page.html").path)
        let temporary = try #require(TemporaryFiles.paths.first { $0.hasPrefix(folder.path) })
        #expect(FileManager.default.fileExists(atPath: temporary))
        try writer.write("<p>done</p>")
        try writer.finish()
        #expect(!TemporaryFiles.paths.contains(temporary))
        #expect(!FileManager.default.fileExists(atPath: temporary))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["page.html"])
    }
}
