/// Hands out a batch's items one at a time: the lines of each JSON Lines input (and of `"-"`),
/// read as they are asked for, and each other file whole.
struct BatchSource {
    private var paths: [String]
    private var index = 0
    private var reader: JSONLinesLineReader?
    /// Bytes of finished JSON Lines inputs and of files handed out.
    private var finishedBytes = 0

    init(paths: [String]) {
        self.paths = paths
    }

    /// Input bytes read so far.
    var bytesRead: Int { finishedBytes + (reader?.bytesRead ?? 0) }

    /// The next item, skipping blank lines; nil at the end.
    mutating func next() -> BatchItem? {
        while true {
            if let reader {
                if let line = reader.next() {
                    if line.isBlank { continue }
                    return .line(path: reader.path, line)
                }
                finishedBytes += reader.bytesRead
                self.reader = nil
            }
            guard index < paths.count else { return nil }
            let path = paths[index]
            index += 1
            let isBatch = path == "-" || ArticleFormat(extensionOf: path) == .jsonLines
            guard isBatch else { return .file(path: path) }
            do {
                reader = try JSONLinesLineReader(path: path)
            } catch {
                return .unreadable(error)
            }
        }
    }
}
