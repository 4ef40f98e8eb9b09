import Foundation

/// Tags articles, or builds one timeline per article, over a stream of inputs, writing one JSON
/// line per input in input order and using every core (`OrderedParallelMap`).
///
/// Inputs are the lines of JSON Lines files (and of standard input, `"-"`), read as they are needed,
/// and whole article files of other formats. A line that cannot be used gives an error record,
/// `{"error":"batch.jsonl:7: not valid JSON; …","line":7,"path":"batch.jsonl"}`, and the batch goes on.
///
/// ```swift
/// let batch = ArticleBatch(job: .tag(TemporalTagger()))
/// let summary = try await batch.run(paths: ["batch.jsonl"], write: { print($0) })
/// ```
public struct ArticleBatch: Sendable {
    /// What to do with each article.
    public enum Job: Sendable {
        /// List its temporal expressions (`expressions`, as in `dateline tag --format json`).
        case tag(TemporalTagger)
        /// Build its timeline (`timeline`, as in `dateline build --format json`).
        case timeline(TimelineBuilder)
    }

    public var job: Job
    /// `--published`: overrides every article's date.
    public var published: CalendarDate?
    /// When true, an article without a date gives an error record.
    public var requireDate: Bool
    /// How dates are checked for warnings.
    public var check: PublicationDateCheck
    /// How work is spread over cores.
    public var map: OrderedParallelMap
    /// How long tagging (and building the timeline of) one article may take; nil for no limit. An
    /// article that runs over gives an error record naming it, and the batch goes on.
    public var timeBudget: Duration?

    public init(job: Job, published: CalendarDate? = nil, requireDate: Bool = false, check: PublicationDateCheck = .init(),
                map: OrderedParallelMap = .init(), timeBudget: Duration? = nil) {
        self.job = job
        self.published = published
        self.requireDate = requireDate
        self.check = check
        self.map = map
        self.timeBudget = timeBudget
    }

    /// Runs the batch over `paths` (files, directories, `"-"`). `write` gets each output line without
    /// its line break, in input order; `report` gets each stderr message (warnings, errors);
    /// `progress` is called after each written chunk. The first `skip` items are passed over
    /// unprocessed (they were written by an interrupted run; see `BatchCheckpoint`). `shouldStop`
    /// is asked before each line is written: when it says yes, the run stops and throws
    /// `BatchInterrupted`, having written a whole number of lines. Throws `ArticleError` when a path
    /// does not exist, and whatever `write` throws.
    public func run(
        paths: [String],
        skip: Int = 0,
        write: (String) throws -> Void,
        report: (String) -> Void = { _ in },
        progress: (BatchProgress) -> Void = { _ in },
        shouldStop: () -> Bool = { false }
    ) async throws -> BatchSummary {
        let files = try ArticleLoader().articlePaths(for: paths)
        let totalBytes = Self.totalBytes(files)
        let clock = ContinuousClock()
        let started = clock.now
        var source = BatchSource(paths: files)
        var skipped = 0
        while skipped < skip, source.next() != nil { skipped += 1 }
        var done = 0
        var failed = 0
        try await map.run(next: { source.next() }, transform: { item in self.process(item) }, emit: { outcome in
            if shouldStop() { throw BatchInterrupted(written: done) }
            try write(outcome.json)
            for message in outcome.messages { report(message) }
            done += 1
            if outcome.failed { failed += 1 }
            if done % map.chunkSize == 0 {
                progress(BatchProgress(done: done, failed: failed, bytesRead: source.bytesRead, totalBytes: totalBytes,
                                       seconds: Self.seconds(since: started, clock: clock)))
            }
        })
        let seconds = Self.seconds(since: started, clock: clock)
        progress(BatchProgress(done: done, failed: failed, bytesRead: source.bytesRead, totalBytes: totalBytes, seconds: seconds))
        return BatchSummary(items: done, failed: failed, seconds: seconds)
    }

