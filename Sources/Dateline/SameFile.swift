import Foundation

/// Tells whether an output path would land on an input: the same path once `.`, `..` and symbolic
/// links are resolved, or the same file under another name (a hard link, a bind mount).
public enum SameFile {
    /// True when writing to `output` would replace or change the file at `input`.
    public static func check(_ output: String, _ input: String) -> Bool {
        if resolved(output) == resolved(input) { return true }
        var a = stat(), b = stat()
        guard stat(output, &a) == 0, stat(input, &b) == 0 else { return false }
        return a.st_dev == b.st_dev && a.st_ino == b.st_ino && (a.st_mode & S_IFMT) == S_IFREG
    }

    /// The absolute path with `.`, `..` and symbolic links resolved.
    public static func resolved(_ path: String) -> String {
        URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath().path
    }
}
