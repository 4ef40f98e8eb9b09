import DatelineTimeline
import Foundation

/// Renders a timeline as pretty-printed JSON with sorted keys, so equal input gives equal bytes.
/// The JSON form carries `"version": 1` and everything the XML timeline document carries, so
/// `TimelineDocumentReader` reads it back (see `Templates/README.md`).
public struct JSONTimelineRenderer: Sendable {
    public init() {}

    public func render(_ timeline: Timeline) -> String {
        EmbeddableJSON.encode(TimelineRecord(timeline))
    }
}
