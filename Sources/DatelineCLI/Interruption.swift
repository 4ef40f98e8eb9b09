import Dateline
import Foundation

/// SIGINT and SIGTERM for every command. Outside a batch, a signal removes the temporary files
/// being written (`TemporaryFiles`) and exits at once with 128 + the signal's number (130, 143),
/// so no half-written output is left. Inside `cooperating(_:)`, the first signal only sets a flag
/// that the batch loop checks between lines, so it can keep its checkpoint and say how to resume;
/// a second signal exits at once.
final class Interruption: @unchecked Sendable {
    static let shared = Interruption()

    private let lock = NSLock()
    private var received: Int32 = 0
    private var cooperatingDepth = 0
    private var sources: [DispatchSourceSignal] = []
    private let queue = DispatchQueue(label: "dateline.signals")

    /// Starts listening. Signals are handled on a queue of their own, never in signal context.
    func install() {
        for number in [SIGINT, SIGTERM] {
            // Ignored by the default handler, so the dispatch source alone sees it.
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: queue)
            source.setEventHandler { [unowned self] in self.handle(number) }
            source.resume()
            sources.append(source)
        }
    }

    /// The signal received while cooperating, if any.
    var receivedSignal: Int32? {
        lock.lock()
        defer { lock.unlock() }
        return received == 0 ? nil : received
    }

    /// True once a signal asked the current batch to stop.
    var isRequested: Bool { receivedSignal != nil }

    /// Runs `body` with signals turned into a request (`isRequested`) that it is trusted to check.
    func cooperating<T>(_ body: () throws -> T) rethrows -> T {
        lock.lock()
        cooperatingDepth += 1
        lock.unlock()
        defer {
            lock.lock()
            cooperatingDepth -= 1
            lock.unlock()
        }
        return try body()
    }

    private func handle(_ number: Int32) {
        lock.lock()
        let exitNow = cooperatingDepth == 0 || received != 0
        if !exitNow { received = number }
        lock.unlock()
        if exitNow { Self.exitRemovingTemporaryFiles(number) }
    }

    /// Removes every temporary file and exits with 128 + `number`, without running the rest of
    /// the program (other threads may be mid-write).
    static func exitRemovingTemporaryFiles(_ number: Int32) -> Never {
        let removed = TemporaryFiles.removeAllBeforeExit()
        let message = "dateline: interrupted by \(name(number))" + (removed > 0 ? "; the unfinished output was removed\n" : "\n")
        _ = message.withCString { Foundation.write(2, $0, strlen($0)) }
        _exit(exitStatus(number))
    }

    /// The exit status for a signal, as shells report it: 130 for SIGINT, 143 for SIGTERM.
    static func exitStatus(_ number: Int32) -> Int32 { 128 + number }

    /// `SIGINT`, `SIGTERM`.
    static func name(_ number: Int32) -> String {
        switch number {
        case SIGINT: "SIGINT"
        case SIGTERM: "SIGTERM"
        default: "signal \(number)"
        }
    }
}

/// A batch stopped by a signal, with its message already said; the command exits with `status`.
struct InterruptedRun: Error {
    let status: Int32
}
