import ArgumentParser
import Dateline
import Foundation

/// `dateline diff`: what two sources say happened when, and where they disagree.
struct DiffCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "diff",
        abstract: "Compare the timelines of two articles, sets of articles, or saved timelines.",
        discussion: """
            A and B are each an article (any input dateline build takes), a folder of articles (one \
            merged timeline), a timeline saved with dateline build --format xml or json (a .xml or .json \
            file), or - for standard input (one side only). Events are aligned by what happened (content \
            words, names, numbers, money) and when (dates that overlap or nest at any granularity), as an \
            assignment problem; a pair matches when similarity plus a date weight reaches --threshold. \
            Each event is same (=), refined (~, one date finer), date conflict (!, the same event on \
            dates that cannot both be right), only in A (-) or only in B (+). Formats: markdown (the \
            default: a unified list of the differences, nothing when the timelines are the same; --all \
            lists the same events too), json (every row with its class, score and date relation), html \
            (a side-by-side page from Templates/diff.html; --fragment writes one <section> from \
            Templates/diff-fragment.html). Markdown and JSON go to standard output and HTML to \
            Output/diff-<a>-<b>.html unless -o is given (- for standard output). Exit status as diff(1): \
            0 when the timelines are the same, 1 when they differ, 2 on trouble (a command line the \
            option parser cannot read, such as a missing argument, exits 64 as with every dateline command).
            """
    )

    @Argument(help: ArgumentHelp("The first side: an article, a folder of articles, a saved timeline (.xml, .json), or -.", valueName: "a"))
    var a: String

    @Argument(help: ArgumentHelp("The second side, in any of the same forms.", valueName: "b"))
    var b: String

    @Option(help: ArgumentHelp("Output format: markdown, json or html.", valueName: "format"))
    var format = "markdown"

    @Flag(help: "Write an embeddable fragment (html only).")
    var fragment = false

    @Flag(help: "List the events both sides tell alike too (markdown).")
    var all = false

    @Option(name: [.short, .customLong("output")], help: ArgumentHelp("Where to write; - for standard output.", valueName: "path"))
    var output: String?

    @Option(help: ArgumentHelp("HTML template to fill (default: Templates/diff.html, or Templates/diff-fragment.html with --fragment).", valueName: "path"))
    var template: String?

    @Option(help: ArgumentHelp("Publication date for articles without one (ISO 8601); overrides the files' dates on both sides.", valueName: "date"))
    var published: String?

    @Option(help: ArgumentHelp("How relative dates in articles resolve: news or narrative.", valueName: "policy"))
    var policy = "news"

    @Option(help: ArgumentHelp("The least pair score for a match (similarity plus date weight; see EventAlignment).", valueName: "score"))
    var threshold = EventAlignment.defaultThreshold

    func run() throws {
        let identical: Bool
        do {
            identical = try compare()
        } catch let error as CustomStringConvertible & Error {
            FileHandle.standardError.write(Data("dateline: \(error.description)\n".utf8))
            throw ExitCode(2)
        }
        if !identical { throw ExitCode(1) }
    }

    /// Diffs and writes; returns whether the timelines are the same.
    private func compare() throws -> Bool {
        guard let format = DiffFormat(rawValue: format) else {
            throw Failure("--format \(format): not a diff format; choose markdown, json or html")
        }
        guard let policy = ResolutionPolicy(rawValue: policy) else {
            throw Failure("--policy \(policy): not a resolution policy; choose news or narrative")
        }
        guard threshold.isFinite, threshold > 0 else {
            throw Failure("--threshold \(threshold): must be above 0; the default is \(EventAlignment.defaultThreshold)")
        }
        if fragment, format != .html { throw Failure("--fragment applies to html only; drop it or choose --format html") }
        if a == "-", b == "-" { throw Failure("only one side can be read from standard input; pass a file or folder for the other") }
        let date = try published.map(TagCommand.parsePublished)
        let first = try Self.timeline(a, published: date, policy: policy)
        let second = try Self.timeline(b, published: date, policy: policy)
        let diff = TimelineDiff(first.timeline, second.timeline, alignment: EventAlignment(threshold: threshold))

        let templateName = DiffRenderer.templateName(for: format, fragment: fragment)
        let templateBytes = try templateName.map(templateBytes)
        let rendered: String
        do {
            rendered = try DiffRenderer(template: templateBytes, fragment: fragment, includeSame: all).render(diff, as: format)
        } catch {
            throw Failure("\(template ?? "Templates/\(templateName ?? "diff.html")"): \(error.description)")
        }
        let destination = output ?? (format == .html ? "Output/diff-\(Self.name(a))-\(Self.name(b)).html" : "-")
        if destination == "-" {
            FileHandle.standardOutput.write(Data(rendered.utf8))
            return diff.isIdentical
        }
        try SameFile.refuseOverwriting(first.inputs + second.inputs, with: destination)
        try AtomicFileWriter().write(rendered, to: destination)
        FileHandle.standardError.write(Data("dateline: wrote the diff (\(diff.summary.description)) to \(destination)\n".utf8))
        return diff.isIdentical
    }

    /// A side's timeline and the files it was read from: a saved timeline (.xml, .json), or the
    /// articles a path stands for, built into one timeline.
    static func timeline(_ path: String, published: CalendarDate?, policy: ResolutionPolicy) throws -> (timeline: Timeline, inputs: [String]) {
        if path != "-", isSavedTimeline(path) {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                throw Failure("\(path): no such file; pass an article, a folder of articles, or a timeline saved with dateline build --format xml or json")
            }
            guard !isDirectory.boolValue, let data = FileManager.default.contents(atPath: path) else {
                throw Failure("\(path): cannot be read as a file; pass a timeline saved with dateline build --format xml or json")
            }
            do {
                return (try TimelineDocumentReader().read([UInt8](data)), [path])
            } catch {
                throw Failure("\(path): \(error.description)")
            }
        }
        let articles = try ArticleLoader().load(paths: [path], published: published, requireDate: true)
        let builder = TimelineBuilder(extractor: EventExtractor(tagger: TemporalTagger(policy: policy)))
        // Several articles make one story timeline, named after the folder (or file) given.
        let title = articles.count > 1 ? "Timeline: \(URL(fileURLWithPath: path).standardizedFileURL.lastPathComponent)" : nil
        return (builder.build(articles, title: title), articles.map(\.path))
    }

    /// The template's bytes: `--template`, else `Templates/<name>`.
    private func templateBytes(_ name: String) throws -> [UInt8] {
        let found: Result<[UInt8], OutputError> = Result { () throws(OutputError) in try TemplateLocator().templateBytes(explicit: template, name: name) }
        switch found {
        case .success(let bytes):
            if let template { TemplateWarnings.report(bytes, path: template, kind: .diff) }
            return bytes
        case .failure(.templateNotFound(nil)): throw Failure("Templates/\(name) not found; run from the project folder or pass --template PATH")
        case .failure(let error): throw error
        }
    }

    /// Saved timelines are told apart by their extension.
    static func isSavedTimeline(_ path: String) -> Bool {
        let ext = URL(fileURLWithPath: path).pathExtension.lowercased()
        return ext == "xml" || ext == "json"
    }

    /// The name of a side in the default output path: the article, folder or file name.
    static func name(_ path: String) -> String {
        path == "-" ? "stdin" : Article.id(forPath: URL(fileURLWithPath: path).standardizedFileURL.path)
    }

    /// A problem `dateline diff` reports in one line: what, where, and what to do.
    struct Failure: Error, CustomStringConvertible {
        let description: String
        init(_ description: String) { self.description = description }
    }
}
