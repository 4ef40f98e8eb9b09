import Dateline
import Foundation

/// Runs an `ArticleBatch` for `tag` and `build --format jsonl`: output lines to standard output or a
/// file, messages and (on a terminal) a progress line to stderr. The command's `run()` is synchronous,
/// so the batch runs in a task and the calling thread waits for it.
struct BatchRun: Sendable {
    var batch: ArticleBatch
    var paths: [String]
    /// `"-"` for standard output, else a file written whole or not at all.
    var output: String

    /// Runs the batch; returns its summary.
    func run() throws -> BatchSummary {
        let batch = batch, paths = paths, output = output
        let showProgress = isatty(2) == 1
        return try BlockingTask.run {
            let writer = try StreamingFileWriter(path: output)
            var lastShown = -1.0
            do {
                let summary = try await batch.run(paths: paths, write: { try writer.writeLine($0) }, report: { message in
                    if showProgress { Self.clearProgress() }
                    Self.standardError("dateline: " + message)
                }, progress: { progress in
                    guard showProgress, progress.seconds - lastShown >= 0.25 else { return }
                    lastShown = progress.seconds
                    FileHandle.standardError.write(Data("\r\u{1B}[K\(progress.line)".utf8))
                })
                if showProgress { Self.clearProgress() }
                try writer.finish()
                return summary
            } catch {
                writer.abandon()
                throw error
            }
        }
    }

    static func clearProgress() {
        FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
    }

    static func standardError(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }
}
