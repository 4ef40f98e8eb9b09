// Rendering speed: a 1,000-event timeline, built in code, rendered as an HTML page (the bar:
// under 50 ms in a release build), and for comparison as a fragment, Markdown, JSON and XML,
// and read back from XML. Prints the median of several runs.
import Dateline
import Foundation

enum RenderBenchmark {
    static func run() {
        let timeline = makeTimeline(events: 1_000)
        let templates = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Templates")
        guard let page = FileManager.default.contents(atPath: templates.appendingPathComponent("timeline.html").path),
              let fragment = FileManager.default.contents(atPath: templates.appendingPathComponent("fragment.html").path) else {
            print("render: Templates/timeline.html or fragment.html not found")
            return
        }
        let html = HTMLTimelineRenderer(template: [UInt8](page))
        let section = HTMLTimelineRenderer(template: [UInt8](fragment), fragment: true)
        let bytes = (try? html.render(timeline))?.utf8.count ?? 0
        print(String(format: "render %d events: %.1f ms (HTML page, %.0f KB, median of 20)",
                     timeline.events.count, median { _ = try? html.render(timeline) }, Double(bytes) / 1000))
        print(String(format: "render %d events as a fragment: %.1f ms", timeline.events.count, median { _ = try? section.render(timeline) }))
        print(String(format: "render %d events as Markdown: %.1f ms", timeline.events.count, median { _ = MarkdownTimelineRenderer().render(timeline) }))
        print(String(format: "render %d events as JSON: %.1f ms", timeline.events.count, median { _ = JSONTimelineRenderer().render(timeline) }))
        print(String(format: "render %d events as XML: %.1f ms", timeline.events.count, median { _ = XMLTimelineRenderer().render(timeline) }))
        let xml = Array(XMLTimelineRenderer().render(timeline).utf8)
        print(String(format: "read %d events from XML (validated): %.1f ms", timeline.events.count,
                     median { _ = try? TimelineDocumentReader().read(xml) }))
    }

    /// Milliseconds: the median of `runs` timed runs after one warm-up.
    static func median(runs: Int = 20, _ body: () -> Void) -> Double {
        body()
        let clock = ContinuousClock()
        let times = (0..<runs).map { _ -> Double in
            let elapsed = clock.measure(body)
            return Double(elapsed.components.seconds) * 1000 + Double(elapsed.components.attoseconds) / 1e15
        }.sorted()
        return times[runs / 2]
    }

    /// A deterministic timeline over five sources and ten years, with every kind of event.
    static func makeTimeline(events count: Int) -> Timeline {
        let published = CalendarDate(year: 2025, month: 6, day: 26)!
        let sources = (1...5).map {
            TimelineSource(id: "source-\($0)", title: "Harbor story number \($0): the ferry, the bridge and the budget",
                           url: "https://news.example.com/2025/06/\($0)", published: published)
        }
        let subjects = ["The council", "The harbor board", "A regional carrier", "The museum trust", "City engineers"]
        let verbs = ["approved a plan to widen the bridge", "reported a loss of $4.2 million", "opened talks with the union",
                     "delayed the vote on the new terminal", "hired 120 workers for the new plant"]
        var events: [Event] = []
        for index in 0..<count {
            let day = published.adding(days: -((index * 37) % 3_650))
            let value: TimexValue
            let kind: EventKind
            switch index % 5 {
            case 0: value = .day(day); kind = .point
            case 1: value = .month(year: day.year, month: day.month); kind = .point
            case 2: value = TimexValue.containing(day, at: .season); kind = .state
            case 3: value = .year(day.year); kind = .point
            default: value = .day(published.adding(days: index % 90 + 1)); kind = .upcoming
            }
            let expression = DateLabel.label(for: value)
            let before = "\(subjects[index % 5]) \(verbs[(index / 5) % 5]) in "
            let sentence = before + expression + ", officials said on Thursday, citing rising costs and weeks of debate."
            let local = before.utf8.count..<(before.utf8.count + expression.utf8.count)
            let offset = index * 200
            let timex = Timex(range: (offset + local.lowerBound)..<(offset + local.upperBound), text: expression, type: .date,
                              value: value, interval: value.interval, granularity: value.granularity, preposition: "in",
                              anchor: .publicationDate, tense: .past)
            events.append(Event(id: "event-\(index)", kind: kind, when: timex, placement: value.interval,
                                headline: "\(subjects[index % 5]) \(verbs[(index / 5) % 5])", sentence: sentence, timexRange: local,
                                sentenceRange: offset..<(offset + sentence.utf8.count), sourceID: sources[index % 5].id,
                                published: published))
        }
        return Timeline(title: "A thousand events", sources: sources, events: events)
    }
}
