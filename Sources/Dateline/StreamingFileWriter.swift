import Foundation

/// Writes a stream of lines with a 64 KB buffer: to standard output (`"-"`), to a file whole or
/// not at all (a temporary file in the same folder, renamed over the target by `finish()`), or in
/// place to a device or pipe such as `/dev/null`. A `BatchCheckpoint` opens one that writes to a
/// partial file that outlives an interrupted run.
///
/// ```swift
/// let out = try StreamingFileWriter(path: "Output/batch.jsonl")
/// try out.writeLine("{…}")
/// try out.finish()
/// ```
///
/// The target is only ever replaced by a complete file: the bytes are flushed to disk (`fsync`)
/// before the rename, and a temporary file is listed in `TemporaryFiles` while it exists, so a
/// signal handler can remove it.
public final class StreamingFileWriter {
    /// The `write(2)` call the writer makes; tests put a failing one in its place to play a full disk.
    public typealias WriteCall = @Sendable (_ descriptor: Int32, _ bytes: UnsafeRawPointer, _ count: Int) -> Int

    /// Where the bytes go before `finish()`.
    enum Destination {
        /// Standard output, or a device or pipe written in place.
        case direct
        /// A temporary file, removed unless `finish()` renames it over the target.
        case temporary(String)
        /// A checkpoint's partial file, renamed over the target by `finish()` (which also removes the
        /// manifest); `suspend()` keeps both for a later run to resume.
        case checkpoint(partial: String, manifest: String)
    }

    /// The target path, or `"-"`.
    public let path: String
    private let writeCall: WriteCall
    private let descriptor: Int32
    private let destination: Destination
    private let ownsDescriptor: Bool
    private var buffer: [UInt8] = []
    private var closed = false

    /// Opens the output; for a file, creates missing folders and the temporary file. `writeCall`
    /// replaces `write(2)` (for tests).
    public init(path: String, writeCall: @escaping WriteCall = { Foundation.write($0, $1, $2) }) throws(OutputError) {
        self.path = path
        self.writeCall = writeCall
        buffer.reserveCapacity(1 << 16)
        if path == "-" {
            descriptor = 1
            destination = .direct
            ownsDescriptor = false
            return
        }
        let folder = try Self.prepareFolder(for: path)
        // A device or pipe (`/dev/null`, a FIFO) is written in place: renaming over it would replace it.
        if Self.isSpecialFile(path) {
            let fd = open(path, O_WRONLY | O_CLOEXEC)
            guard fd >= 0 else { throw Self.failure(path: path, errno: errno) }
            descriptor = fd
            destination = .direct
            ownsDescriptor = true
            return
        }
        let (temporary, fd) = try Self.createTemporary(in: folder, for: path)
        descriptor = fd
        destination = .temporary(temporary)
        ownsDescriptor = true
    }

    /// Writes to an open checkpoint partial file (positioned at its end); see `BatchCheckpoint`.
    init(path: String, checkpointDescriptor: Int32, partial: String, manifest: String) {
        self.path = path
        self.writeCall = { Foundation.write($0, $1, $2) }
        buffer.reserveCapacity(1 << 16)
        descriptor = checkpointDescriptor
        destination = .checkpoint(partial: partial, manifest: manifest)
        ownsDescriptor = true
    }

    deinit {
        if !closed { abandon() }
    }

    /// Appends `line` and a line break.
    public func writeLine(_ line: String) throws(OutputError) {
        buffer.append(contentsOf: line.utf8)
        buffer.append(0x0A)
        if buffer.count >= 1 << 16 { try flush() }
    }

    /// Appends `text` as it is.
    public func write(_ text: String) throws(OutputError) {
        buffer.append(contentsOf: text.utf8)
        if buffer.count >= 1 << 16 { try flush() }
    }

    /// True when `path` exists and is not a regular file or directory: a device or pipe such as
    /// `/dev/null`, which must be written in place rather than replaced.
    public static func isSpecialFile(_ path: String) -> Bool {
        var info = stat()
        guard stat(path, &info) == 0 else { return false }
        let type = info.st_mode & S_IFMT
        return type != S_IFREG && type != S_IFDIR
    }

    /// Writes what is buffered.
    public func flush() throws(OutputError) {
        var offset = 0
        while offset < buffer.count {
            let written = buffer.withUnsafeBytes { raw in writeCall(descriptor, raw.baseAddress! + offset, raw.count - offset) }
            if written < 0 {
                if errno == EINTR { continue }
                throw Self.failure(path: path, errno: errno)
            }
            offset += written
        }
        buffer.removeAll(keepingCapacity: true)
    }

