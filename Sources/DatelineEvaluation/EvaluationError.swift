import DatelineArticles

/// Why an evaluation could not be run. `description` is one line naming the file or folder and the fix.
public enum EvaluationError: Error, Equatable, CustomStringConvertible {
    /// A TimeML file could not be read.
    case document(TimeMLError)
    /// The folder does not exist (or is not a folder).
    case folderNotFound(path: String)
    /// The folder could not be listed.
    case unreadableFolder(path: String, reason: String)
    /// The folder holds no `.tml` / `.TE3input` files, and no subfolders that do.
    case noDocuments(path: String)
    /// A gold document has no system document with the same name.
    case missingSystemDocument(gold: String, name: String)
    /// Two gold (or two system) documents have the same name.
    case duplicateDocument(name: String)
    /// The system document's `<TEXT>` differs from the gold one, first at this UTF-8 byte (line is 1-based, in `<TEXT>`).
    case textMismatch(gold: String, system: String, offset: Int, line: Int)

    public var description: String {
        switch self {
        case .document(let error):
            return error.description
        case .folderNotFound(let path):
            return "\(path): no such folder; pass a folder of TimeML (.tml) files"
        case .unreadableFolder(let path, let reason):
            return "\(path): cannot list the folder (\(reason)); check its permissions"
        case .noDocuments(let path):
            return "\(path): no .tml or .TE3input files here or in its subfolders; pass a folder of TimeML files"
        case .missingSystemDocument(let gold, let name):
            return "\(gold): no system document named \(name); the system folder needs one output file per gold file, with the same name"
        case .duplicateDocument(let name):
            return "\(name): two documents have this name; keep one file per document"
        case .textMismatch(let gold, let system, let offset, let line):
            return "\(system): <TEXT> differs from \(gold) at line \(line) of <TEXT> (byte \(offset)); a tagger must not change the text"
        }
    }
}
