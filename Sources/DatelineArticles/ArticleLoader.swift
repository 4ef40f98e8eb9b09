import DatelineNormalizer
import Foundation

/// Finds and reads articles from paths: files of any `ArticleFormat`, directories (walked
/// recursively for files with a known extension, in sorted order), or `"-"` for stdin.
///
/// ```swift
/// let articles = try ArticleLoader().load(paths: ["Samples", "saved/ferry.html"])
/// ```
public struct ArticleLoader: Sendable {
    /// The extensions (lower-cased) of the files taken from a directory.
    public static let articleExtensions: Set<String> = ArticleFormat.allFileExtensions

    /// How deep directories are walked.
    public static let maximumDepth = 32

    /// The reader used for each single-article file.
    public var reader: ArticleReader
    /// The reader used for each line of a JSON Lines file.
    public var recordReader: JSONLinesRecordReader
    private let readStandardInput: @Sendable () -> [UInt8]

    /// A loader that reads `"-"` from the process's standard input.
    public init(reader: ArticleReader = .init(), recordReader: JSONLinesRecordReader = .init()) {
        self.init(reader: reader, recordReader: recordReader, standardInput: { Self.standardInputBytes() })
    }

    /// A loader that takes the bytes for `"-"` from `standardInput` instead of the process's stdin (for tests and embedding).
    /// More than `InputLimits.maximumDocumentBytes` bytes give `ArticleError.tooLarge`.
    public init(reader: ArticleReader = .init(), recordReader: JSONLinesRecordReader = .init(), standardInput: @escaping @Sendable () -> [UInt8]) {
        self.reader = reader
        self.recordReader = recordReader
        self.readStandardInput = standardInput
    }

    /// Reads every article `paths` stand for, in order. `published` (from `--published`) overrides the
    /// dates in the text. With `requireDate`, an article without a date throws `missingPublicationDate`.
    /// A bad JSON Lines record throws its `invalidRecord` error; `loadAll` skips such records instead.
    /// Article ids are made unique: a second `notes` becomes `notes-2`.
    public func load(paths: [String], published: CalendarDate? = nil, requireDate: Bool = true) throws(ArticleError) -> [Article] {
        let result = try loadAll(paths: paths, published: published, requireDate: requireDate)
        if let first = result.skipped.first { throw first }
        return result.articles
    }

    /// Like `load`, but a JSON Lines record that cannot be used (bad JSON, no text, no date when one is
    /// required) is skipped and reported in `skipped`, so the rest of the batch is kept.
    public func loadAll(paths: [String], published: CalendarDate? = nil, requireDate: Bool = true) throws(ArticleError) -> ArticleLoad {
        var load = ArticleLoad()
        var usedIDs: Set<String> = []
        func add(_ article: Article) {
            var article = article
            if usedIDs.contains(article.id) {
                var n = 2
                while usedIDs.contains("\(article.id)-\(n)") { n += 1 }
                article.id = "\(article.id)-\(n)"
            }
            usedIDs.insert(article.id)
            load.articles.append(article)
        }
        for path in try articlePaths(for: paths) {
            let bytes = path == "-" ? try Self.withinLimit(readStandardInput(), path: path) : try Self.readFile(path)
            if ArticleFormat(path: path, bytes: bytes) == .jsonLines {
                try InputBytes.check(bytes, path: path)
                let lines = Self.lines(of: bytes).filter { !$0.isBlank }
                if lines.isEmpty { throw .emptyBatch(path: path) }
                for line in lines {
                    do throws(ArticleError) {
                        let article = try recordReader.read(line, path: path, published: published)
                        if requireDate && article.published == nil {
                            throw .invalidRecord(path: path, line: line.number, reason: "no publication date; add a 'published' field or pass --published")
                        }
                        add(article)
                    } catch {
                        load.skipped.append(error)
                    }
                }
                continue
            }
            let article = try reader.read(bytes, path: path, published: published)
            if requireDate && article.published == nil { throw .missingPublicationDate(path: path) }
            add(article)
        }
        return load
    }

    /// The files `paths` stand for, in order: files as given, each directory replaced by the files
    /// with a known extension below it (not hidden; names sorted, each folder's files and
    /// subfolders in one sorted list), `"-"` kept.
    public func articlePaths(for paths: [String]) throws(ArticleError) -> [String] {
        let files = FileManager.default
        var result: [String] = []
        for path in paths {
            if path == "-" { result.append(path); continue }
            var isDirectory: ObjCBool = false
            guard files.fileExists(atPath: path, isDirectory: &isDirectory) else { throw .fileNotFound(path: path) }
            guard isDirectory.boolValue else { result.append(path); continue }
            var visited: Set<String> = []
            let found = try Self.walk(path, depth: 0, visited: &visited)
            guard !found.isEmpty else { throw .noArticlesInDirectory(path: path) }
            result += found
        }
        return result
    }

