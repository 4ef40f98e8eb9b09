import DatelineNormalizer
import DatelineTimeline
import DatelineXML

/// A thin proportional time axis: one tick per event along a line from the earliest to the
/// latest event, built as inline SVG nodes in code.
///
/// Class names follow the container's first class: in `<div class="axis">` the line is
/// `axis-line` and the ticks `axis-tick`; in a fragment's `dateline-axis`, `dateline-axis-line`.
struct TimeAxis {
    let timeline: Timeline
    let width = 600
    let height = 40

    func build(into container: MarkupNode) {
        let placements = timeline.events.compactMap(\.placement)
        guard let first = placements.map(\.start).min(), let last = placements.map(\.end).max(), last > first else { return }
        let span = Double(last.minutes - first.minutes)
        let base = container.attribute("class")?.split(separator: " ").first.map(String.init) ?? "axis"
        let svg = container.appendElement("svg", attributes: [
            "viewBox": "0 0 \(width) \(height)", "role": "img", "preserveAspectRatio": "none",
            "aria-label": "Distribution of events from \(DateLabel.day(first.date)) to \(DateLabel.day(last.adding(minutes: -1).date))",
        ])
        svg.appendElement("line", attributes: ["class": "\(base)-line", "x1": "0", "y1": "20", "x2": "\(width)", "y2": "20"])
        for placement in placements {
            let w = max(2.0, Double(placement.length) / span * Double(width))
            let x = min(Double(placement.start.minutes - first.minutes) / span * Double(width), Double(width) - w)
            svg.appendElement("rect", attributes: [
                "class": "\(base)-tick", "x": Self.number(x), "y": "14", "width": Self.number(w), "height": "12", "opacity": "0.45",
            ])
        }
        svg.appendElement("text", attributes: ["x": "0", "y": "38"], text: DateLabel.day(first.date))
        svg.appendElement("text", attributes: ["x": "\(width)", "y": "38", "text-anchor": "end"], text: DateLabel.day(last.adding(minutes: -1).date))
    }

    /// One decimal place, so output is stable.
    static func number(_ value: Double) -> String {
        let tenths = Int((value * 10).rounded())
        return "\(tenths / 10).\(abs(tenths % 10))"
    }
}