    /// Flushes, and for a file syncs it to disk, closes it and renames it over the target.
    public func finish() throws(OutputError) {
        do {
            try flush()
        } catch {
            abandon()
            throw error
        }
        closed = true
        let work: String
        switch destination {
        case .direct:
            if ownsDescriptor { close(descriptor) }
            return
        case .temporary(let temporary): work = temporary
        case .checkpoint(let partial, _): work = partial
        }
        // The new bytes must be on disk before the name points at them.
        let synced = fsync(descriptor) == 0 || errno == EINVAL || errno == EROFS
        let syncError = errno
        // Some file systems report a failed write only when the file is synced or closed.
        let closeError = close(descriptor) == 0 || errno == EINTR ? nil : errno
        guard synced, closeError == nil else {
            discard()
            throw Self.failure(path: path, errno: synced ? closeError! : syncError)
        }
        if rename(work, path) != 0 {
            let code = errno
            discard()
            throw Self.failure(path: path, errno: code)
        }
        if case .temporary(let temporary) = destination { TemporaryFiles.remove(temporary) }
        if case .checkpoint(_, let manifest) = destination { unlink(manifest) }
    }

    /// Drops the output: for a file, removes the temporary file (or the checkpoint) and leaves the
    /// target alone.
    public func abandon() {
        guard !closed else { return }
        closed = true
        if ownsDescriptor { close(descriptor) }
        discard()
    }

    /// Stops writing but keeps what is written for a later run: a checkpoint's complete lines are
    /// flushed and synced, and its partial file and manifest stay. Any other output is abandoned.
    /// Returns false when the checkpoint could not be kept (it is then removed).
    @discardableResult
    public func suspend() -> Bool {
        guard !closed, case .checkpoint = destination else {
            abandon()
            return false
        }
        do {
            try flush()
        } catch {
            abandon()
            return false
        }
        closed = true
        _ = fsync(descriptor)
        close(descriptor)
        return true
    }

    /// Removes the work file (and a checkpoint's manifest).
    private func discard() {
        switch destination {
        case .direct: break
        case .temporary(let temporary):
            unlink(temporary)
            TemporaryFiles.remove(temporary)
        case .checkpoint(let partial, let manifest):
            unlink(partial)
            unlink(manifest)
        }
    }

    // MARK: Opening

    /// Creates the folder `path` goes in when it is missing; refuses a directory as the target.
    /// Returns the folder.
    static func prepareFolder(for path: String) throws(OutputError) -> URL {
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent()
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        } catch {
            throw .cannotWrite(path: path, reason: "cannot create folder \(folder.path)")
        }
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue {
            throw .cannotWrite(path: path, reason: "it is a directory")
        }
        return folder
    }

    /// A new, empty, uniquely named hidden file beside the target (`.name.<pid>.<n>.tmp`), listed
    /// in `TemporaryFiles` before it exists.
    private static func createTemporary(in folder: URL, for path: String) throws(OutputError) -> (String, Int32) {
        // Keep the name within NAME_MAX (255 bytes) however long the target's name is.
        let name = String(decoding: Array(URL(fileURLWithPath: path).lastPathComponent.utf8.prefix(180)), as: UTF8.self)
        let pid = ProcessInfo.processInfo.processIdentifier
        while true {
            let temporary = folder.appendingPathComponent(".\(name).\(pid).\(TemporaryFiles.nextNumber()).tmp").path
            TemporaryFiles.add(temporary)
            let fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
            if fd >= 0 { return (temporary, fd) }
            let error = errno
            TemporaryFiles.remove(temporary)
            if error == EEXIST { continue }
            let folderName = (path as NSString).deletingLastPathComponent  // as the user wrote it
            throw failure(path: path, errno: error, context: "cannot create a file in \(folderName.isEmpty ? "." : folderName)")
        }
    }

    /// The error for a failed system call: a full disk gets its own advice; `context` says what was
    /// being done.
    static func failure(path: String, errno code: Int32, context: String? = nil) -> OutputError {
        if code == ENOSPC || code == EDQUOT { return .diskFull(path: path) }
        let reason = String(cString: strerror(code)).lowercased()
        return .cannotWrite(path: path, reason: context.map { "\($0): \(reason)" } ?? reason)
    }
}
