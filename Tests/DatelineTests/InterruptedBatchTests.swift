import Dateline
import Foundation
import Testing

/// A batch stopped by SIGINT or SIGTERM leaves only complete files, and `--resume` finishes it with
/// the same bytes an uninterrupted run writes, without rewriting what was finished.
@Suite("Interrupted batches", .serialized)
struct InterruptedBatchTests {
    @Test func jsonLinesBatchStoppedBySIGINTResumesToTheSameBytes() throws {
        let folder = try CommandRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let input = try Self.writeJSONLines(count: 1500, in: folder)
        let reference = folder.appendingPathComponent("reference/all.jsonl").path
        let uninterrupted = try CommandRunner.run(["tag", "--format", "jsonl", "-o", reference, input])
        #expect(uninterrupted.status == 0, "\(uninterrupted.stderr)")
        let expected = try Data(contentsOf: URL(fileURLWithPath: reference))

        // An older output stays untouched until the new one is complete.
        let output = folder.appendingPathComponent("out/all.jsonl").path
        try FileManager.default.createDirectory(atPath: folder.appendingPathComponent("out").path, withIntermediateDirectories: true)
        try Data("an older output\n".utf8).write(to: URL(fileURLWithPath: output))
        let oldInode = try Self.inode(output)
        let checkpoint = BatchCheckpoint(output: output, manifest: "")
        let run = try BackgroundRun(["tag", "--format", "jsonl", "-o", output, input], in: folder)
        try run.waitUntil { Self.size(checkpoint.partialPath) > 0 }
        run.send(SIGINT)
        let status = run.wait()
        #expect(status == 130, "\(run.stderr)")
        #expect(run.stderr.contains("interrupted by SIGINT"), "\(run.stderr)")
        #expect(run.stderr.contains("--resume"), "\(run.stderr)")
        #expect(try String(contentsOfFile: output, encoding: .utf8) == "an older output\n")
        #expect(try Self.inode(output) == oldInode)
        #expect(Self.temporaryFiles(in: folder.appendingPathComponent("out")).isEmpty)
        // What is kept is whole lines, the first ones of the uninterrupted output, and not all of them.
        let kept = try Data(contentsOf: URL(fileURLWithPath: checkpoint.partialPath))
        #expect(kept.last == 0x0A)
        #expect(expected.starts(with: kept))
        #expect(kept.count < expected.count, "the batch finished before the signal; make it bigger")

        let resumed = try CommandRunner.run(["tag", "--format", "jsonl", "-o", output, "--resume", input], in: folder)
        #expect(resumed.status == 0, "\(resumed.stderr)")
        let keptLines = kept.filter { $0 == 0x0A }.count
        #expect(resumed.stderr.contains("resuming after \(keptLines) lines"), "\(resumed.stderr)")
        #expect(try Data(contentsOf: URL(fileURLWithPath: output)) == expected)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent("out").path) == ["all.jsonl"])
    }

