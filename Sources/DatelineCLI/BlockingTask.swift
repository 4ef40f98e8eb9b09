import Foundation

/// Runs async work from synchronous code by waiting on a semaphore. Only for the CLI's main thread,
/// which is not one of the concurrency pool's threads, so the work can always make progress.
enum BlockingTask {
    /// The result of `body`, run in a detached task.
    static func run<T: Sendable>(_ body: @escaping @Sendable () async throws -> T) throws -> T {
        let box = ResultBox<T>()
        let done = DispatchSemaphore(value: 0)
        Task.detached {
            do { box.set(.success(try await body())) } catch { box.set(.failure(error)) }
            done.signal()
        }
        done.wait()
        return try box.get()
    }

    /// Holds a result handed from the task to the waiting thread.
    private final class ResultBox<T: Sendable>: @unchecked Sendable {
        private let lock = NSLock()
        private var result: Result<T, any Error>?

        func set(_ value: Result<T, any Error>) {
            lock.lock()
            result = value
            lock.unlock()
        }

        func get() throws -> T {
            lock.lock()
            defer { lock.unlock() }
            guard let result else { fatalError("BlockingTask finished without a result") }
            return try result.get()
        }
    }
}
