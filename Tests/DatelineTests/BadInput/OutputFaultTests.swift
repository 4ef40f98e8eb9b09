import Dateline
import Foundation
import Testing

/// Output under faults: a folder that cannot be written, a disk that fills up, and an output path
/// that is an input under another name. Each gives one clear line, a non-zero exit, no output file,
/// no temporary file left behind, and the old output (and every input) unchanged.
@Suite("Output under faults")
struct OutputFaultTests {
    static let story = "Published: 2025-06-26\n\nThe council voted last month.\n"

    // MARK: A full disk, played by a write(2) that fails with ENOSPC

    /// A `write` that lets `allowed` bytes through, then fails as a full disk does.
    static func diskFullAfter(_ allowed: Int) -> StreamingFileWriter.WriteCall {
        let budget = Budget(allowed)
        return { descriptor, bytes, count in
            let n = budget.take(count)
            guard n > 0 else {
                errno = ENOSPC
                return -1
            }
            return Foundation.write(descriptor, bytes, n)
        }
    }

    final class Budget: @unchecked Sendable {
        private let lock = NSLock()
        private var left: Int
        init(_ left: Int) { self.left = left }
        func take(_ count: Int) -> Int { lock.withLock { let n = min(count, left); left -= n; return n } }
    }

    @Test func fullDiskLeavesTheOldFileAndNoTemporaryFile() throws {
        let folder = try BadInputRunner.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let target = folder.appendingPathComponent("page.html")
        try Data("old page".utf8).write(to: target)

        // Fails part-way through a stream of lines.
        let writer = try StreamingFileWriter(path: target.path, writeCall: Self.diskFullAfter(100_000))
        var failure: OutputError?
        do {
            for n in 0..<10_000 { try writer.writeLine("line \(n) of a batch that will not fit on the disk") }
            try writer.finish()
        } catch {
            failure = error
            writer.abandon()
        }
        #expect(failure == .diskFull(path: target.path))
        #expect(failure?.description == "\(target.path): cannot write the output (no space left on the device); nothing was replaced, free some space or choose another path with -o")
        #expect(try String(contentsOf: target, encoding: .utf8) == "old page")
        #expect(BadInputRunner.leftovers(in: folder).isEmpty)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["page.html"])

        // Fails on the very first write, as AtomicFileWriter's single write.
        let second = try StreamingFileWriter(path: target.path, writeCall: Self.diskFullAfter(0))
        #expect(throws: OutputError.diskFull(path: target.path)) {
            do {
                try second.write("<!DOCTYPE html>…")
                try second.finish()
            } catch {
                second.abandon()
                throw error
            }
        }
        #expect(try String(contentsOf: target, encoding: .utf8) == "old page")
        #expect(BadInputRunner.leftovers(in: folder).isEmpty)
    }

    /// The same message from the binary, with a real ENOSPC: `/dev/full` (written in place, as a device).
    @Test(.enabled(if: FileManager.default.fileExists(atPath: "/dev/full")))
    func fullDeviceThroughTheCommand() throws {
        let folder = try BadInputRunner.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data(Self.story.utf8).write(to: folder.appendingPathComponent("a.txt"))
        let result = try BadInputRunner.run(["build", "a.txt", "-o", "/dev/full"], in: folder)
        #expect(result.status == 1)
        #expect(result.stderrLines == ["dateline: /dev/full: cannot write the output (no space left on the device); nothing was replaced, free some space or choose another path with -o"])
        let batch = try BadInputRunner.run(["tag", "a.txt", "--format", "jsonl", "-o", "/dev/full"], in: folder)
        #expect(batch.status == 1)
        #expect(batch.stderrLines == result.stderrLines)
    }

    // MARK: A folder that cannot be written

    /// Runs `dateline` so that file permissions apply: as it is when not root, else as `nobody`
    /// through `setpriv` (root may write anywhere). Nil when neither is possible.
    static func runUnprivileged(_ arguments: [String], in folder: URL) throws -> BadInputRunner.Result? {
        if geteuid() != 0 { return try BadInputRunner.run(arguments, in: folder) }
        let setpriv = "/usr/bin/setpriv"
        guard FileManager.default.isExecutableFile(atPath: setpriv), let executable = CommandRunner.executable else { return nil }
        return try BadInputRunner.run(setpriv, ["--reuid=65534", "--regid=65534", "--clear-groups", executable.path] + arguments, in: folder)
    }

    @Test func readOnlyFolder() throws {
        let folder = try BadInputRunner.folder()
        defer {
            try? FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: folder.appendingPathComponent("locked").path)
            try? FileManager.default.removeItem(at: folder)
        }
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: folder.path)
        try Data(Self.story.utf8).write(to: folder.appendingPathComponent("a.txt"))
        try FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: folder.appendingPathComponent("a.txt").path)
        let locked = folder.appendingPathComponent("locked")
        try FileManager.default.createDirectory(at: locked, withIntermediateDirectories: true)
        try Data("old page".utf8).write(to: locked.appendingPathComponent("page.html"))
        try FileManager.default.setAttributes([.posixPermissions: 0o555], ofItemAtPath: locked.path)

        guard let result = try Self.runUnprivileged(["build", "a.txt", "-o", "locked/page.html"], in: folder) else {
            print("skipped: running as root without setpriv, so permissions cannot be tested")
            return
        }
        #expect(result.status == 1)
        #expect(result.stderrLines == ["dateline: locked/page.html: cannot write the output (cannot create a file in locked: permission denied); choose another path with -o"])
        #expect(try String(contentsOf: locked.appendingPathComponent("page.html"), encoding: .utf8) == "old page")
        #expect(BadInputRunner.leftovers(in: folder).isEmpty)

        guard let batch = try Self.runUnprivileged(["tag", "a.txt", "--format", "jsonl", "-o", "locked/out.jsonl"], in: folder) else { return }
        #expect(batch.status == 1)
        #expect(batch.stderrLines == ["dateline: locked/out.jsonl: cannot write the output (cannot create a file in locked: permission denied); choose another path with -o"])
    }

    // MARK: Output paths that are inputs under another name

    @Test func outputIsAnInputThroughALink() throws {
        let folder = try BadInputRunner.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let article = folder.appendingPathComponent("a.txt")
        try Data(Self.story.utf8).write(to: article)
        try FileManager.default.linkItem(at: article, to: folder.appendingPathComponent("hard.txt"))
        try FileManager.default.createSymbolicLink(at: folder.appendingPathComponent("soft.txt"), withDestinationURL: article)
        for output in ["hard.txt", "soft.txt"] {
            for arguments in [["build", "a.txt", "-o", output], ["tag", "a.txt", "--format", "jsonl", "-o", output]] {
                let result = try BadInputRunner.run(arguments, in: folder)
                #expect(result.status == 1, "\(arguments)")
                #expect(result.stderrLines == ["dateline: \(output): the output would overwrite an input article; choose another path with -o"])
            }
        }
        #expect(try String(contentsOf: article, encoding: .utf8) == Self.story)
        #expect(BadInputRunner.leftovers(in: folder).isEmpty)
        #expect(SameFile.check(folder.appendingPathComponent("hard.txt").path, article.path))
        #expect(!SameFile.check(folder.appendingPathComponent("other.txt").path, article.path))
    }
}