    @Test func folderBatchStoppedBySIGTERMResumesWithoutRewritingFinishedFiles() throws {
        let folder = try CommandRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let inputs = folder.appendingPathComponent("articles")
        try FileManager.default.createDirectory(at: inputs, withIntermediateDirectories: true)
        for n in 0..<400 {
            let text = "Title: Item \(n)\nPublished: \(Self.published(n))\n\n\(Self.story(n))\n"
            try Data(text.utf8).write(to: inputs.appendingPathComponent(String(format: "item-%04d.txt", n)))
        }
        let reference = folder.appendingPathComponent("reference")
        let uninterrupted = try CommandRunner.run(["tag", "--format", "json", "-o", reference.path, inputs.path])
        #expect(uninterrupted.status == 0, "\(uninterrupted.stderr)")
        let names = try FileManager.default.contentsOfDirectory(atPath: reference.path).sorted()
        #expect(names.count == 400)

        let output = folder.appendingPathComponent("out")
        let run = try BackgroundRun(["tag", "--format", "json", "-o", output.path, inputs.path], in: folder)
        try run.waitUntil { ((try? FileManager.default.contentsOfDirectory(atPath: output.path)) ?? []).contains { !$0.hasPrefix(".") } }
        run.send(SIGTERM)
        let status = run.wait()
        #expect(status == 143, "\(run.stderr)")
        #expect(run.stderr.contains("interrupted by SIGTERM"), "\(run.stderr)")
        #expect(Self.temporaryFiles(in: output).isEmpty)
        let finished = try FileManager.default.contentsOfDirectory(atPath: output.path).sorted()
        #expect(!finished.isEmpty)
        #expect(finished.count < 400, "the batch finished before the signal; make it bigger")
        // Every file there is complete: byte for byte the uninterrupted run's.
        var identities: [String: [Int]] = [:]
        for name in finished {
            let path = output.appendingPathComponent(name).path
            #expect(FileManager.default.contents(atPath: path) == FileManager.default.contents(atPath: reference.appendingPathComponent(name).path), "\(name)")
            identities[name] = try Self.identity(path)
        }

        let resumed = try CommandRunner.run(["tag", "--format", "json", "-o", output.path, "--resume", inputs.path], in: folder)
        #expect(resumed.status == 0, "\(resumed.stderr)")
        #expect(resumed.stderr.contains("\(finished.count) of 400 files are already there"), "\(resumed.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: output.path).sorted() == names)
        for name in names {
            #expect(FileManager.default.contents(atPath: output.appendingPathComponent(name).path)
                    == FileManager.default.contents(atPath: reference.appendingPathComponent(name).path), "\(name)")
        }
        // Finished files were not written again: same inode, same modification time.
        for (name, identity) in identities {
            #expect(try Self.identity(output.appendingPathComponent(name).path) == identity, "\(name) was rewritten")
        }
    }

    @Test func signalWhileReadingStandardInputRemovesTheUnfinishedOutput() throws {
        let folder = try CommandRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = folder.appendingPathComponent("out/batch.jsonl").path
        // Standard input stays open and empty: the batch waits for its first line.
        let run = try BackgroundRun(["tag", "--format", "jsonl", "-o", output, "-"], in: folder)
        try run.waitUntil { !Self.temporaryFiles(in: folder.appendingPathComponent("out")).isEmpty }
        run.send(SIGTERM)
        #expect(run.wait() == 143, "\(run.stderr)")
        #expect(run.stderr.contains("interrupted by SIGTERM"), "\(run.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent("out").path).isEmpty)
    }

    @Test func resumeRefusesACheckpointFromAnotherRun() throws {
        let folder = try CommandRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let input = try Self.writeJSONLines(count: 3, in: folder)
        let output = folder.appendingPathComponent("out.jsonl").path
        let checkpoint = BatchCheckpoint(output: output, manifest: "another run\n")
        let opened = try checkpoint.start(resume: false)
        try opened.writer.writeLine("{\"id\":\"x\"}")
        #expect(opened.writer.suspend())
        let result = try CommandRunner.run(["tag", "--format", "jsonl", "-o", output, "--resume", input], in: folder)
        #expect(result.status == 1)
        #expect(result.stderr == "dateline: \(output): the interrupted run's checkpoint was made with other options or inputs that have changed since; run without --resume to start over\n")
        #expect(!FileManager.default.fileExists(atPath: output))
        // Without --resume the run starts over and says so.
        let fresh = try CommandRunner.run(["tag", "--format", "jsonl", "-o", output, input], in: folder)
        #expect(fresh.status == 0, "\(fresh.stderr)")
        #expect(fresh.stderr.contains("starting over"))
        #expect(try String(contentsOfFile: output, encoding: .utf8).split(separator: "\n").count == 3)
        #expect(!checkpoint.exists && !FileManager.default.fileExists(atPath: checkpoint.partialPath))
    }

    // MARK: Fixtures

    /// `count` invented articles as JSON Lines, each a few sentences with dates to resolve.
    static func writeJSONLines(count: Int, in folder: URL) throws -> String {
        var lines: [String] = []
        for n in 0..<count {
            var record = JSONObjectWriter()
            record.add("id", "item-\(n)")
            record.add("published", published(n))
            record.add("text", story(n))
            record.add("title", "Item \(n)")
            lines.append(record.finished)
        }
        let path = folder.appendingPathComponent("batch.jsonl").path
        try Data((lines.joined(separator: "\n") + "\n").utf8).write(to: URL(fileURLWithPath: path))
        return path
    }

    static func published(_ n: Int) -> String {
        "20\(10 + n % 15)-\(n % 12 < 9 ? "0" : "")\(n % 12 + 1)-\(n % 28 < 9 ? "0" : "")\(n % 28 + 1)"
    }

    static func story(_ n: Int) -> String {
        let months = ["January", "March", "May", "July", "September", "November"]
        let days = ["Monday", "Wednesday", "Friday"]
        return """
            The harbor board met on \(days[n % 3]) and voted to raise the mooring fee by \(n % 9 + 1) percent from next month. \
            Dredging began \(n % 5 + 2) years ago and is due to end in \(months[n % 6]) \(2026 + n % 4). \
            Last week the board said the fee had not changed since the spring of \(2010 + n % 12). \
            A public hearing is set for \(months[(n + 2) % 6]) \(n % 27 + 1), and comments close two weeks later.
            """
    }

    // MARK: Helpers

    static func size(_ path: String) -> Int {
        ((try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? NSNumber)?.intValue ?? 0
    }

    static func inode(_ path: String) throws -> UInt64 {
        var info = stat()
        guard stat(path, &info) == 0 else { throw CocoaError(.fileNoSuchFile) }
        return UInt64(info.st_ino)
    }

    /// Inode and modification time (seconds, nanoseconds).
    static func identity(_ path: String) throws -> [Int] {
        var info = stat()
        guard stat(path, &info) == 0 else { throw CocoaError(.fileNoSuchFile) }
        return [Int(info.st_ino), Int(info.st_mtim.tv_sec), Int(info.st_mtim.tv_nsec)]
    }

    /// The writers' temporary files (`.NAME.<pid>.<n>.tmp`) in `folder`.
    static func temporaryFiles(in folder: URL) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).filter { $0.hasPrefix(".") && $0.hasSuffix(".tmp") }
    }
}

