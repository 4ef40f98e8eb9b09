import Foundation
import Testing

/// No leaks in the libxml2 layer: rendering 10,000 pages (each parsed back and queried with XPath)
/// leaves resident memory where it was after a warm-up.
///
/// The loop runs in `DatelineBenchmark leak`, in a process of its own, because the tests of this
/// process run in parallel and move its memory. Pages have 2 events, to keep the debug build under
/// about 15 seconds; `DatelineBenchmark leak` alone renders 10,000 pages of 20 events. A leaked
/// page, document or node tree per render would add tens of megabytes.
@Suite("Rendering memory")
struct RenderingMemoryTests {
    /// Growth allowed for allocator noise: about 300 bytes a page.
    static let slackKB = 3_000

    @Test func tenThousandPagesLeaveResidentMemoryFlat() throws {
        let benchmark = try #require(Self.benchmark, "DatelineBenchmark is not beside the test runner; run swift build --build-tests")
        let process = Process()
        process.executableURL = benchmark
        process.arguments = ["leak", "10000", "2"]
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        // "leak: resident memory after 500 warm-up pages 25004 KB, after 10000 more 25200 KB (+196 KB)"
        let line = try #require(text.split(separator: "\n").first { $0.hasPrefix("leak: resident memory") }, "\(text)")
        let numbers = line.split(whereSeparator: { !$0.isNumber }).compactMap { Int($0) }
        try #require(numbers.count >= 4, "\(line)")
        let (before, pages, after) = (numbers[1], numbers[2], numbers[3])
        #expect(pages == 10_000)
        #expect(before > 0 && after > 0, "no /proc/self/status here: \(line)")
        #expect(after - before < Self.slackKB, "resident memory grew by \(after - before) KB over \(pages) pages: \(line)")
        print(text, terminator: "")
    }

    /// The benchmark executable, beside the test runner in the build products folder.
    static let benchmark: URL? = {
        var candidates: [URL] = []
        if let runner = Bundle.main.executableURL { candidates.append(runner.deletingLastPathComponent().appendingPathComponent("DatelineBenchmark")) }
        candidates.append(URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("DatelineBenchmark"))
        candidates.append(SampleTimeline.projectRoot.appendingPathComponent(".build/debug/DatelineBenchmark"))
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }()
}
