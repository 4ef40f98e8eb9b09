import Dateline
import Foundation
import Testing

/// Streamed output: whole files or nothing, and devices or pipes written in place, never replaced.
@Suite("Streaming output")
struct StreamingFileWriterTests {
    @Test func aFileAppearsOnlyWhenFinished() throws {
        let folder = try CommandRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("sub/out.jsonl").path
        let writer = try StreamingFileWriter(path: path)
        try writer.writeLine("{\"a\":1}")
        #expect(!FileManager.default.fileExists(atPath: path))
        try writer.finish()
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "{\"a\":1}\n")
        let abandoned = try StreamingFileWriter(path: path)
        try abandoned.writeLine("half")
        abandoned.abandon()
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "{\"a\":1}\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent("sub").path) == ["out.jsonl"])
    }

    @Test func aPipeIsWrittenInPlaceNotReplaced() throws {
        let folder = try CommandRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let fifo = folder.appendingPathComponent("pipe").path
        #expect(mkfifo(fifo, 0o600) == 0)
        #expect(StreamingFileWriter.isSpecialFile(fifo))
        let received = ReceivedBytes()
        let done = DispatchSemaphore(value: 0)
        DispatchQueue.global().async {
            let handle = FileHandle(forReadingAtPath: fifo)
            received.set(handle?.readDataToEndOfFile() ?? Data())
            done.signal()
        }
        let writer = try StreamingFileWriter(path: fifo)
        try writer.writeLine("through the pipe")
        try writer.finish()
        done.wait()
        #expect(String(decoding: received.get(), as: UTF8.self) == "through the pipe\n")
        #expect(StreamingFileWriter.isSpecialFile(fifo))
        #expect(!StreamingFileWriter.isSpecialFile(folder.path))
    }

    /// Bytes handed from the reading thread to the test.
    final class ReceivedBytes: @unchecked Sendable {
        private let lock = NSLock()
        private var data = Data()
        func set(_ value: Data) { lock.lock(); data = value; lock.unlock() }
        func get() -> Data { lock.lock(); defer { lock.unlock() }; return data }
    }
}
