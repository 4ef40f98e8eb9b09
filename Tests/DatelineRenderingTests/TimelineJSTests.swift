import DatelineNormalizer
import DatelineRendering
import DatelineTimeline
import Foundation
import Testing

/// The TimelineJS export: dates to the granularity known, escaped HTML text, stable ids.
@Suite("TimelineJS export")
struct TimelineJSTests {
    let timeline: Timeline = {
        let source = TimelineSource(id: "x", title: "Harbor <news>", published: CalendarDate(year: 2025, month: 6, day: 26)!)
        let text = "Last month, <script>alert(1)</script> crews dredged the channel. On June 25, the pier & docks reopened. "
            + "Storms hit last summer."
        return Timeline(title: "T", sources: [source], events: EventExtractor().events(in: text, source: source))
    }()

    func events() throws -> [[String: Any]] {
        let json = try #require(try JSONSerialization.jsonObject(with: Data(TimelineJSRenderer().render(timeline).utf8)) as? [String: Any])
        return try #require(json["events"] as? [[String: Any]])
    }

    @Test func datesStopAtTheKnownGranularity() throws {
        let events = try events()
        let starts = events.compactMap { $0["start_date"] as? [String: Int] }
        #expect(starts.contains(["year": 2025, "month": 5]))
        #expect(starts.contains(["year": 2025, "month": 6, "day": 25]))
        let summer = try #require(events.first { ($0["display_date"] as? String) == "Summer 2024" })
        #expect(summer["end_date"] as? [String: Int] == ["year": 2024, "month": 8])
    }

    @Test func textIsEscapedHTML() throws {
        let texts = try events().compactMap { ($0["text"] as? [String: String])?["text"] }
        #expect(texts.contains { $0.contains("&lt;script&gt;alert(1)&lt;/script&gt;") && $0.contains("<mark>Last month</mark>") })
        #expect(texts.contains { $0.contains("pier &amp; docks") })
        #expect(!texts.contains { $0.contains("<script>") })
    }

    @Test func idsAndGroupsComeFromTheTimeline() throws {
        let events = try events()
        #expect(events.compactMap { $0["unique_id"] as? String } == timeline.events.map(\.id))
        // TimelineJS sets the group label as inner HTML, so it is escaped like the texts.
        #expect(events.allSatisfy { ($0["group"] as? String) == "Harbor &lt;news&gt;" })
    }
}
