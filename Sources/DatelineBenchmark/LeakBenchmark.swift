// Memory under repeated rendering: renders N HTML pages of an E-event timeline through libxml2
// (parse the template, clone, fill, serialize), parses each page back and queries it with XPath,
// and prints resident memory after a warm-up and after the N pages, so a leak in the libxml2
// layer shows as growth. `DatelineBenchmark leak [N] [E]` runs only this (defaults: 10,000 pages
// of 20 events); the test suite runs it that way, on smaller pages, and checks the growth.
import Dateline
import DatelineXML
import Foundation

enum LeakBenchmark {
    /// Pages rendered before the first reading, so caches and allocator pools are in place.
    static let warmUp = 500

    static func run(pages: Int, events: Int = 20) {
        let templates = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Templates")
        guard let template = FileManager.default.contents(atPath: templates.appendingPathComponent("timeline.html").path) else {
            print("leak: Templates/timeline.html not found")
            return
        }
        let renderer = HTMLTimelineRenderer(template: [UInt8](template))
        let timeline = RenderBenchmark.makeTimeline(events: events)
        var checksum = 0
        func renderOne() {
            autoreleasepool {
                guard let page = try? renderer.render(timeline),
                      let document = try? MarkupDocument.html(Array(page.utf8)),
                      let events = try? document.select("//li[contains(@class, 'event')]") else { return }
                checksum &+= page.utf8.count &+ events.count
            }
        }
        for _ in 0..<warmUp { renderOne() }
        let before = residentMemoryKB()
        let clock = ContinuousClock()
        let elapsed = clock.measure { for _ in 0..<pages { renderOne() } }
        let after = residentMemoryKB()
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        print(String(format: "leak: %d pages of %d events rendered, parsed back and queried in %.2f s = %.0f pages/s (checksum %d)",
                     pages, timeline.events.count, seconds, Double(pages) / max(seconds, 1e-9), checksum))
        print("leak: resident memory after \(warmUp) warm-up pages \(before) KB, after \(pages) more \(after) KB (\(after - before >= 0 ? "+" : "")\(after - before) KB)")
    }
}

#if !canImport(ObjectiveC)
/// Linux has no autorelease pool; the body just runs.
func autoreleasepool<Result>(invoking body: () throws -> Result) rethrows -> Result { try body() }
#endif
