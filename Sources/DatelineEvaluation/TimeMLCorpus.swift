import DatelineArticles
import DatelineNormalizer
import Foundation

/// A folder of TimeML documents, as the evaluation reads it.
public struct TimeMLCorpus: Sendable {
    /// One set of documents: the `.tml` / `.TE3input` files directly in one folder.
    public struct Collection: Sendable {
        /// The folder's name (`TimeBank`).
        public var name: String
        /// The folder's path as given.
        public var path: String
        /// The documents, sorted by file name.
        public var documents: [TimeMLDocument]
    }

    /// The sets: the folder itself when it holds TimeML files, then each subfolder (sorted by
    /// name, one level down) that holds them. TBAQ-cleaned gives `AQUAINT` and `TimeBank`.
    public var collections: [Collection]

    /// Reads every TimeML file in `folder` and its subfolders (one level).
    public init(folder: String) throws(EvaluationError) {
        var collections: [Collection] = []
        let direct = try Self.timeMLFiles(in: folder)
        if !direct.isEmpty {
            collections.append(Collection(name: Self.lastComponent(folder), path: folder, documents: try Self.read(direct)))
        }
        for subfolder in try Self.subfolders(of: folder) {
            let files = try Self.timeMLFiles(in: subfolder)
            if files.isEmpty { continue }
            collections.append(Collection(name: Self.lastComponent(subfolder), path: subfolder, documents: try Self.read(files)))
        }
        guard !collections.isEmpty else { throw .noDocuments(path: folder) }
        self.collections = collections
    }

    /// Reads the documents of one folder only (no subfolders); the folder may hold none.
    public static func documents(in folder: String) throws(EvaluationError) -> [TimeMLDocument] {
        try read(try timeMLFiles(in: folder))
    }

    /// The `.tml` / `.TE3input` files directly in `folder` (not hidden), sorted by name.
    public static func timeMLFiles(in folder: String) throws(EvaluationError) -> [String] {
        try entries(of: folder).filter { path in
            var isDirectory: ObjCBool = false
            return TimeMLDocument.hasTimeMLExtension(path)
                && FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && !isDirectory.boolValue
        }
    }

    private static func subfolders(of folder: String) throws(EvaluationError) -> [String] {
        try entries(of: folder).filter { path in
            var isDirectory: ObjCBool = false
            return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue
        }
    }

    private static func entries(of folder: String) throws(EvaluationError) -> [String] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw .folderNotFound(path: folder)
        }
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: folder)
        } catch {
            throw .unreadableFolder(path: folder, reason: FileManager.default.isReadableFile(atPath: folder) ? "read error" : "permission denied")
        }
        let prefix = folder.hasSuffix("/") ? folder : folder + "/"
        return names.filter { !$0.hasPrefix(".") }.sorted().map { prefix + $0 }
    }

    private static func read(_ files: [String]) throws(EvaluationError) -> [TimeMLDocument] {
        var documents: [TimeMLDocument] = []
        for file in files {
            do {
                documents.append(try TimeMLDocument.read(contentsOf: file))
            } catch {
                throw .document(error)
            }
        }
        return documents
    }

    private static func lastComponent(_ path: String) -> String {
        let name = URL(fileURLWithPath: path).standardizedFileURL.lastPathComponent
        return name.isEmpty ? path : name
    }
}

extension TimeMLDocument {
    /// This document's text as `tagger` annotates it, resolved against the creation time (or
    /// `publicationDate` when given): a system document to score against this one.
    public func tagged(by tagger: TemporalTagger, publicationDate: CalendarDate? = nil) -> TimeMLDocument {
        let timexes = tagger.tag(text, publicationDate: publicationDate ?? creationTime).map { timex in
            TimeMLTimex(range: timex.range, text: timex.text, type: timex.type.rawValue,
                        value: timex.value.description, mod: timex.mod?.rawValue)
        }
        return TimeMLDocument(path: path, text: text, creationTime: creationTime, creationTimeValue: creationTimeValue,
                              creationTimeID: creationTimeID, timexes: timexes)
    }
}
