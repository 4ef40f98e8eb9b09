import ArgumentParser
import Dateline
import Foundation

/// `dateline render`: a saved timeline (XML or JSON) in, a page, fragment or other format out.
struct RenderCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "render",
        abstract: "Render a saved timeline (from dateline build --format xml or json).",
        discussion: """
            TIMELINE is a timeline document (XML, checked against Templates/timeline.rng) or its JSON \
            form, or - for standard input. Output goes to Output/<name>.<ext> unless -o is given \
            (- for standard output). --fragment writes a single <section class="dateline"> from \
            Templates/fragment.html (HTML) or leaves out the title and sources (Markdown).
            """
    )

    @Argument(help: ArgumentHelp("A saved timeline: .xml or .json, or - for standard input.", valueName: "timeline"))
    var timeline: String

    @Option(help: "Output format: html, markdown, json, xml or timelinejs (Knight Lab TimelineJS JSON).")
    var format: OutputFormat = .html

    @Flag(help: "Write an embeddable fragment (html, markdown).")
    var fragment = false

    @Option(name: [.short, .customLong("output")], help: ArgumentHelp("Where to write; - for standard output.", valueName: "path"))
    var output: String?

    @Option(help: ArgumentHelp("HTML template to fill (default: Templates/timeline.html, or Templates/fragment.html with --fragment).", valueName: "path"))
    var template: String?

    func run() throws {
        do {
            try render()
        } catch let error as CustomStringConvertible & Error {
            FileHandle.standardError.write(Data("dateline: \(error.description)\n".utf8))
            throw ExitCode(1)
        }
    }

    private func render() throws {
        if fragment, format != .html, format != .markdown {
            throw UsageError("--fragment applies to html and markdown; drop it or choose --format html")
        }
        let bytes = try readInput()
        let saved: Timeline
        do { saved = try TimelineDocumentReader().read(bytes) } catch { throw InputError(path: timeline, reason: error.description) }
        let rendered = try TimelineRenderer.renderForCommand(saved, as: format, fragment: fragment, template: template)
        let destination = output ?? defaultOutputPath()
        if destination == "-" {
            FileHandle.standardOutput.write(Data(rendered.utf8))
            return
        }
        try SameFile.refuseOverwriting([timeline], with: destination)
        try AtomicFileWriter().write(rendered, to: destination)
        FileHandle.standardError.write(Data("dateline: wrote \(saved.events.count) events to \(destination)\n".utf8))
    }

    private func readInput() throws -> [UInt8] {
        if timeline == "-" { return try ArticleLoader.readInput("-") }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: timeline, isDirectory: &isDirectory) else {
            throw InputError(path: timeline, reason: "no such file; pass a timeline saved with dateline build --format xml or json")
        }
        guard !isDirectory.boolValue, FileManager.default.isReadableFile(atPath: timeline) else {
            throw InputError(path: timeline, reason: "cannot be read as a file; pass a timeline saved with dateline build --format xml or json")
        }
        return try ArticleLoader.readFile(timeline)  // at most InputLimits.maximumDocumentBytes
    }

    /// `Output/<input name without extension>.<ext>`; `Output/timeline.<ext>` for standard input.
    private func defaultOutputPath() -> String {
        let name = timeline == "-" ? "timeline" : URL(fileURLWithPath: timeline).deletingPathExtension().lastPathComponent
        return "Output/\(name).\(format.fileExtension)"
    }

    /// A problem with a file `dateline render` reads, in one line: the file, then what to do.
    struct InputError: Error, CustomStringConvertible {
        let path: String
        let reason: String
        var description: String { "\(path): \(reason)" }
    }

}
