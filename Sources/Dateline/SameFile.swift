import Foundation

/// Tells whether an output path would land on an input: the same path once `.`, `..` and symbolic
/// links are resolved, or the same file under another name (a hard link, a bind mount).
public enum SameFile {
    /// A regular file's device and inode: equal for every name of one file.
    public struct Identity: Hashable, Sendable {
        let device: UInt64
        let inode: UInt64
    }

    /// True when writing to `output` would replace or change the file at `input`.
    public static func check(_ output: String, _ input: String) -> Bool {
        if resolved(output) == resolved(input) { return true }
        guard let a = identity(output), let b = identity(input) else { return false }
        return a == b
    }

    /// Throws `wouldOverwriteInput` when writing `output` would land on one of `inputs` (`"-"`, standard
    /// input, is never one).
    public static func refuseOverwriting(_ inputs: [String], with output: String) throws(OutputError) {
        for input in inputs where input != "-" && check(output, input) {
            throw .wouldOverwriteInput(path: output)
        }
    }

    /// The identity of the regular file at `path`, or nil when there is none.
    public static func identity(_ path: String) -> Identity? {
        var info = stat()
        guard stat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { return nil }
        return Identity(device: UInt64(info.st_dev), inode: UInt64(info.st_ino))
    }

    /// The absolute path with `.`, `..` and symbolic links resolved.
    public static func resolved(_ path: String) -> String {
        URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath().path
    }
}