    /// The article files below `directory`, depth first in name order; symbolic-link loops are walked once.
    private static func walk(_ directory: String, depth: Int, visited: inout Set<String>) throws(ArticleError) -> [String] {
        let files = FileManager.default
        let real = URL(fileURLWithPath: directory).resolvingSymlinksInPath().path
        guard depth <= maximumDepth, visited.insert(real).inserted else { return [] }
        let names: [String]
        do {
            names = try files.contentsOfDirectory(atPath: directory)
        } catch {
            throw .unreadable(path: directory, reason: reason(for: error, path: directory))
        }
        let prefix = directory.hasSuffix("/") ? directory : directory + "/"
        var result: [String] = []
        for name in names.sorted() where !name.hasPrefix(".") {
            let path = prefix + name
            var isDirectory: ObjCBool = false
            guard files.fileExists(atPath: path, isDirectory: &isDirectory) else { continue }
            if isDirectory.boolValue {
                result += try walk(path, depth: depth + 1, visited: &visited)
            } else if let ext = ArticleFormat.fileExtension(of: name), articleExtensions.contains(ext.lowercased()) {
                result.append(path)
            }
        }
        return result
    }

    /// The lines of a whole JSON Lines file held in memory.
    static func lines(of bytes: [UInt8]) -> [JSONLinesLine] {
        var result: [JSONLinesLine] = []
        var start = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        var number = 0
        while start < bytes.count {
            number += 1
            guard let newline = bytes[start...].firstIndex(of: 0x0A) else {
                result.append(JSONLinesLine(number: number, bytes: Array(bytes[start...]), terminated: false))
                break
            }
            var end = newline
            if end > start, bytes[end - 1] == 0x0D { end -= 1 }
            result.append(JSONLinesLine(number: number, bytes: Array(bytes[start..<end])))
            start = newline + 1
        }
        return result
    }

    /// The bytes of a file, refusing one larger than `limit` (by default `InputLimits.maximumDocumentBytes`)
    /// before reading it: a regular file by its size, anything else (a pipe, a device) after `limit + 1` bytes.
    public static func readFile(_ path: String, limit: Int = InputLimits.maximumDocumentBytes) throws(ArticleError) -> [UInt8] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { throw .fileNotFound(path: path) }
        if isDirectory.boolValue { throw .unreadable(path: path, reason: "it is a directory") }
        let handle: FileHandle
        do {
            handle = try FileHandle(forReadingFrom: URL(fileURLWithPath: path))
        } catch {
            throw .unreadable(path: path, reason: reason(for: error, path: path))
        }
        defer { try? handle.close() }
        var info = stat()
        if fstat(handle.fileDescriptor, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG, Int(info.st_size) > limit {
            throw .tooLarge(path: path, bytes: Int(info.st_size), limit: limit)
        }
        let bytes: [UInt8]
        do {
            bytes = [UInt8](try handle.read(upToCount: limit + 1) ?? Data())
        } catch {
            throw .unreadable(path: path, reason: reason(for: error, path: path))
        }
        if bytes.count > limit { throw .tooLarge(path: path, bytes: bytes.count, limit: limit) }
        return bytes
    }

    /// The bytes of the file at `path`, or of standard input for `"-"`; more than
    /// `InputLimits.maximumDocumentBytes` bytes give `ArticleError.tooLarge`.
    public static func readInput(_ path: String) throws(ArticleError) -> [UInt8] {
        path == "-" ? try withinLimit(standardInputBytes(), path: path) : try readFile(path)
    }

    /// `bytes`, or `tooLarge` when they are more than `InputLimits.maximumDocumentBytes`.
    private static func withinLimit(_ bytes: [UInt8], path: String) throws(ArticleError) -> [UInt8] {
        let limit = InputLimits.maximumDocumentBytes
        if bytes.count > limit { throw .tooLarge(path: path, bytes: bytes.count, limit: limit) }
        return bytes
    }

    /// The process's standard input, up to `limit + 1` bytes (so that an endless stream still stops):
    /// more than `limit` bytes is for the caller to refuse.
    public static func standardInputBytes(limit: Int = InputLimits.maximumDocumentBytes) -> [UInt8] {
        [UInt8]((try? FileHandle.standardInput.read(upToCount: limit + 1)) ?? Data())
    }

    private static func reason(for error: any Error, path: String) -> String {
        if !FileManager.default.isReadableFile(atPath: path) { return "permission denied" }
        let nsError = error as NSError
        if let underlying = nsError.userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain,
           let message = strerror(Int32(underlying.code)) {
            return String(cString: message).lowercased()
        }
        return nsError.localizedDescription
    }
}
