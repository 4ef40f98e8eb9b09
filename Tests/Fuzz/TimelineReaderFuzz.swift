// libFuzzer target for reading saved timelines back (`TimelineDocumentReader`: the XML document,
// validated against the RELAX NG schema with libxml2, and the JSON form). Properties: no crash; one
// line per error; the same result twice; and for a timeline that reads, writing it (XML and JSON)
// and reading that back is stable: the second write is byte-identical to the first, the two forms
// read back to the same timeline, and events stay inside their sentences. Built and run by .ci/fuzz.
import DatelineNormalizer
import DatelineRendering
import DatelineTimeline

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    let reader = TimelineDocumentReader()
    let timeline: Timeline
    do throws(RenderingError) {
        timeline = try reader.read(bytes)
    } catch {
        fuzzCheck(isOneLine(error.description), "error is not one line: \(error.description)")
        var again: RenderingError?
        do throws(RenderingError) { _ = try reader.read(bytes) } catch { again = error }
        fuzzCheck(again == error, "reading twice gave different errors")
        return 0
    }
    fuzzCheck((try? reader.read(bytes)) == timeline, "reading twice gave different timelines")

    let xml = XMLTimelineRenderer().render(timeline)
    let json = JSONTimelineRenderer().render(timeline)
    let fromXML: Timeline, fromJSON: Timeline
    do throws(RenderingError) { fromXML = try reader.read(Array(xml.utf8)) } catch {
        fuzzCheck(false, "the XML written for a timeline that read does not read back: \(error)\n\(xml)"); return 0
    }
    do throws(RenderingError) { fromJSON = try reader.read(Array(json.utf8)) } catch {
        fuzzCheck(false, "the JSON written for a timeline that read does not read back: \(error)\n\(json)"); return 0
    }
    let xmlAgain = XMLTimelineRenderer().render(fromXML)
    let jsonAgain = JSONTimelineRenderer().render(fromJSON)
    fuzzCheck(xmlAgain == xml, "XML read → write → read → write is not stable:\n\(xml)\n---\n\(xmlAgain)")
    fuzzCheck(jsonAgain == json, "JSON read → write → read → write is not stable:\n\(json)\n---\n\(jsonAgain)")
    fuzzCheck(fromXML == fromJSON, "the XML and JSON forms read back to different timelines: \(firstDifference(fromXML, fromJSON))")
    for event in fromXML.events {
        let count = event.sentence.utf8.count
        fuzzCheck(event.timexRange.lowerBound >= 0 && event.timexRange.upperBound <= count,
                  "event \(event.id): expression \(event.timexRange) outside its sentence of \(count) bytes")
        if let placement = event.placement { fuzzCheck(placement.start <= placement.end, "event \(event.id): placement \(placement) runs backwards") }
    }
    // The other renderers take any timeline that reads.
    _ = MarkdownTimelineRenderer().render(fromXML)
    _ = TimelineJSRenderer().render(fromXML)
    return 0
}

/// Where two timelines first differ, for the failure message.
private func firstDifference(_ a: Timeline, _ b: Timeline) -> String {
    if a.title != b.title { return "title \(a.title.debugDescription) / \(b.title.debugDescription)" }
    if a.order != b.order { return "order" }
    if a.sources != b.sources { return "sources \(a.sources) / \(b.sources)" }
    if a.events.count != b.events.count { return "\(a.events.count) / \(b.events.count) events" }
    for (x, y) in zip(a.events, b.events) where x != y {
        let left = Mirror(reflecting: x).children, right = Mirror(reflecting: y).children
        for (l, r) in zip(left, right) where String(describing: l.value) != String(describing: r.value) {
            return "event \(x.id) \(l.label ?? "?"): \(l.value) / \(r.value)"
        }
        return "event \(x.id): \(x) / \(y)"
    }
    return "?"
}
