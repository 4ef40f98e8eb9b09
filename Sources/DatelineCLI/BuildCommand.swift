import ArgumentParser
import Dateline
import Foundation

/// `dateline build`: articles in, a timeline page out.
struct BuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Build a timeline from articles.",
        discussion: """
            ARTICLE is a plain-text file (.txt, .md), a saved web page (.html, .htm), a TimeML document \
            (.tml), a JSON Lines batch (.jsonl: one {"id", "title", "text" or "html", "published", "url"} \
            object per line), a folder (walked recursively for those files, in name order), or - for \
            standard input. A text file may start with a header block (Title:, Published: YYYY-MM-DD, \
            URL:) ended by a blank line, or with a bare date on its first line. A page's date comes from \
            its JSON-LD, <meta> tags, <time> in the article, its URL or a dateline, in that order; \
            --verbose says which. Several articles make one timeline; bad batch lines are skipped with a \
            message. --format jsonl instead writes one line per article (each batch line, each file) with \
            its own timeline, in input order; a bad line gives an error record and the rest go on. \
            Output goes to Output/<name>.<ext> unless -o is given (- for standard output); a file \
            appears only when complete. SIGINT or SIGTERM stops a jsonl run between two lines and keeps \
            them beside the output (.NAME.partial); the same command with --resume finishes it without \
            redoing them. Exit status: 0 on success, 1 when nothing could be built, 2 when the output \
            was written but some inputs failed, 130 or 143 when interrupted by SIGINT or SIGTERM.
            """
    )

    @Argument(help: "Article files, folders, or - for standard input.")
    var articles: [String]

    @Option(help: ArgumentHelp("Publication date (ISO 8601: YYYY-MM-DD, with or without a time and zone); overrides the file's date.", valueName: "date"))
    var published: String?

    @Option(help: "Output format: html, markdown, json, xml, timelinejs (Knight Lab TimelineJS), or jsonl (one timeline per article, one line each).")
    var format: BuildFormat = .html

    @Option(name: [.short, .customLong("output")], help: ArgumentHelp("Where to write; - for standard output.", valueName: "path"))
    var output: String?

    @Option(help: ArgumentHelp("HTML template to fill (default: Templates/timeline.html).", valueName: "path"))
    var template: String?

    @Option(help: "Timeline title (default: the article's title).")
    var title: String?

    @Flag(help: "Write an embeddable fragment: one <section class=\"dateline\"> (html) or no title and sources (markdown).")
    var fragment = false

    @Flag(help: "List the newest events first.")
    var newestFirst = false

    @Option(help: "How relative dates resolve: news (from the publication date) or narrative (from the time last mentioned).")
    var policy: ResolutionPolicy = .news

    @Flag(help: "Accept articles without a publication date; their relative expressions stay unresolved.")
    var allowUndated = false

    @Flag(help: "Say on stderr which publication date each article got, and where it was found.")
    var verbose = false

    @Flag(help: "With --format jsonl: finish the run that SIGINT or SIGTERM stopped, keeping the lines it wrote.")
    var resume = false

    @OptionGroup var budget: TimeBudgetOption

    func run() throws {
        let someFailed: Bool
        do {
            someFailed = try build()
        } catch let interrupted as InterruptedRun {
            throw ExitCode(interrupted.status)
        } catch let error as CustomStringConvertible & Error {
            FileHandle.standardError.write(Data("dateline: \(error.description)\n".utf8))
            throw ExitCode(1)
        }
        if someFailed { throw ExitCode(2) }
    }

    /// Builds and writes; returns true when some inputs were skipped.
    private func build() throws -> Bool {
        let date = try published.map(TagCommand.parsePublished)
        let extractor = EventExtractor(tagger: TemporalTagger(policy: policy))
        let builder = TimelineBuilder(extractor: extractor, order: newestFirst ? .newestFirst : .oldestFirst)
        if format == .jsonl { return try buildBatch(builder: builder, published: date) }

        let load = try ArticleLoader().loadAll(paths: articles, published: date, requireDate: !allowUndated)
        for skipped in load.skipped { Self.standardError("dateline: \(skipped.description)") }
        let loaded = load.articles
        guard !loaded.isEmpty else {
            throw UsageError("no article could be read (\(load.skipped.count) skipped); fix the inputs named above")
        }
        Self.report(loaded, verbose: verbose)
        for article in loaded where article.published == nil {
            if let summary = UnresolvedExpressions(article, tagger: extractor.tagger).summary() {
                Self.standardError("dateline: \(article.path == "-" ? "<stdin>" : article.path): no publication date; \(summary)")
            }
        }
        let (timeline, overBudget) = builder.build(loaded, title: title, timeBudget: budget.duration)
        for error in overBudget { Self.standardError("dateline: \(error.description)") }
        if overBudget.count == loaded.count {
            throw UsageError("no article could be built within the time budget (\(overBudget.count) over); fix the inputs named above")
        }
        let someFailed = !load.skipped.isEmpty || !overBudget.isEmpty
        let timelineFormat = format.timelineFormat ?? .json
        if fragment, timelineFormat != .html, timelineFormat != .markdown {
            throw UsageError("--fragment applies to html and markdown; drop it or choose --format html")
        }
        let rendered = try TimelineRenderer.renderForCommand(timeline, as: timelineFormat, fragment: fragment, template: template)
        let destination = output ?? defaultOutputPath(for: loaded)
        if destination == "-" {
            FileHandle.standardOutput.write(Data(rendered.utf8))
            return someFailed
        }
        try SameFile.refuseOverwriting(loaded.map(\.path), with: destination)
        if StreamingFileWriter.isSpecialFile(destination) {
            // A device or pipe (/dev/null, a FIFO): written in place, never renamed over.
            let writer = try StreamingFileWriter(path: destination)
            try writer.write(rendered)
            try writer.finish()
        } else {
            try AtomicFileWriter().write(rendered, to: destination)
        }
        Self.standardError("dateline: wrote \(timeline.events.count) events to \(destination)")
        return someFailed
    }

    /// `--format jsonl`: one timeline per article, streamed.
    private func buildBatch(builder: TimelineBuilder, published: CalendarDate?) throws -> Bool {
        let destination = output ?? defaultOutputPath(for: nil)
        if destination != "-" {
            try SameFile.refuseOverwriting(ArticleLoader().articlePaths(for: articles), with: destination)
        }
        let batch = ArticleBatch(job: .timeline(builder), published: published, requireDate: !allowUndated, timeBudget: budget.duration)
        let job = ["dateline", DatelineCommand.configuration.version, "build", "--format", "jsonl", "--policy", policy.rawValue,
                   "--published", published?.description ?? "", allowUndated ? "--allow-undated" : "", newestFirst ? "--newest-first" : "",
                   "--time-budget", "\(budget.timeBudget)"]
        let summary = try BatchRun(batch: batch, paths: articles, output: destination, resume: resume, job: job.joined(separator: " ")).run()
        if destination != "-" {
            Self.standardError("dateline: wrote \(summary.items) timelines to \(destination)\(summary.failed > 0 ? "; \(summary.failed) inputs failed" : "")")
        }
        return summary.failed > 0
    }

    /// Warnings for every article; with `verbose`, also the date each one got and its source.
    static func report(_ articles: [Article], verbose: Bool) {
        for article in articles {
            for warning in article.warnings { standardError("dateline: \(warning.description)") }
            guard verbose else { continue }
            let name = article.path == "-" ? "<stdin>" : article.path
            let label = ArticleFormat(extensionOf: article.path) == .jsonLines ? "\(name) [\(article.id)]" : name
            if let date = article.published {
                standardError("dateline: \(label): published \(date.date)\(date.timeZone.map { " (zone \($0))" } ?? "") from \(date.source.rawValue)")
            } else {
                standardError("dateline: \(label): no publication date; relative expressions stay unresolved")
            }
        }
    }

    static func standardError(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }

    /// `Output/<article id>.<ext>` for one article; for one folder or batch, its name; else `timeline`.
    private func defaultOutputPath(for loaded: [Article]?) -> String {
        let name: String
        if let loaded, loaded.count == 1 {
            name = loaded[0].path == "-" ? "stdin" : Article.id(forPath: loaded[0].path)
        } else if articles.count == 1 {
            name = articles[0] == "-" ? "stdin" : Article.id(forPath: URL(fileURLWithPath: articles[0]).standardizedFileURL.path)
        } else {
            name = "timeline"
        }
        return "Output/\(name).\(format.fileExtension)"
    }
}

/// A bad option value, reported in one line.
struct UsageError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}

extension OutputFormat: ExpressibleByArgument {}
