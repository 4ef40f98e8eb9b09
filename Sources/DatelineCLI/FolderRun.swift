import Dateline
import Foundation

/// `dateline tag -o DIR`: one output file per input, tagged on every core and each written whole
/// (a temporary file renamed into place), so a file in DIR is always complete and an existing one
/// is replaced only by a complete new one.
///
/// SIGINT or SIGTERM stops the run between two files (a second signal stops it at once, removing
/// the file being written). Because a file exists only once complete, `resume` (`--resume`) can
/// skip every input whose file is already in DIR and write the rest: the result is the same as an
/// uninterrupted run's.
struct FolderRun {
    struct File: Sendable {
        var input: TagInput
        var destination: String
    }

    var files: [File]
    var format: TagCommand.Format
    var tagger: TemporalTagger
    var resume: Bool
    /// The folder as given, for messages.
    var folder: String
    /// How long tagging one input may take (`--time-budget`); an input that runs over is reported
    /// and gets no file.
    var timeBudget: Duration?

    /// Writes the files; returns how many were written, how many `resume` kept, and how many ran
    /// over the time budget.
    func run() throws -> (written: Int, kept: Int, overBudget: Int) {
        let pending = resume ? files.filter { !Self.isComplete($0.destination) } : files
        let kept = files.count - pending.count
        if resume, kept > 0 {
            BatchRun.standardError("dateline: \(folder): \(kept) of \(files.count) files are already there; tagging the other \(pending.count)")
        }
        let format = format, tagger = tagger, folder = folder, total = files.count, timeBudget = timeBudget
        let (written, overBudget): (Int, Int) = try Interruption.shared.cooperating {
            try BlockingTask.run {
                var queue = pending.makeIterator()
                var written = 0
                var overBudget = 0
                do {
                    try await OrderedParallelMap(chunkSize: 2).run(next: { queue.next() }, transform: { (file: File) -> Result<(String, Result<String, ArticleError>), any Error> in
                        Result { () throws -> Result<String, ArticleError> in
                            let timexes: [Timex]
                            do throws(TimeBudgetExceeded) {
                                timexes = try tagger.tag(file.input.text, publicationDate: file.input.published, deadline: .after(timeBudget))
                            } catch {
                                return .failure(.timeBudgetExceeded(path: file.input.path, line: file.input.line, budget: error.budget))
                            }
                            return .success(try TagCommand.render(file.input, timexes, as: format))
                        }.map { (file.destination, $0) }
                    }, emit: { result in
                        if Interruption.shared.isRequested { throw BatchInterrupted(written: written) }
                        let (destination, rendered) = try result.get()
                        let contents: String
                        switch rendered {
                        case .success(let text): contents = text
                        case .failure(let error):
                            BatchRun.standardError("dateline: \(error.description)")
                            overBudget += 1
                            return
                        }
                        try AtomicFileWriter().write(contents, to: destination)
                        written += 1
                    })
                } catch is BatchInterrupted {
                    let number = Interruption.shared.receivedSignal ?? SIGINT
                    BatchRun.standardError("dateline: interrupted by \(Interruption.name(number)) after \(kept + written) of \(total) files in \(folder), each complete; run the same command with --resume to write the rest")
                    throw InterruptedRun(status: Interruption.exitStatus(number))
                }
                return (written, overBudget)
            }
        }
        return (written, kept, overBudget)
    }

    /// A regular file at `path`: written whole by an earlier run, since files appear only complete.
    static func isComplete(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0 && info.st_mode & S_IFMT == S_IFREG
    }
}