    /// The outcome for one item; runs in a child task.
    public func process(_ item: BatchItem) -> BatchOutcome {
        var location: (path: String, line: Int?)
        let article: Article
        do throws(ArticleError) {
            switch item {
            case .unreadable(let error):
                throw error
            case .line(let path, let line):
                location = (path, line.number)
                article = try JSONLinesRecordReader(check: check).read(line, path: path, published: published)
                if requireDate && article.published == nil {
                    throw .invalidRecord(path: path, line: line.number, reason: "no publication date; add a 'published' field, pass --published, or pass --allow-undated")
                }
            case .file(let path):
                location = (path, nil)
                let bytes = try Self.read(path)
                article = try ArticleReader(check: check).read(bytes, path: path, published: published)
                if requireDate && article.published == nil { throw .missingPublicationDate(path: path) }
            }
        } catch {
            return Self.failure(error, item: item)
        }

        var record = JSONObjectWriter()
        var timeline: Timeline?
        switch job {
        case .tag(let tagger):
            do {
                let timexes = try tagger.tag(article.text, publicationDate: article.published?.date, deadline: .after(timeBudget))
                record.add("expressions", jsonBytes: TimexJSON.arrayBytes(timexes))
            } catch {
                return Self.failure(.timeBudgetExceeded(path: location.path, line: location.line, budget: error.budget), item: item)
            }
        case .timeline(let builder):
            let built = builder.build([article], timeBudget: timeBudget)
            if let error = built.overBudget.first { return Self.failure(error, item: item) }
            timeline = built.timeline
        }
        record.add("id", article.id)
        record.add("line", location.line)
        record.add("path", location.path)
        record.add("published", article.published?.date.description)
        record.add("publishedSource", article.published?.source.rawValue)
        if let timeline {
            record.add("timeline", json: Self.compact(JSONTimelineRenderer().render(timeline)))
        }
        record.add("title", article.title)
        if article.published == nil, case .timeline(let builder) = job {
            record.add("unresolved", json: UnresolvedExpressions(article, tagger: builder.extractor.tagger).json)
        }
        record.add("warnings", article.warnings.map(\.description))
        return BatchOutcome(json: record.finished, failed: false, messages: article.warnings.map(\.description))
    }

    /// True for the start of an error record (`{"error":…`), as `process` writes them; for counting
    /// the failures among lines kept from an interrupted run.
    public static func isErrorRecord(_ head: ArraySlice<UInt8>) -> Bool {
        head.starts(with: #"{"error":"#.utf8)
    }

    // MARK: Helpers

    /// The error record for an item that failed: `{"error", "line", "path"}`.
    private static func failure(_ error: ArticleError, item: BatchItem) -> BatchOutcome {
        var record = JSONObjectWriter()
        record.add("error", error.description)
        if case .line(_, let line) = item { record.add("line", line.number) }
        record.add("path", error.path)
        return BatchOutcome(json: record.finished, failed: true, messages: [error.description])
    }

    private static func read(_ path: String) throws(ArticleError) -> [UInt8] {
        try ArticleLoader.readFile(path)  // refuses files over InputLimits.maximumDocumentBytes
    }

    /// Pretty JSON made compact (one line): whitespace outside strings dropped, key order kept.
    static func compact(_ json: String) -> String {
        var output: [UInt8] = []
        output.reserveCapacity(json.utf8.count)
        var inString = false
        var escaped = false
        for byte in json.utf8 {
            if inString {
                output.append(byte)
                if escaped { escaped = false } else if byte == 0x5C { escaped = true } else if byte == 0x22 { inString = false }
                continue
            }
            switch byte {
            case 0x20, 0x0A, 0x0D, 0x09: continue
            case 0x22: inString = true
            default: break
            }
            output.append(byte)
        }
        return String(decoding: output, as: UTF8.self)
    }

    private static func totalBytes(_ paths: [String]) -> Int? {
        var total = 0
        for path in paths {
            guard path != "-", let size = (try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? NSNumber else { return nil }
            total += size.intValue
        }
        return total
    }

    private static func seconds(since start: ContinuousClock.Instant, clock: ContinuousClock) -> Double {
        let elapsed = clock.now - start
        return Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
    }
}
