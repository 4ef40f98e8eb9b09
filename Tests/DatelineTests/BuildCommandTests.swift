import Dateline
import DatelineXML
import Foundation
import Testing

/// `dateline build` end to end, through the real executable.
@Suite("dateline build")
struct BuildCommandTests {
    let sample = CommandRunner.projectRoot.appendingPathComponent("Samples/ferry-line.txt").path

    @Test func writesAnHTMLPageInDateOrder() throws {
        let folder = try CommandRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = folder.appendingPathComponent("ferry.html").path
        let result = try CommandRunner.run(["build", sample, "-o", output])
        #expect(result.status == 0, "stderr: \(result.stderr)")
        let page = try String(contentsOfFile: output, encoding: .utf8)
        #expect(page.hasPrefix("<!DOCTYPE html>"))
        #expect(page.contains("<title>Timeline: Calder Bay Ferry Suspends Night Crossings After Engine Failure</title>"))
        // Labels at their own granularity, in date order.
        let labels = ["May 2025", "Earlier in June 2025", "June 25, 2025", "June 26, 2025", "July 2025"]
        let main = try #require(page.range(of: "<main>")).upperBound
        let positions = labels.map { page.range(of: ">\($0)<", range: main..<page.endIndex)?.lowerBound }
        #expect(positions.allSatisfy { $0 != nil }, "missing labels in page")
        let found = positions.compactMap { $0 }
        #expect(found == found.sorted(), "labels out of order")
        // Every marker is gone, and the expression is highlighted in its sentence.
        #expect(!page.contains("data-slot") && !page.contains("data-template") && !page.contains("data-field"))
        #expect(page.contains("<mark>June 25</mark>"))
        #expect(page.contains("datetime=\"2025-06-25\""))
    }

    @Test func pageParsesWithoutErrors() throws {
        let result = try CommandRunner.run(["build", sample, "-o", "-"])
        #expect(result.status == 0)
        let problems = MarkupDocument.htmlDiagnostics(Array(result.stdout.utf8)).filter { !HTML5.isUnknownTagNotice($0.message) }
        #expect(problems.isEmpty, "\(problems)")
        #expect(!result.stdout.isEmpty)
    }

    @Test("every format is byte-identical across runs", arguments: ["html", "markdown", "json", "xml"])
    func deterministic(format: String) throws {
        let first = try CommandRunner.run(["build", "Samples", "--format", format, "-o", "-"])
        let second = try CommandRunner.run(["build", "Samples", "--format", format, "-o", "-"])
        #expect(first.status == 0, "stderr: \(first.stderr)")
        #expect(!first.stdout.isEmpty)
        #expect(first.stdout == second.stdout)
    }

    @Test func defaultOutputGoesToOutputFolder() throws {
        let folder = try CommandRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let article = folder.appendingPathComponent("Town Hall.txt")
        try Data("Published: 2025-03-02\n\nThe council met on Tuesday. It will vote next month.\n".utf8).write(to: article)
        let result = try CommandRunner.run(["build", article.path, "--format", "markdown"], in: folder)
        #expect(result.status == 0, "stderr: \(result.stderr)")
        let written = try String(contentsOf: folder.appendingPathComponent("Output/town-hall.md"), encoding: .utf8)
        #expect(written.contains("**February 25, 2025**"))
        #expect(written.contains("**April 2025** _(upcoming)_"))
    }

    @Test func jsonCarriesValuesAndIntervals() throws {
        let result = try CommandRunner.run(["build", sample, "--format", "json", "-o", "-"])
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let events = try #require(json["events"] as? [[String: Any]])
        let values = events.compactMap { ($0["when"] as? [String: Any])?["value"] as? String }
        #expect(values.first == "2025-05")
        #expect(values.contains("2025-06-25"))
        let june25 = try #require(events.first { ($0["when"] as? [String: Any])?["value"] as? String == "2025-06-25" })
        #expect(june25["start"] as? String == "2025-06-25")
        #expect(june25["end"] as? String == "2025-06-26")
    }

    @Test func xmlIsWellFormedTimelineDocument() throws {
        let result = try CommandRunner.run(["build", sample, "--format", "xml", "-o", "-"])
        let document = try MarkupDocument.xml(Array(result.stdout.utf8))
        let events = try document.select("/timeline/events/event")
        #expect(events.count == 7)
        #expect(try document.select("/timeline/events/event/sentence/timex").count == 7)
    }
}

/// libxml2 2.9 predates HTML5 and reports its elements as unknown; those notices are not errors in the page.
enum HTML5 {
    static let elements: Set<String> = ["header", "nav", "main", "footer", "section", "article", "aside", "time", "mark",
                                        "svg", "line", "rect", "text", "figure", "figcaption"]

    static func isUnknownTagNotice(_ message: String) -> Bool {
        guard message.hasPrefix("Tag "), message.hasSuffix(" invalid") else { return false }
        let name = message.dropFirst(4).dropLast(8)
        return elements.contains(String(name))
    }
}
