import DatelineNormalizer
import Foundation

/// Finds and reads articles from paths: files, directories (their `*.txt` and `*.md` files,
/// non-recursive, sorted by name), or `"-"` for stdin.
public struct ArticleLoader: Sendable {
    /// The extensions (lower-cased) of the files taken from a directory.
    public static let articleExtensions: Set<String> = ["txt", "md"]

    /// The reader used for each file.
    public var reader: PlainTextArticleReader
    private let readStandardInput: @Sendable () -> [UInt8]

    /// A loader that reads `"-"` from the process's standard input.
    public init(reader: PlainTextArticleReader = .init()) {
        self.init(reader: reader, standardInput: { [UInt8](FileHandle.standardInput.readDataToEndOfFile()) })
    }

    /// A loader that takes the bytes for `"-"` from `standardInput` instead of the process's stdin (for tests and embedding).
    public init(reader: PlainTextArticleReader = .init(), standardInput: @escaping @Sendable () -> [UInt8]) {
        self.reader = reader
        self.readStandardInput = standardInput
    }

    /// Reads every article `paths` stand for, in order. `published` (from `--published`) overrides the
    /// dates in the text. With `requireDate`, an article without a date throws `missingPublicationDate`.
    /// Article ids are made unique: a second `notes` becomes `notes-2`.
    public func load(paths: [String], published: CalendarDate? = nil, requireDate: Bool = true) throws(ArticleError) -> [Article] {
        var articles: [Article] = []
        var usedIDs: Set<String> = []
        for path in try articlePaths(for: paths) {
            let bytes = path == "-" ? readStandardInput() : try Self.readFile(path)
            var article = try reader.read(bytes, path: path, published: published)
            if requireDate && article.published == nil { throw .missingPublicationDate(path: path) }
            if usedIDs.contains(article.id) {
                var n = 2
                while usedIDs.contains("\(article.id)-\(n)") { n += 1 }
                article.id = "\(article.id)-\(n)"
            }
            usedIDs.insert(article.id)
            articles.append(article)
        }
        return articles
    }

    /// The files `paths` stand for, in order: files as given, each directory replaced by its
    /// `*.txt` and `*.md` files (not hidden, non-recursive, sorted by name), `"-"` kept.
    public func articlePaths(for paths: [String]) throws(ArticleError) -> [String] {
        let files = FileManager.default
        var result: [String] = []
        for path in paths {
            if path == "-" { result.append(path); continue }
            var isDirectory: ObjCBool = false
            guard files.fileExists(atPath: path, isDirectory: &isDirectory) else { throw .fileNotFound(path: path) }
            guard isDirectory.boolValue else { result.append(path); continue }

            let names: [String]
            do {
                names = try files.contentsOfDirectory(atPath: path)
            } catch {
                throw .unreadable(path: path, reason: Self.reason(for: error, path: path))
            }
            let prefix = path.hasSuffix("/") ? path : path + "/"
            let found = names.sorted().compactMap { name -> String? in
                guard !name.hasPrefix("."), let dot = name.lastIndex(of: "."),
                      Self.articleExtensions.contains(name[name.index(after: dot)...].lowercased()) else { return nil }
                var isDir: ObjCBool = false
                guard files.fileExists(atPath: prefix + name, isDirectory: &isDir), !isDir.boolValue else { return nil }
                return prefix + name
            }
            guard !found.isEmpty else { throw .noArticlesInDirectory(path: path) }
            result += found
        }
        return result
    }

    /// The bytes of a file.
    static func readFile(_ path: String) throws(ArticleError) -> [UInt8] {
        do {
            let handle = try FileHandle(forReadingFrom: URL(fileURLWithPath: path))
            defer { try? handle.close() }
            return [UInt8](try handle.readToEnd() ?? Data())
        } catch {
            throw .unreadable(path: path, reason: reason(for: error, path: path))
        }
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
