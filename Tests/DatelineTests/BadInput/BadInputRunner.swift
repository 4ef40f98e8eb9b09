import Foundation

/// Runs the `dateline` executable for the bad-input corpus: in a folder of its own, with standard
/// input from a file (or empty), reading standard output and standard error at the same time so
/// that neither pipe can fill up and stall the run.
enum BadInputRunner {
    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
        /// Standard error split into lines, without the empty one after the last newline.
        var stderrLines: [String] { stderr.split(separator: "\n", omittingEmptySubsequences: false).dropLast().map(String.init) }
    }

    static func run(_ arguments: [String], in folder: URL, stdinFile: URL? = nil) throws -> Result {
        guard let executable = CommandRunner.executable else { throw CocoaError(.fileNoSuchFile) }
        return try run(executable.path, arguments, in: folder, stdinFile: stdinFile)
    }

    /// Runs any program (used to run `dateline` as another user through `setpriv`).
    static func run(_ program: String, _ arguments: [String], in folder: URL, stdinFile: URL? = nil) throws -> Result {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: program)
        process.arguments = arguments
        process.currentDirectoryURL = folder
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        if let stdinFile {
            process.standardInput = try FileHandle(forReadingFrom: stdinFile)
        } else {
            process.standardInput = FileHandle.nullDevice
        }
        try process.run()
        let errorData = Captured()
        let group = DispatchGroup()
        DispatchQueue.global().async(group: group) { errorData.set(err.fileHandleForReading.readDataToEndOfFile()) }
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        group.wait()
        process.waitUntilExit()
        return Result(status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
                      stderr: String(decoding: errorData.data, as: UTF8.self))
    }

    /// Data handed from the reading thread.
    private final class Captured: @unchecked Sendable {
        private let lock = NSLock()
        private var stored = Data()
        var data: Data { lock.withLock { stored } }
        func set(_ data: Data) { lock.withLock { stored = data } }
    }

    /// A fresh folder for one case, removed by the caller.
    static func folder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("dateline-badinput-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// Names of files in `folder` left by an interrupted write (`.name.pid.tmp`).
    static func leftovers(in folder: URL) -> [String] {
        let names = (try? FileManager.default.subpathsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { $0.hasSuffix(".tmp") }
    }
}
