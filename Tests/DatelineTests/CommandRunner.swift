import Foundation

/// Runs the built `dateline` executable, as a user would, and captures what it prints.
struct CommandRunner {
    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
        /// Standard error split into lines, without the empty one after the last newline.
        var stderrLines: [String] { stderr.split(separator: "\n", omittingEmptySubsequences: false).dropLast().map(String.init) }
    }

    /// The project folder (holding Package.swift).
    static let projectRoot: URL = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The `dateline` binary: beside the test runner in the build products folder.
    static let executable: URL? = {
        var candidates: [URL] = []
        if let runner = Bundle.main.executableURL { candidates.append(runner.deletingLastPathComponent().appendingPathComponent("dateline")) }
        candidates.append(URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("dateline"))
        candidates.append(projectRoot.appendingPathComponent(".build/debug/dateline"))
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }()

    static func run(_ arguments: [String], in folder: URL = projectRoot, stdin: Data? = nil) throws -> Result {
        guard let executable else { throw CocoaError(.fileNoSuchFile) }
        return try spawn(executable.path, arguments, in: folder, input: .data(stdin ?? Data()))
    }

    /// What a spawned program reads on standard input.
    enum Input {
        case data(Data)
        case file(URL)
        case nothing
    }

    /// Runs `program` and waits for it. Standard input is written, and standard output and error
    /// are read, at the same time, so that no pipe can fill up and stall the run.
    static func spawn(_ program: String, _ arguments: [String], in folder: URL, input: Input) throws -> Result {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: program)
        process.arguments = arguments
        process.currentDirectoryURL = folder
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        var inputPipe: Pipe?
        switch input {
        case .data: inputPipe = Pipe(); process.standardInput = inputPipe
        case .file(let url): process.standardInput = try FileHandle(forReadingFrom: url)
        case .nothing: process.standardInput = FileHandle.nullDevice
        }
        _ = ignoreBrokenPipes
        try process.run()
        let group = DispatchGroup()
        if case .data(let data) = input, let writer = inputPipe?.fileHandleForWriting {
            DispatchQueue.global().async(group: group) {
                // A program that exits without reading all of it closes the pipe: that is its business.
                try? writer.write(contentsOf: data)
                try? writer.close()
            }
        }
        let errorData = Captured()
        DispatchQueue.global().async(group: group) { errorData.set(err.fileHandleForReading.readDataToEndOfFile()) }
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        group.wait()
        process.waitUntilExit()
        return Result(status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
                      stderr: String(decoding: errorData.data, as: UTF8.self))
    }

    /// Writing to a program that has exited gives an error, not a SIGPIPE that ends the tests.
    private static let ignoreBrokenPipes: Void = { signal(SIGPIPE, SIG_IGN) }()

    /// Data handed from the reading thread.
    private final class Captured: @unchecked Sendable {
        private let lock = NSLock()
        private var stored = Data()
        var data: Data { lock.withLock { stored } }
        func set(_ data: Data) { lock.withLock { stored = data } }
    }

    /// A fresh empty folder under the system's temporary folder.
    static func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("dateline-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}
