import DatelineRendering
import Foundation
import Testing

/// `dateline render` end to end, through the built executable (built with the test products).
@Suite("dateline render")
struct RenderCommandTests {
    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    static let executable: URL? = {
        var candidates: [URL] = []
        if let runner = Bundle.main.executableURL { candidates.append(runner.deletingLastPathComponent().appendingPathComponent("dateline")) }
        candidates.append(URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("dateline"))
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }()

    static func run(_ arguments: [String], in folder: URL = SampleTimeline.projectRoot, stdin: Data = Data()) throws -> Result {
        let executable = try #require(executable, "the dateline executable is not beside the test runner")
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = folder
        let out = Pipe(), err = Pipe(), input = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = input
        try process.run()
        input.fileHandleForWriting.write(stdin)
        try input.fileHandleForWriting.close()
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
                      stderr: String(decoding: errData, as: UTF8.self))
    }

    static func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("dateline-render-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    @Test("a saved timeline renders exactly as build renders it", arguments: ["xml", "json"])
    func renderMatchesBuild(saved: String) throws {
        let folder = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("samples.\(saved)").path
        let build = try Self.run(["build", "Samples", "--format", saved, "-o", file])
        #expect(build.status == 0, "\(build.stderr)")
        for format in ["html", "markdown", "json", "xml"] {
            let direct = try Self.run(["build", "Samples", "--format", format, "-o", "-"])
            let rendered = try Self.run(["render", file, "--format", format, "-o", "-"])
            #expect(rendered.status == 0, "\(rendered.stderr)")
            #expect(rendered.stdout == direct.stdout, "\(format) from \(saved)")
        }
    }

    @Test func defaultOutputIsOutputFolderAndWritesAtomically() throws {
        let folder = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let saved = folder.appendingPathComponent("ferry.json")
        try Data(JSONTimelineRenderer().render(SampleTimeline.timeline).utf8).write(to: saved)
        let result = try Self.run(["render", "ferry.json", "--format", "markdown"], in: folder)
        #expect(result.status == 0, "\(result.stderr)")
        let written = try String(contentsOf: folder.appendingPathComponent("Output/ferry.md"), encoding: .utf8)
        #expect(written == MarkdownTimelineRenderer().render(SampleTimeline.timeline))
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent("Output").path)
        #expect(leftovers == ["ferry.md"], "no temporary files are left")
        let html = try Self.run(["render", "ferry.json"], in: folder)
        #expect(html.status == 0, "\(html.stderr)")
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("Output/ferry.html").path))
    }

    @Test func fragmentsAndStandardInput() throws {
        let xml = Data(XMLTimelineRenderer().render(SampleTimeline.timeline).utf8)
        let html = try Self.run(["render", "-", "--fragment", "-o", "-"], stdin: xml)
        #expect(html.status == 0, "\(html.stderr)")
        #expect(html.stdout.hasPrefix("<section class=\"dateline\">") && !html.stdout.contains("<html"))
        let markdown = try Self.run(["render", "-", "--format", "markdown", "--fragment", "-o", "-"], stdin: xml)
        #expect(markdown.stdout == MarkdownTimelineRenderer(fragment: true).render(SampleTimeline.timeline))
    }

    @Test func badInputGetsOneLineAndExitCode1() throws {
        let folder = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let broken = folder.appendingPathComponent("broken.xml")
        try Data("<timeline version=\"1\"><title>x</title>".utf8).write(to: broken)
        let invalid = folder.appendingPathComponent("invalid.xml")
        try Data("<timeline version=\"1\"><title>x</title></timeline>".utf8).write(to: invalid)
        let future = folder.appendingPathComponent("future.json")
        try Data("{\"version\": 2}".utf8).write(to: future)
        let saved = folder.appendingPathComponent("ok.xml")
        try Data(XMLTimelineRenderer().render(SampleTimeline.timeline).utf8).write(to: saved)
        let cases: [(arguments: [String], expected: String)] = [
            (["render", "missing.xml"], "missing.xml: no such file"),
            (["render", broken.path], "broken.xml: not a timeline document (XML line"),
            (["render", invalid.path], "invalid.xml: not a valid timeline document"),
            (["render", future.path], "future.json: timeline document version 2 is not supported"),
            (["render", saved.path, "--format", "json", "--fragment"], "--fragment applies to html and markdown"),
            (["render", saved.path, "--format", "xml", "-o", saved.path], "the output would overwrite an input"),
            (["render", saved.path, "--template", folder.appendingPathComponent("none.html").path], "none.html: template not found"),
        ]
        for (arguments, expected) in cases {
            let result = try Self.run(arguments, in: folder)
            #expect(result.status == 1, "\(arguments)")
            #expect(result.stderr.hasPrefix("dateline: ") && result.stderr.contains(expected), "\(arguments): \(result.stderr)")
            #expect(result.stderr.filter { $0 == "\n" }.count == 1, "one line: \(result.stderr)")
            #expect(result.stdout.isEmpty)
        }
        #expect(try Data(contentsOf: saved) == Data(XMLTimelineRenderer().render(SampleTimeline.timeline).utf8), "the input is untouched")
    }
}
