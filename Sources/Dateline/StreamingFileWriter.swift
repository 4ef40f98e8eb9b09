import Foundation

/// Writes a stream of lines with a 64 KB buffer: to standard output (`"-"`), to a file whole or
/// not at all (a temporary file in the same folder, renamed over the target by `finish()`), or in
/// place to a device or pipe such as `/dev/null`.
///
/// ```swift
/// let out = try StreamingFileWriter(path: "Output/batch.jsonl")
/// try out.writeLine("{…}")
/// try out.finish()
/// ```
public final class StreamingFileWriter {
    /// The `write(2)` call the writer makes; tests put a failing one in its place to play a full disk.
    public typealias WriteCall = @Sendable (_ descriptor: Int32, _ bytes: UnsafeRawPointer, _ count: Int) -> Int

    /// The target path, or `"-"`.
    public let path: String
    private let writeCall: WriteCall
    private let descriptor: Int32
    private let temporary: String?
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
            temporary = nil
            ownsDescriptor = false
            return
        }
        let url = URL(fileURLWithPath: path)
        let folder = url.deletingLastPathComponent()
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        } catch {
            throw .cannotWrite(path: path, reason: "cannot create folder \(folder.path)")
        }
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue {
            throw .cannotWrite(path: path, reason: "it is a directory")
        }
        // A device or pipe (`/dev/null`, a FIFO) is written in place: renaming over it would replace it.
        if Self.isSpecialFile(path) {
            let fd = open(path, O_WRONLY)
            guard fd >= 0 else { throw Self.failure(path: path, errno: errno) }
            descriptor = fd
            temporary = nil
            ownsDescriptor = true
            return
        }
        let temporary = folder.appendingPathComponent(".\(url.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).tmp").path
        let fd = open(temporary, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        guard fd >= 0 else {
            let folderName = (path as NSString).deletingLastPathComponent  // as the user wrote it
            throw Self.failure(path: path, errno: errno, context: "cannot create a file in \(folderName.isEmpty ? "." : folderName)")
        }
        descriptor = fd
        self.temporary = temporary
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

    /// Flushes, and for a file closes it and renames it over the target.
    public func finish() throws(OutputError) {
        try flush()
        closed = true
        // Some file systems report a failed write only when the file is closed.
        if ownsDescriptor, close(descriptor) != 0, errno != EINTR {
            let code = errno
            if let temporary { unlink(temporary) }
            throw Self.failure(path: path, errno: code)
        }
        guard let temporary else { return }
        if rename(temporary, path) != 0 {
            let code = errno
            unlink(temporary)
            throw Self.failure(path: path, errno: code)
        }
    }

    /// The error for a failed system call: a full disk gets its own advice; `context` says what was
    /// being done.
    static func failure(path: String, errno code: Int32, context: String? = nil) -> OutputError {
        if code == ENOSPC || code == EDQUOT { return .diskFull(path: path) }
        let reason = String(cString: strerror(code)).lowercased()
        return .cannotWrite(path: path, reason: context.map { "\($0): \(reason)" } ?? reason)
    }

    /// Drops the output: for a file, removes the temporary file and leaves the target alone.
    public func abandon() {
        closed = true
        if ownsDescriptor { close(descriptor) }
        guard let temporary else { return }
        unlink(temporary)
    }
}