/// The `dateline` binary running in the background, with its stderr collected in a file and its
/// standard input an open pipe that is never written.
final class BackgroundRun {
    private let process = Process()
    private let errorFile: URL
    private let input = Pipe()

    init(_ arguments: [String], in folder: URL) throws {
        guard let executable = CommandRunner.executable else { throw CocoaError(.fileNoSuchFile) }
        errorFile = folder.appendingPathComponent("stderr-\(UUID().uuidString).txt")
        _ = FileManager.default.createFile(atPath: errorFile.path, contents: nil)
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = folder
        process.standardInput = input
        process.standardOutput = FileHandle(forWritingAtPath: "/dev/null")
        process.standardError = try FileHandle(forWritingTo: errorFile)
        try process.run()
    }

    /// Polls `condition` every 5 ms; throws when the process ends first or after 120 seconds.
    func waitUntil(_ condition: () -> Bool) throws {
        let deadline = Date().addingTimeInterval(120)
        while !condition() {
            guard process.isRunning, Date() < deadline else {
                throw Failure("the process ended (or took too long) before the test could interrupt it: \(stderr)")
            }
            usleep(5_000)
        }
    }

    func send(_ signal: Int32) {
        kill(process.processIdentifier, signal)
    }

    /// Waits for the exit; returns the status.
    func wait() -> Int32 {
        process.waitUntilExit()
        try? input.fileHandleForWriting.close()
        return process.terminationStatus
    }

    var stderr: String { (try? String(contentsOf: errorFile, encoding: .utf8)) ?? "" }

    struct Failure: Error, CustomStringConvertible {
        let description: String
        init(_ description: String) { self.description = description }
    }
}
