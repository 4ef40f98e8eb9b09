import ArgumentParser
import Dateline
import Foundation

/// `dateline build`: articles in, a timeline page out.
struct BuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Build a timeline from articles.",
        discussion: """
            ARTICLE is a plain-text file, a folder of .txt/.md files, or - for standard input. \
            A file may start with a header block (Title:, Published: YYYY-MM-DD, URL:) ended by a \
            blank line, or with a bare date on its first line. Several articles make one timeline. \
            Output goes to Output/<name>.<ext> unless -o is given (- for standard output).
            """
    )

    @Argument(help: "Article files, folders, or - for standard input.")
    var articles: [String]

    @Option(help: ArgumentHelp("Publication date (ISO 8601: YYYY-MM-DD, with or without a time and zone); overrides the file's date.", valueName: "date"))
    var published: String?

    @Option(help: "Output format: html, markdown, json or xml.")
    var format: OutputFormat = .html

    @Option(name: [.short, .customLong("output")], help: ArgumentHelp("Where to write; - for standard output.", valueName: "path"))
    var output: String?

    @Option(help: ArgumentHelp("HTML template to fill (default: Templates/timeline.html).", valueName: "path"))
    var template: String?

    @Option(help: "Timeline title (default: the article's title).")
    var title: String?

    @Flag(help: "List the newest events first.")
    var newestFirst = false

    @Option(help: "How relative dates resolve: news (from the publication date) or narrative (from the time last mentioned).")
    var policy: ResolutionPolicy = .news

    func run() throws {
        do {
            try build()
        } catch let error as CustomStringConvertible & Error {
            FileHandle.standardError.write(Data("dateline: \(error.description)\n".utf8))
            throw ExitCode(1)
        }
    }

    private func build() throws {
        let date = try published.map(TagCommand.parsePublished)
        let loaded = try ArticleLoader().load(paths: articles, published: date, requireDate: true)
        let extractor = EventExtractor(tagger: TemporalTagger(policy: policy))
        let builder = TimelineBuilder(extractor: extractor, order: newestFirst ? .newestFirst : .oldestFirst)
        let timeline = builder.build(loaded, title: title)
        let templateBytes = format == .html ? try TemplateLocator().templateBytes(explicit: template) : nil
        let rendered = try TimelineRenderer(template: templateBytes).render(timeline, as: format)
        let destination = output ?? defaultOutputPath(for: loaded)
        if destination == "-" {
            FileHandle.standardOutput.write(Data(rendered.utf8))
            return
        }
        try refuseToOverwriteInputs(destination, inputs: loaded.map(\.path))
        try AtomicFileWriter().write(rendered, to: destination)
        FileHandle.standardError.write(Data("dateline: wrote \(timeline.events.count) events to \(destination)\n".utf8))
    }

    /// `Output/<article id>.<ext>` for one article; for one folder, the folder's name; else `timeline`.
    private func defaultOutputPath(for loaded: [Article]) -> String {
        let name: String
        if loaded.count == 1 {
            name = loaded[0].id
        } else if articles.count == 1 {
            name = Article.id(forPath: URL(fileURLWithPath: articles[0]).standardizedFileURL.path)
        } else {
            name = "timeline"
        }
        return "Output/\(name).\(format.fileExtension)"
    }

    private func refuseToOverwriteInputs(_ destination: String, inputs: [String]) throws {
        let target = URL(fileURLWithPath: destination).standardizedFileURL.resolvingSymlinksInPath().path
        for input in inputs where input != "-" {
            if URL(fileURLWithPath: input).standardizedFileURL.resolvingSymlinksInPath().path == target {
                throw OutputError.wouldOverwriteInput(path: destination)
            }
        }
    }
}

/// A bad option value, reported in one line.
struct UsageError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}

extension OutputFormat: ExpressibleByArgument {}
