import Foundation

/// Maps a stream of inputs on all cores and hands the results back in input order, with bounded
/// memory: inputs are taken in chunks, and at most `window` chunks are read but not yet emitted.
///
/// ```swift
/// var lines = reader.makeIterator()
/// try await OrderedParallelMap().run(next: { lines.next() }, transform: { tag($0) }, emit: { write($0) })
/// ```
public struct OrderedParallelMap: Sendable {
    /// How many chunks may be read ahead of the first one not yet emitted.
    public var window: Int
    /// How many inputs one task maps.
    public var chunkSize: Int

    /// Defaults: chunks of 16 inputs, four chunks per core in flight.
    public init(window: Int = 4 * OrderedParallelMap.coreCount, chunkSize: Int = 16) {
        precondition(window >= 1 && chunkSize >= 1, "window and chunkSize must be positive")
        self.window = window
        self.chunkSize = chunkSize
    }

    /// The number of active processor cores.
    public static var coreCount: Int { max(1, ProcessInfo.processInfo.activeProcessorCount) }

    /// Pulls inputs with `next` (nil ends the stream), maps them with `transform` in child tasks, and
    /// calls `emit` with each result in input order. `next` and `emit` run on the calling task.
    /// An error thrown by `emit` stops the run (tasks in flight are cancelled) and is rethrown.
    public func run<Input: Sendable, Output: Sendable>(
        next: () -> Input?,
        transform: @escaping @Sendable (Input) -> Output,
        emit: (Output) throws -> Void
    ) async throws {
        try await withThrowingTaskGroup(of: (Int, [Output]).self) { group in
            var launched = 0
            var emitted = 0
            var exhausted = false
            var finished: [Int: [Output]] = [:]

            func launch() {
                var chunk: [Input] = []
                chunk.reserveCapacity(chunkSize)
                while chunk.count < chunkSize, let input = next() { chunk.append(input) }
                if chunk.count < chunkSize { exhausted = true }
                guard !chunk.isEmpty else { return }
                let index = launched
                launched += 1
                group.addTask { (index, chunk.map(transform)) }
            }

            while !exhausted && launched - emitted < window { launch() }
            while let (index, outputs) = try await group.next() {
                finished[index] = outputs
                while let ready = finished.removeValue(forKey: emitted) {
                    for output in ready { try emit(output) }
                    emitted += 1
                }
                while !exhausted && launched - emitted < window { launch() }
            }
        }
    }
}
