import Foundation

/// Writes files whole or not at all: the bytes go to a temporary file in the same folder,
/// which is then renamed over the target.
public struct AtomicFileWriter: Sendable {
    public init() {}

    /// Writes `contents` to `path`, creating missing folders.
    public func write(_ contents: String, to path: String) throws(OutputError) {
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
        // A device or a pipe (/dev/null, /dev/stdout, a FIFO) is written to, never replaced.
        var status = stat()
        if stat(path, &status) == 0, (status.st_mode & S_IFMT) != S_IFREG {
            guard let handle = FileHandle(forWritingAtPath: path) else {
                throw .cannotWrite(path: path, reason: "it cannot be opened for writing")
            }
            handle.write(Data(contents.utf8))
            try? handle.close()
            return
        }
        let temporary = folder.appendingPathComponent(".\(url.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).tmp")
        do {
            try Data(contents.utf8).write(to: temporary)
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            throw .cannotWrite(path: path, reason: "the folder is not writable")
        }
        if rename(temporary.path, url.path) != 0 {
            let reason = String(cString: strerror(errno))
            try? FileManager.default.removeItem(at: temporary)
            throw .cannotWrite(path: path, reason: reason)
        }
    }
}

/// Why output could not be written.
public enum OutputError: Error, Equatable, CustomStringConvertible {
    case cannotWrite(path: String, reason: String)
    case wouldOverwriteInput(path: String)
    case templateNotFound(path: String?)

    public var description: String {
        switch self {
        case .cannotWrite(let path, let reason):
            return "\(path): cannot write the output (\(reason)); choose another path with -o"
        case .wouldOverwriteInput(let path):
            return "\(path): the output would overwrite an input article; choose another path with -o"
        case .templateNotFound(let path?):
            return "\(path): template not found; pass an existing file with --template"
        case .templateNotFound(nil):
            return "Templates/timeline.html not found; run from the project folder or pass --template PATH"
        }
    }
}
