import ArgumentParser
import Dateline
import Foundation

/// `dateline tag`: the temporal expressions of articles or TimeML documents with their TIMEX3 values.
struct TagCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tag",
        abstract: "Tag the temporal expressions in articles or TimeML documents.",
        discussion: """
            An input is TimeML when its name ends in .tml or .TE3input or its content starts with <?xml \
            or <TimeML; its <TEXT> is tagged, resolved against its creation time (<DCT>). A .html/.htm file \
            is a saved web page (its article text and publication date are found in the page), a .jsonl file \
            a batch of {"id", "title", "text" or "html", "published", "url"} objects, one per line; anything \
            else is a plain-text article. A folder stands for its .tml/.TE3input files, or else all its \
            article files, walked recursively in name order. Formats: tsv (one expression a line; the \
            default for plain text), timeml (the document with its TIMEX3/EVENT/SIGNAL tags and links \
            replaced by Dateline's TIMEX3; the default when every input is TimeML), json (UTF-8 byte \
            offsets, values and intervals), jsonl (one line per article, in input order, streamed and \
            tagged on all cores; a bad batch line gives an error record and the rest go on; -o names one \
            output file). With -o DIR each input is written to DIR under its own name (minus a trailing \
            .TE3input; .tml, .json or .tsv for plain text); otherwise everything goes to standard output. \
            Output files appear only when complete. SIGINT or SIGTERM stops a run with -o between two \
            files (or jsonl lines, kept beside the output as .NAME.partial); the same command with \
            --resume finishes it without redoing what was written. Exit status: 0 on success, 1 on an \
            error, 2 when output was written but some inputs failed, 130 or 143 when interrupted.
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case tsv, timeml, json, jsonl

        var fileExtension: String { self == .timeml ? "tml" : rawValue }
    }

    @Argument(help: "Article or TimeML files, folders, or - for standard input.")
    var articles: [String]

    @Option(help: ArgumentHelp("Publication date, ISO 8601 with or without time and zone (the date part is used); overrides the file's date.", valueName: "date"))
    var published: String?

    @Option(help: "Output format: tsv, timeml, json or jsonl (default: timeml for TimeML inputs, else tsv).")
    var format: Format?

    @Option(name: [.short, .customLong("output")], help: ArgumentHelp("Folder to write one output file per input into (with jsonl: the output file).", valueName: "dir"))
    var output: String?

    @Option(help: "How relative expressions are resolved: news or narrative.")
    var policy: ResolutionPolicy = .news

    @Flag(help: "Say on stderr which publication date each article got, and where it was found.")
    var verbose = false

    @Flag(help: "Finish the run that SIGINT or SIGTERM stopped: with -o DIR, files already written are kept and their inputs skipped; with jsonl, the lines already written are kept.")
    var resume = false

    @OptionGroup var budget: TimeBudgetOption

    func run() throws {
        let someFailed: Bool
        do {
            someFailed = try tag()
        } catch let interrupted as InterruptedRun {
            throw ExitCode(interrupted.status)
        } catch let error as CustomStringConvertible & Error {
            FileHandle.standardError.write(Data("dateline: \(error.description)\n".utf8))
            throw ExitCode(1)
        }
        if someFailed { throw ExitCode(2) }
    }

    /// Tags and writes; returns true when some inputs were skipped.
    private func tag() throws -> Bool {
        let date = try published.map(Self.parsePublished)
        if format == .jsonl {
            let batch = ArticleBatch(job: .tag(TemporalTagger(policy: policy)), published: date, timeBudget: budget.duration)
            let destination = output ?? "-"
            if destination != "-" { try SameFile.refuseOverwriting(ArticleLoader().articlePaths(for: articles), with: destination) }
            let job = ["dateline", DatelineCommand.configuration.version, "tag", "--format", "jsonl", "--policy", policy.rawValue,
                       "--published", date?.description ?? "", "--time-budget", "\(budget.timeBudget)"]
            let summary = try BatchRun(batch: batch, paths: articles, output: destination, resume: resume, job: job.joined(separator: " ")).run()
            if destination != "-" {
                BuildCommand.standardError("dateline: wrote \(summary.items) lines to \(destination)\(summary.failed > 0 ? "; \(summary.failed) inputs failed" : "")")
            }
            return summary.failed > 0
        }
        let (inputs, skipped) = try TagInput.load(articles, published: date)
        for error in skipped { BuildCommand.standardError("dateline: \(error.description)") }
        for input in inputs {
            for warning in input.warnings { BuildCommand.standardError("dateline: \(warning.description)") }
            if verbose {
                let name = input.path == "-" ? "<stdin>" : input.path
                BuildCommand.standardError("dateline: \(name) [\(input.id)]: " + (input.published.map { "published \($0) from \(input.publishedSource?.rawValue ?? "?")" } ?? "no publication date; relative expressions stay unresolved"))
            }
        }
        guard !inputs.isEmpty else {
            throw UsageError("no article could be read (\(skipped.count) skipped); fix the inputs named above")
        }
        let format = self.format ?? (inputs.allSatisfy { $0.timeML != nil } ? .timeml : .tsv)
        let tagger = TemporalTagger(policy: policy)

        guard let output else {
            if format == .timeml, inputs.count > 1 {
                throw UsageError("\(inputs.count) inputs give \(inputs.count) TimeML documents; pass -o DIR to write one file each")
            }
            var tagged: [(TagInput, [Timex])] = []
            for input in inputs {
                do {
                    tagged.append((input, try tagger.tag(input.text, publicationDate: input.published, deadline: .after(budget.duration))))
                } catch {
                    BuildCommand.standardError("dateline: \(ArticleError.timeBudgetExceeded(path: input.path, line: input.line, budget: error.budget).description)")
                }
            }
            guard !tagged.isEmpty else {
                throw UsageError("no article could be tagged within the time budget (\(inputs.count) over); fix the inputs named above")
            }
            let someFailed = !skipped.isEmpty || tagged.count < inputs.count
            let rendered: String
            switch format {
            case .tsv: rendered = Self.tsv(tagged)
            case .json: rendered = Self.json(tagged.map(Self.jsonDocument))
            case .timeml, .jsonl: rendered = try Self.timeML(tagged[0].0, tagged[0].1)
            }
            FileHandle.standardOutput.write(Data(rendered.utf8))
            return someFailed
        }

        // Check every destination before writing anything.
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: output, isDirectory: &isDirectory), !isDirectory.boolValue {
            throw UsageError("-o \(output): not a folder; pass a folder to write one file per input into")
        }
        let folder = output.hasSuffix("/") ? output : output + "/"
        let namedInputs = inputs.filter { $0.path != "-" }
        let inputPaths = Set(namedInputs.map { SameFile.resolved($0.path) })
        let inputFiles = Set(namedInputs.compactMap { SameFile.identity($0.path) })  // hard links too, stat'ed once
        var files: [FolderRun.File] = []
        var destinations: [String: String] = [:]
        for input in inputs {
            let destination = folder + input.outputName(for: format)
            let key = SameFile.resolved(destination)
            if let other = destinations[key] {
                throw UsageError("\(input.path) and \(other) would both be written to \(destination); tag them in separate runs or rename one")
            }
            if inputPaths.contains(key) || SameFile.identity(destination).map(inputFiles.contains) == true {
                throw OutputError.wouldOverwriteInput(path: destination)
            }
            destinations[key] = input.path
            files.append(FolderRun.File(input: input, destination: destination))
        }
        let result = try FolderRun(files: files, format: format, tagger: tagger, resume: resume, folder: output, timeBudget: budget.duration).run()
        let kept = result.kept > 0 ? " (\(result.kept) already there)" : ""
        FileHandle.standardError.write(Data("dateline: wrote \(result.written) file\(result.written == 1 ? "" : "s") to \(output)\(kept)\n".utf8))
        return !skipped.isEmpty || result.overBudget > 0
    }

    /// One input's output file contents in `format`.
    static func render(_ input: TagInput, _ timexes: [Timex], as format: Format) throws -> String {
        switch format {
        case .tsv: return tsv([(input, timexes)])
        case .json: return json([jsonDocument(input, timexes)])
        case .timeml, .jsonl: return try timeML(input, timexes)
        }
    }

    // MARK: Formats

    private static func tsv(_ tagged: [(TagInput, [Timex])]) -> String {
        var lines = ["article\ttext\ttype\tvalue\tmod\tstart\tend"]
        for (input, timexes) in tagged {
            for timex in timexes {
                let text = timex.text.map { $0.isNewline || $0 == "\t" ? " " : String($0) }.joined()
                lines.append([input.id, text, timex.type.rawValue, timex.value.description, timex.mod?.rawValue ?? "",
                              timex.interval?.start.description ?? "", timex.interval?.end.description ?? ""].joined(separator: "\t"))
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private static func timeML(_ input: TagInput, _ timexes: [Timex]) throws -> String {
        let bytes = input.timeML ?? TimeMLDocument.skeleton(text: input.text, creationTime: input.published, documentID: input.id)
        return try TimeMLDocument.annotated(bytes, path: input.path, with: timexes.map(TimeMLAnnotation.init))
    }

    private static func jsonDocument(_ input: TagInput, _ timexes: [Timex]) -> String {
        TaggedDocumentJSON.object(id: input.id, path: input.path, published: input.published,
                                  publishedSource: input.publishedSource?.rawValue, timexes: timexes)
    }

    private static func json(_ documents: [String]) -> String { TaggedDocumentJSON.documents(documents) }

    // MARK: Helpers

    /// `2025-06-26`, `2025-06-26T08:15`, `2025-06-26T08:15:00Z`, `2025-06-26T08:15:00.5-05:00`,
    /// `2025-06-26 08:15:00+0200`: the date as written.
    static func parsePublished(_ text: String) throws -> CalendarDate {
        let bytes = Array(text.utf8)
        let fail = UsageError("--published \(text): not an ISO 8601 date; write it as YYYY-MM-DD or YYYY-MM-DDTHH:MM[:SS][Z|±HH:MM], e.g. 2025-06-26")
        guard bytes.count >= 10, let date = CalendarDate(iso: text) else { throw fail }
        if bytes.count == 10 { return date }
        // A time: HH:MM, optional :SS and fraction, optional zone.
        var i = 11
        func digits(_ n: Int) -> Bool {
            guard i + n <= bytes.count, bytes[i..<(i + n)].allSatisfy({ $0 >= 48 && $0 <= 57 }) else { return false }
            i += n
            return true
        }
        func byte(_ c: Character) -> Bool {
            guard i < bytes.count, bytes[i] == c.asciiValue else { return false }
            i += 1
            return true
        }
        guard digits(2), byte(":"), digits(2) else { throw fail }
        if byte(":") {
            guard digits(2) else { throw fail }
            if byte(".") || byte(",") {
                guard digits(1) else { throw fail }
                while digits(1) {}
            }
        }
        if i == bytes.count || (byte("Z") && i == bytes.count) { return date }
        guard byte("+") || byte("-"), digits(2) else { throw fail }
        if i == bytes.count { return date }
        _ = byte(":")
        guard digits(2), i == bytes.count else { throw fail }
        return date
    }
}

/// One input of `dateline tag`: a TimeML document, or an article of any other format.
struct TagInput {
    var id: String
    var path: String
    var text: String
    var published: CalendarDate?
    /// Where `published` came from.
    var publishedSource: PublicationDateSource?
    /// The document's bytes when the input is TimeML.
    var timeML: [UInt8]?
    /// Oddities found while reading, for stderr.
    var warnings: [ArticleWarning] = []
    /// The batch line, for a JSON Lines record.
    var line: Int? = nil

    /// The output file name: a TimeML input's name minus a trailing `.TE3input` (with `.json` or
    /// `.tsv` appended for those formats); an article's name with its extension replaced
    /// (a batch record's id for batch lines).
    func outputName(for format: TagCommand.Format) -> String {
        let name = path == "-" ? "stdin" : URL(fileURLWithPath: path).lastPathComponent
        if timeML != nil {
            let base = name.lowercased().hasSuffix(".te3input") && name.count > 9 ? String(name.dropLast(9)) : name
            return format == .timeml ? base : base + "." + format.fileExtension
        }
        if ArticleFormat(extensionOf: path) == .jsonLines { return id + "." + format.fileExtension }
        let stem = name.lastIndex(of: ".").map { $0 == name.startIndex ? name : String(name[..<$0]) } ?? name
        return stem + "." + format.fileExtension
    }

    /// Reads the inputs `paths` stand for, in order, with the batch records that had to be skipped;
    /// ids are made unique (`notes`, `notes-2`).
    static func load(_ paths: [String], published: CalendarDate?) throws -> (inputs: [TagInput], skipped: [ArticleError]) {
        var inputs: [TagInput] = []
        var skipped: [ArticleError] = []
        for path in paths {
            var isDirectory: ObjCBool = false
            if path != "-", FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue {
                let timeMLFiles = try TimeMLCorpus.timeMLFiles(in: path)
                let files = timeMLFiles.isEmpty ? try ArticleLoader().articlePaths(for: [path]) : timeMLFiles
                for file in files { try read(file, published: published, into: &inputs, skipped: &skipped) }
                continue
            }
            try read(path, published: published, into: &inputs, skipped: &skipped)
        }
        var used: Set<String> = []
        for index in inputs.indices {
            var id = inputs[index].id
            if used.contains(id) {
                var n = 2
                while used.contains("\(id)-\(n)") { n += 1 }
                id = "\(id)-\(n)"
            }
            used.insert(id)
            inputs[index].id = id
        }
        return (inputs, skipped)
    }

    private static func read(_ path: String, published: CalendarDate?, into inputs: inout [TagInput], skipped: inout [ArticleError]) throws {
        let bytes = try ArticleLoader.readInput(path)
        try ArticleReader.checkIsText(bytes, path: path)
        if TimeMLDocument.isTimeML(path: path, bytes: bytes) {
            let document = try TimeMLDocument(bytes: bytes, path: path)
            let date = published ?? document.creationTime
            inputs.append(TagInput(id: Article.id(forPath: timeMLName(path)), path: path, text: document.text, published: date,
                                   publishedSource: published != nil ? .option : (date != nil ? .creationTime : nil), timeML: bytes))
            return
        }
        let load = try ArticleLoader(standardInput: { bytes }).loadAll(paths: [path], published: published, requireDate: false)
        skipped += load.skipped
        for article in load.articles {
            inputs.append(TagInput(id: article.id, path: path, text: article.text, published: article.published?.date,
                                   publishedSource: article.published?.source, timeML: nil, warnings: article.warnings,
                                   line: article.line))
        }
    }

    /// `wsj_0006.tml.TE3input` → `wsj_0006.tml` (so the id is `wsj-0006`).
    private static func timeMLName(_ path: String) -> String {
        path.lowercased().hasSuffix(".te3input") && path.count > 9 ? String(path.dropLast(9)) : path
    }
}
