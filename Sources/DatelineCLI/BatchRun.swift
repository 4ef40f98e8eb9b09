import Dateline
import Foundation

/// Runs an `ArticleBatch` for `tag` and `build --format jsonl`: output lines to standard output or a
/// file, messages and (on a terminal) a progress line to stderr. The command's `run()` is synchronous,
/// so the batch runs in a task and the calling thread waits for it.
///
/// A file output is a `BatchCheckpoint`: SIGINT or SIGTERM stops the batch between two lines, keeps
/// the lines written so far beside the target, and `resume` (`--resume`) later skips that many
/// items and finishes the file. The target itself only ever appears complete. With standard input
/// among the inputs nothing can be resumed, so a signal removes the unfinished output and exits.
struct BatchRun: Sendable {
    var batch: ArticleBatch
    var paths: [String]
    /// `"-"` for standard output, else a file written whole or not at all.
    var output: String
    /// Continue the checkpoint an interrupted run with the same job and inputs left.
    var resume = false
    /// The command and every option that shapes the output, for the checkpoint's manifest.
    var job: String

    /// Runs the batch; returns its summary (lines kept from an interrupted run included).
    func run() throws -> BatchSummary {
        let files = try ArticleLoader().articlePaths(for: paths)
        let readsStandardInput = files.contains("-")
        let checkpoint = output == "-" || readsStandardInput || StreamingFileWriter.isSpecialFile(output)
            ? nil : BatchCheckpoint(output: output, manifest: BatchCheckpoint.manifest(job: job + Self.binaryIdentity, inputs: files))
        if let checkpoint {
            if resume && !checkpoint.exists {
                Self.standardError("dateline: \(output): no interrupted run to resume; running the whole batch")
            } else if !resume && checkpoint.exists {
                Self.standardError("dateline: \(output): starting over; the interrupted run's lines in \(checkpoint.partialPath) are dropped (pass --resume to keep them)")
            }
        } else if resume {
            throw UsageError("--resume needs a file output (-o PATH) and no standard input among the inputs; drop --resume")
        }
        let batch = batch, output = output, resume = resume
        let showProgress = isatty(2) == 1
        let work = {
            try BlockingTask.run { () async throws -> BatchSummary in
                var resumed = (lines: 0, failures: 0)
                let writer: StreamingFileWriter
                if let checkpoint {
                    let opened = try checkpoint.start(resume: resume, isFailure: ArticleBatch.isErrorRecord)
                    writer = opened.writer
                    resumed = (opened.resumedLines, opened.resumedFailures)
                    if resumed.lines > 0 { Self.standardError("dateline: \(output): resuming after \(resumed.lines) lines") }
                } else {
                    writer = try StreamingFileWriter(path: output)
                }
                var lastShown = -1.0
                do {
                    let summary = try await batch.run(paths: files, skip: resumed.lines, write: { try writer.writeLine($0) }, report: { message in
                        if showProgress { Self.clearProgress() }
                        Self.standardError("dateline: " + message)
                    }, progress: { progress in
                        guard showProgress, progress.seconds - lastShown >= 0.25 else { return }
                        lastShown = progress.seconds
                        FileHandle.standardError.write(Data("\r\u{1B}[K\(progress.line)".utf8))
                    }, shouldStop: { Interruption.shared.isRequested })
                    if showProgress { Self.clearProgress() }
                    try writer.finish()
                    return BatchSummary(items: resumed.lines + summary.items, failed: resumed.failures + summary.failed, seconds: summary.seconds)
                } catch let stop as BatchInterrupted {
                    if showProgress { Self.clearProgress() }
                    let number = Interruption.shared.receivedSignal ?? SIGINT
                    let total = resumed.lines + stop.written
                    if writer.suspend(), let checkpoint {
                        Self.standardError("dateline: interrupted by \(Interruption.name(number)) after \(total) lines; they are kept in \(checkpoint.partialPath); run the same command with --resume to finish \(output)")
                    } else {
                        Self.standardError("dateline: interrupted by \(Interruption.name(number)) after \(total) lines; \(output == "-" ? "the output stops there" : "\(output) was not written")")
                    }
                    throw InterruptedRun(status: Interruption.exitStatus(number))
                } catch {
                    writer.abandon()
                    throw error
                }
            }
        }
        // Standard input may block a read for ever, so there a signal exits at once instead.
        return readsStandardInput ? try work() : try Interruption.shared.cooperating(work)
    }

    /// The running binary's size and modification time, for the manifest: a rebuilt dateline may
    /// write other lines, so it does not resume a checkpoint an older build left.
    static var binaryIdentity: String {
        guard let path = Bundle.main.executablePath, let attributes = try? FileManager.default.attributesOfItem(atPath: path),
              let size = attributes[.size] as? NSNumber, let modified = attributes[.modificationDate] as? Date else { return "" }
        return " (binary \(size.intValue) bytes, \(modified.timeIntervalSince1970))"
    }

    static func clearProgress() {
        FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
    }

    static func standardError(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }
}
