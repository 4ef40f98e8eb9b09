import Foundation

/// Writes files whole or not at all: the bytes go to a temporary file in the same folder,
/// which is then renamed over the target. Callers handle `-` (standard output) themselves.
public struct AtomicFileWriter: Sendable {
    public init() {}

    /// Writes `contents` to `path`, creating missing folders. A device or pipe (`/dev/null`) is
    /// written in place, never replaced. The work is `StreamingFileWriter`'s, whole in one write.
    public func write(_ contents: String, to path: String) throws(OutputError) {
        let output = try StreamingFileWriter(path: path)
        do {
            try output.write(contents)
            try output.finish()
        } catch {
            output.abandon()
            throw error
        }
    }
}

/// Why output could not be written.
public enum OutputError: Error, Equatable, CustomStringConvertible {
    case cannotWrite(path: String, reason: String)
    case wouldOverwriteInput(path: String)
    case templateNotFound(path: String?)
    /// The disk (or the user's quota) filled up while writing; the target was left as it was.
    case diskFull(path: String)
    /// `--resume` found a checkpoint left by a run with other options or inputs that have changed since.
    case checkpointMismatch(path: String)

    public var description: String {
        switch self {
        case .cannotWrite(let path, let reason):
            return "\(path): cannot write the output (\(reason)); choose another path with -o"
        case .wouldOverwriteInput(let path):
            return "\(path): the output would overwrite an input article; choose another path with -o"
        case .templateNotFound(let path?):
            return "\(path): template not found; pass an existing file with --template"
        case .diskFull(let path):
            return "\(path): cannot write the output (no space left on the device); nothing was replaced, free some space or choose another path with -o"
        case .checkpointMismatch(let path):
            return "\(path): the interrupted run's checkpoint was made with other options or inputs that have changed since; run without --resume to start over"
        case .templateNotFound(nil):
            return "Templates/timeline.html not found; run from the project folder or pass --template PATH"
        }
    }
}
