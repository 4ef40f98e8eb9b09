import Foundation

/// The temporary files this process is writing: each `StreamingFileWriter`'s, from before it is
/// created until it is renamed over its target or removed. A signal handler calls
/// `removeAllBeforeExit()` so that an interrupted run leaves no temporary file behind.
public enum TemporaryFiles {
    private static let registry = Registry()

    /// Records `path` before the file is created. Blocks for good once `removeAllBeforeExit()` has
    /// run, so no new temporary file appears while the process exits.
    static func add(_ path: String) { registry.add(path) }

    /// Forgets `path` once it has been renamed or removed.
    static func remove(_ path: String) { registry.remove(path) }

    /// A number not handed out before in this process, for unique temporary names.
    static func nextNumber() -> Int { registry.nextNumber() }

    /// The temporary files being written now, in no particular order.
    public static var paths: [String] { registry.paths }

    /// Removes every temporary file still being written and keeps the lock, so no writer can start
    /// another: call it only on the way out (`_exit` right after). Returns how many were removed.
    @discardableResult
    public static func removeAllBeforeExit() -> Int { registry.removeAllAndHold() }

    private final class Registry: @unchecked Sendable {
        private let lock = NSLock()
        private var live: Set<String> = []
        private var counter = 0

        func nextNumber() -> Int {
            lock.lock()
            defer { lock.unlock() }
            counter += 1
            return counter
        }

        func add(_ path: String) {
            lock.lock()
            live.insert(path)
            lock.unlock()
        }

        func remove(_ path: String) {
            lock.lock()
            live.remove(path)
            lock.unlock()
        }

        var paths: [String] {
            lock.lock()
            defer { lock.unlock() }
            return Array(live)
        }

        func removeAllAndHold() -> Int {
            lock.lock()
            // A writer renaming its file at this moment either wins (the target is complete and
            // this unlink finds nothing) or loses (its rename fails, and the process is exiting).
            var removed = 0
            for path in live where unlink(path) == 0 { removed += 1 }
            live.removeAll()
            return removed
        }
    }
}
