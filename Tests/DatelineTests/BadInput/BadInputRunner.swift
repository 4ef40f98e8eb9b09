import Foundation

/// Runs the `dateline` executable for the bad-input corpus: in a folder of its own, with standard
/// input from a file (or empty), through `CommandRunner.spawn`.
enum BadInputRunner {
    typealias Result = CommandRunner.Result

    static func run(_ arguments: [String], in folder: URL, stdinFile: URL? = nil) throws -> Result {
        guard let executable = CommandRunner.executable else { throw CocoaError(.fileNoSuchFile) }
        return try run(executable.path, arguments, in: folder, stdinFile: stdinFile)
    }

    /// Runs any program (used to run `dateline` as another user through `setpriv`).
    static func run(_ program: String, _ arguments: [String], in folder: URL, stdinFile: URL? = nil) throws -> Result {
        try CommandRunner.spawn(program, arguments, in: folder, input: stdinFile.map { .file($0) } ?? .nothing)
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
