import Foundation

/// Reads a file (or standard input) line by line in 64 KB chunks, so a batch of any size is read
/// in bounded memory: at most one chunk plus one line (up to `maximumLineLength`) at a time.
///
/// ```swift
/// let reader = try JSONLinesLineReader(path: "batch.jsonl")
/// while let line = reader.next() { … }
/// ```
///
/// Not `Sendable`: one task reads, others get the lines.
public final class JSONLinesLineReader {
    /// Lines longer than this (16 MiB) are skipped and reported with `tooLong`.
    public static let defaultMaximumLineLength = 16 << 20

    /// The path given, or `"-"` for standard input.
    public let path: String
    /// The file's size, when it is a regular file (for progress and an ETA).
    public let totalBytes: Int?
    /// Bytes read so far.
    public private(set) var bytesRead = 0

    private let descriptor: Int32
    private let ownsDescriptor: Bool
    private let maximumLineLength: Int
    private var buffer: [UInt8] = []
    /// What one `read` fills: 64 KB, reused.
    private var chunk = [UInt8](repeating: 0, count: 65_536)
    private var start = 0
    private var atEnd = false
    private var lineNumber = 0

    /// Opens `path` (`"-"` for standard input).
    public init(path: String, maximumLineLength: Int = JSONLinesLineReader.defaultMaximumLineLength) throws(ArticleError) {
        self.path = path
        self.maximumLineLength = maximumLineLength
        if path == "-" {
            descriptor = 0
            ownsDescriptor = false
            totalBytes = nil
            return
        }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { throw .fileNotFound(path: path) }
        guard !isDirectory.boolValue else { throw .unreadable(path: path, reason: "it is a directory") }
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else { throw .unreadable(path: path, reason: String(cString: strerror(errno)).lowercased()) }
        descriptor = fd
        ownsDescriptor = true
        var info = stat()
        totalBytes = fstat(fd, &info) == 0 && (info.st_mode & S_IFMT) == S_IFREG ? Int(info.st_size) : nil
    }

    deinit {
        if ownsDescriptor { close(descriptor) }
    }

    /// The next line, or nil at the end of the input. Blank lines are returned too.
    public func next() -> JSONLinesLine? {
        var tooLong = false
        var searchFrom = start
        while true {
            if let newline = Self.firstNewline(in: buffer, from: searchFrom) {
                lineNumber += 1
                var end = newline
                if end > start, buffer[end - 1] == 0x0D { end -= 1 }
                let line = tooLong ? [] : Array(buffer[start..<end])
                start = newline + 1
                return makeLine(line, terminated: true, tooLong: tooLong)
            }
            if tooLong || buffer.count - start > maximumLineLength {
                // Drop what is buffered of an over-long line and keep looking for its end.
                tooLong = true
                buffer.removeAll(keepingCapacity: true)
                start = 0
            }
            if atEnd {
                guard start < buffer.count || tooLong else { return nil }
                lineNumber += 1
                let line = tooLong ? [] : Array(buffer[start...])
                start = buffer.count
                return makeLine(line, terminated: false, tooLong: tooLong)
            }
            searchFrom = buffer.count - start
            fill()
            searchFrom += start
        }
    }

    /// The index of the first line feed at or after `start` (with `memchr`: an over-long line is
    /// skipped at memory speed, even in a debug build).
    private static func firstNewline(in buffer: [UInt8], from start: Int) -> Int? {
        guard start < buffer.count else { return nil }
        return buffer.withUnsafeBytes { raw -> Int? in
            guard let found = memchr(raw.baseAddress! + start, 0x0A, raw.count - start) else { return nil }
            return raw.baseAddress!.distance(to: UnsafeRawPointer(found))
        }
    }

    private func makeLine(_ bytes: [UInt8], terminated: Bool, tooLong: Bool) -> JSONLinesLine {
        var bytes = bytes
        if lineNumber == 1, bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        return JSONLinesLine(number: lineNumber, bytes: bytes, terminated: terminated, tooLong: tooLong)
    }

    /// Reads the next chunk, compacting the buffer first.
    private func fill() {
        if start > 0 {
            buffer.removeSubrange(0..<start)
            start = 0
        }
        let count = chunk.withUnsafeMutableBytes { raw -> Int in
            var n: Int
            repeat {
                n = read(descriptor, raw.baseAddress!, raw.count)
            } while n < 0 && errno == EINTR
            return n
        }
        guard count > 0 else {
            atEnd = true
            return
        }
        bytesRead += count
        chunk.withUnsafeBufferPointer { buffer.append(contentsOf: UnsafeBufferPointer(rebasing: $0[0..<count])) }
    }
}
