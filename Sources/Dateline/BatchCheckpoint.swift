import Foundation

/// A batch's streamed output that survives an interruption and can be finished later.
///
/// The lines go to `.NAME.partial` beside the target `NAME`; `.NAME.partial.manifest` says which
/// run they belong to (the command's options, and each input's path, size and modification
/// time). `finish()` on the writer syncs the partial file, renames it over the target and removes
/// the manifest, so the target is only ever a complete output. An interrupted run leaves both
/// files; a later run with `resume` and a byte-identical manifest keeps every complete line (a
/// line torn by a hard kill is cut off) and tells the batch how many items to skip, since each
/// item gives exactly one line.
///
/// ```swift
/// let checkpoint = BatchCheckpoint(output: "Output/batch.jsonl", manifest: BatchCheckpoint.manifest(job: "tag", inputs: files))
/// let opened = try checkpoint.start(resume: true)
/// // run the batch with skip: opened.resumedLines, writing to opened.writer
/// ```
public struct BatchCheckpoint: Sendable {
    /// The target path.
    public let output: String
    /// What identifies the run; see `manifest(job:inputs:)`.
    public let manifest: String

    public init(output: String, manifest: String) {
        self.output = output
        self.manifest = manifest
    }

    /// `.NAME.partial` beside the target: the complete lines written so far.
    public var partialPath: String { Self.sibling(of: output, suffix: ".partial") }

    /// `.NAME.partial.manifest` beside the target.
    public var manifestPath: String { Self.sibling(of: output, suffix: ".partial.manifest") }

    /// True when an interrupted run left a checkpoint for this target (whatever its manifest says).
    public var exists: Bool { FileManager.default.fileExists(atPath: manifestPath) }

    /// An opened checkpoint: the writer, positioned after the kept lines, and what was kept.
    public struct Opened {
        public let writer: StreamingFileWriter
        /// Complete lines kept from the interrupted run: the batch skips this many items.
        public let resumedLines: Int
        /// Of those, how many `isFailure` recognised (error records).
        public let resumedFailures: Int
    }

    /// The manifest of a run: the job (a description of the command and every option that changes
    /// the output) and, for each input, its path, size and modification time, one JSON object.
    /// An input that cannot be examined is listed without size and time, so it never matches a
    /// later run where it can.
    public static func manifest(job: String, inputs: [String]) -> String {
        var list: [String] = []
        for input in inputs {
            var entry = JSONObjectWriter()
            if input != "-", let attributes = try? FileManager.default.attributesOfItem(atPath: input),
               let size = attributes[.size] as? NSNumber, let modified = attributes[.modificationDate] as? Date {
                entry.add("modified", "\(modified.timeIntervalSince1970)")
                entry.add("path", URL(fileURLWithPath: input).standardizedFileURL.path)
                entry.add("size", size.intValue)
            } else {
                entry.add("path", input)
            }
            list.append(entry.finished)
        }
        var record = JSONObjectWriter()
        record.add("inputs", json: "[" + list.joined(separator: ",") + "]")
        record.add("job", job)
        record.add("version", 1)
        return record.finished + "\n"
    }

    /// Opens the output. With `resume` and a checkpoint whose manifest is this run's, its complete
    /// lines are kept and counted (`isFailure` sees each line's first 64 bytes); otherwise any old
    /// checkpoint is replaced by a new, empty one. Throws `.checkpointMismatch` when `resume` is
    /// asked for but the checkpoint belongs to another run.
    public func start(resume: Bool, isFailure: (ArraySlice<UInt8>) -> Bool = { _ in false }) throws(OutputError) -> Opened {
        _ = try StreamingFileWriter.prepareFolder(for: output)
        if resume, exists {
            guard let saved = FileManager.default.contents(atPath: manifestPath), String(decoding: saved, as: UTF8.self) == manifest else {
                throw .checkpointMismatch(path: output)
            }
            if let opened = try reopen(isFailure: isFailure) { return opened }
        }
        // A fresh checkpoint: the manifest first (whole, through a temporary file), then an empty partial file.
        unlink(partialPath)
        do {
            try AtomicFileWriter().write(manifest, to: manifestPath)
        } catch .diskFull {
            throw .diskFull(path: output)  // the output the user named, not the checkpoint's files
        } catch .cannotWrite(_, let reason) {
            throw .cannotWrite(path: output, reason: reason)
        } catch {
            throw error
        }
        let fd = open(partialPath, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard fd >= 0 else {
            let code = errno
            unlink(manifestPath)
            throw StreamingFileWriter.failure(path: output, errno: code)
        }
        return Opened(writer: StreamingFileWriter(path: output, checkpointDescriptor: fd, partial: partialPath, manifest: manifestPath),
                      resumedLines: 0, resumedFailures: 0)
    }

    /// Opens the partial file for appending after its last complete line; nil when it is missing.
    private func reopen(isFailure: (ArraySlice<UInt8>) -> Bool) throws(OutputError) -> Opened? {
        let fd = open(partialPath, O_RDWR | O_CLOEXEC)
        guard fd >= 0 else { return nil }
        var lines = 0, failures = 0
        var kept: off_t = 0
        var offset: off_t = 0
        var head: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = chunk.withUnsafeMutableBytes { read(fd, $0.baseAddress!, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                let reason = String(cString: strerror(errno))
                close(fd)
                throw .cannotWrite(path: output, reason: "cannot read \(partialPath): \(reason)")
            }
            if count == 0 { break }
            for index in 0..<count {
                let byte = chunk[index]
                if byte == 0x0A {
                    lines += 1
                    if isFailure(head[...]) { failures += 1 }
                    head.removeAll(keepingCapacity: true)
                    kept = offset + off_t(index) + 1
                } else if head.count < 64 {
                    head.append(byte)
                }
            }
            offset += off_t(count)
        }
        // A line torn by a hard kill is cut off; the batch writes it again.
        guard ftruncate(fd, kept) == 0, lseek(fd, kept, SEEK_SET) == kept else {
            let reason = String(cString: strerror(errno))
            close(fd)
            throw .cannotWrite(path: output, reason: "cannot resume \(partialPath): \(reason)")
        }
        return Opened(writer: StreamingFileWriter(path: output, checkpointDescriptor: fd, partial: partialPath, manifest: manifestPath),
                      resumedLines: lines, resumedFailures: failures)
    }

    /// `folder/.NAME<suffix>` for `folder/NAME`.
    private static func sibling(of path: String, suffix: String) -> String {
        // Relative when `path` is, so messages name the folder as the user wrote it.
        let name = String(decoding: Array((path as NSString).lastPathComponent.utf8.prefix(200)), as: UTF8.self)
        let folder = (path as NSString).deletingLastPathComponent
        return (folder.isEmpty ? "" : folder + "/") + "." + name + suffix
    }
}
