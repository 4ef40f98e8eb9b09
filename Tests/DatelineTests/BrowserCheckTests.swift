import Foundation
import Testing

/// The sample timeline in a real browser: every event present in order with its label, and a
/// screenshot that is not blank. Runs where Debian's `chromium` is installed (`.ci/run` installs it).
@Suite("Browser check", .enabled(if: BrowserCheck.chromiumIsInstalled, "chromium is not installed"))
struct BrowserCheckTests {
    @Test func sampleTimelineRendersInChromium() throws {
        let executable = try #require(CommandRunner.executable)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/bash")
        process.arguments = [CommandRunner.projectRoot.appendingPathComponent(".ci/browser-check").path]
        process.currentDirectoryURL = CommandRunner.projectRoot
        var environment = ProcessInfo.processInfo.environment
        environment["DATELINE"] = executable.path
        process.environment = environment
        let output = Pipe()
        process.standardOutput = output
        process.standardError = output
        try process.run()
        let log = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "browser check failed:\n\(log)")
    }
}

enum BrowserCheck {
    static let chromiumIsInstalled = ["/usr/bin/chromium", "/usr/bin/chromium-browser"].contains {
        FileManager.default.isExecutableFile(atPath: $0)
    }
}
