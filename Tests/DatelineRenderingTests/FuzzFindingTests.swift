import DatelineNormalizer
import DatelineRendering
import DatelineTimeline
import Foundation
import Testing

/// Inputs the libFuzzer targets (Tests/Fuzz) found, kept as regressions.
@Suite("Fuzz findings: rendering and saved timelines")
struct FuzzFindingTests {
    static func render(_ template: String, fragment: Bool = false) throws -> String {
        try HTMLTimelineRenderer(template: Array(template.utf8), fragment: fragment).render(SampleTimeline.timeline)
    }

    /// Template fuzzer (AddressSanitizer, heap-use-after-free): `<h2 data-field="year-label">` left open
    /// put the months slot inside the year label, which was emptied (freed) before the months were added.
    @Test func partsInsideAFieldAreNotUsedAfterTheFieldIsFilled() throws {
        let html = try Self.render("""
            <html><body><h1 data-slot="summary"><b data-slot="title">t</b><i data-slot="axis"></i></h1>
            <ol data-slot="years"><li data-template="year"><h2 data-field="year-label">y<ol data-slot="months">
            <li data-template="month"><h3 data-field="month-label" data-slot="events">m</h3><p data-template="event">
            <span data-field="interval"><b data-field="headline">h</b></span><span data-field="kind"><i data-field="sentence">s</i></span>
            <time data-field="date"><cite data-field="source">c</cite></time></p></li></ol></h2></li></ol></body></html>
            """)
        #expect(html.contains("2025"))
        #expect(!html.contains("data-"))
        // The template puts a list inside a heading; libxml2's HTML 4 parser, reading the page back,
        // closes the heading early and then finds the list items' end tags unexpected. Nothing else.
        #expect(HTMLChecks.problems(html).allSatisfy { $0.message == "Unexpected end tag : li" })
    }

    /// Template fuzzer (precondition failure): a year or source item below a wrapper inside its list.
    @Test func itemsMayStandDeeperInTheirList() throws {
        let html = try Self.render("""
            <html><body><ul data-slot="sources"><div><li data-template="source"><a data-field="source-title">s</a></li></div></ul>
            <ol data-slot="years"><div><li data-template="year"><h2 data-field="year-label">y</h2><ol data-slot="months">
            <li data-template="month"><ol data-slot="events"><li data-template="event"><p data-field="headline">h</p></li></ol></li></ol>
            </li></div></ol></body></html>
            """)
        #expect(html.contains(">Crews closed one lane<"))
        #expect(html.contains(">Council Weighs a Détour for “Lantern Street”<"))
    }

    /// Template fuzzer (AddressSanitizer, heap-use-after-free): the source item, removed once the
    /// sources were filled, took the year item with it.
    /// The diff renderer shares the template parts: a source item below a wrapper in its list.
    @Test func diffItemsMayStandDeeperInTheirList() throws {
        let item = #"<li data-template="source"><a data-field="source-title" href="https://example.com/bridge">Harlow Street Bridge Shut</a>, published <time data-field="source-published" datetime="2025-06-23">June 23, 2025</time></li>"#
        let template = String(decoding: try SampleTimeline.projectFile("Templates/diff.html"), as: UTF8.self)
        #expect(template.contains(item))
        let wrapped = template.replacingOccurrences(of: item, with: "<div>" + item + "</div>")
        let page = try HTMLDiffRenderer(template: Array(wrapped.utf8)).render(SampleDiff.diff)
        #expect(!page.contains("data-template"))
    }

    @Test("the year item may not sit inside the source item", arguments: [
        """
        <html><body><ol data-slot="sources"><li data-template="source"><a data-field="source-title">s</a>
        <ol data-slot="years"><li data-template="year"><ol data-template="month"><p data-template="event">
        <b data-field="headline">h</b></p></ol></li></ol></li></ol></body></html>
        """,
        """
        <html><body><ol data-slot="years"><li data-slot="sources"><p data-template="source"><a data-field="source-title">s</a>
        <span data-template="year"><i data-template="month"><b data-template="event"><u data-field="headline">h</u></b></i></span>
        </p></li></ol></body></html>
        """,
    ])
    func theYearItemMayNotSitInsideTheSourceItem(template: String) {
        Self.expectUnreadable(saying: "inside the data-template=\"source\" item") { _ = try Self.render(template) }
    }

    /// Expects `body` to refuse its template as unreadable, with a reason that contains `text`.
    static func expectUnreadable(saying text: String, sourceLocation: SourceLocation = #_sourceLocation, _ body: () throws -> Void) {
        #expect(sourceLocation: sourceLocation) {
            try body()
        } throws: { error in
            guard case .templateUnreadable(let reason) = error as? RenderingError else { return false }
            return reason.contains(text)
        }
    }

    /// Template fuzzer (precondition failure in `MarkupNode.insert(_:before:)`): one element marked both
    /// as the years list and as the year item (here the root, `<html data-slot="years" data-template="year">`)
    /// had no list around the item to insert copies into. Item and list must be different elements.
    @Test("an item may not be its own list", arguments: [
        #"<html data-slot="years" data-template="year"><body><ol data-template="month"><p data-template="event"><b data-field="headline">h</b></p></ol></body></html>"#,
        #"<html><body><ol data-slot="years" data-template="year"><li data-template="month"><p data-template="event">e</p></li></ol></body></html>"#,
        #"<html><body><ol data-slot="sources" data-template="source"><li><a data-field="source-title">s</a></li></ol><ol data-slot="years"><li data-template="year"><ol data-template="month"><p data-template="event">e</p></ol></li></ol></body></html>"#,
    ])
    func anItemMayNotBeItsOwnList(template: String) {
        Self.expectUnreadable(saying: "element itself; put the item inside the list") { _ = try Self.render(template) }
    }

    @Test func diffRowsMayNotBeTheirOwnList() {
        let template = #"<html><body><table data-slot="rows" data-template="row"><tr><td data-container="a">a</td><td data-container="b">b</td></tr></table></body></html>"#
        Self.expectUnreadable(saying: "data-template=\"row\" item is the data-slot=\"rows\" element itself") {
            _ = try HTMLDiffRenderer(template: Array(template.utf8)).render(SampleDiff.diff)
        }
    }

    /// Timeline fuzzer: the JSON form's `when.text` differed from the expression in its sentence, which
    /// the XML form cannot hold, so the two forms of one timeline read back differently.
    @Test func jsonTakesTheExpressionFromTheSentenceAsXMLDoes() throws {
        let json = JSONTimelineRenderer().render(SampleTimeline.timeline)
            .replacingOccurrences(of: "\"text\" : \"last year\"", with: "\"text\" : \"last!year\"")
        #expect(json.contains("last!year"))
        let fromJSON = try TimelineDocumentReader().read(Array(json.utf8))
        let fromXML = try TimelineDocumentReader().read(Array(XMLTimelineRenderer().render(fromJSON).utf8))
        #expect(fromJSON == fromXML)
        #expect(fromJSON.events.first { $0.id == "bridge-02" }?.when.text == "last year")
    }

    /// Timeline fuzzer: JSON took values, ids and offsets the schema refuses, so its XML did not read back.
    @Test("JSON the schema would refuse is refused", arguments: [
        ("\"value\" : \"2024\"", "\"value\" : \"20#24\"", "value \"20#24\" is not a TIMEX3 value"),
        ("\"id\" : \"bridge-01\"", "\"id\" : \"\"", "an event has an empty id"),
        ("\"sentenceOffset\" : 120", "\"sentenceOffset\" : -5", "must not be negative"),
    ])
    func jsonOutsideTheSchemaIsRefused(old: String, new: String, expected: String) {
        let json = JSONTimelineRenderer().render(SampleTimeline.timeline)
        #expect(json.contains(old))
        let broken = json.replacingOccurrences(of: old, with: new)
        #expect {
            try TimelineDocumentReader().read(Array(broken.utf8))
        } throws: { error in
            guard case .documentInvalid(let reason) = error as? RenderingError else { return false }
            return reason.contains(expected)
        }
    }

    /// Timeline fuzzer (index out of range in DateLabel): a saved value "2025-86" read as month 86, and
    /// a century "-5" gave a negative ordinal. Out-of-range parts stay as written; labels never trap.
    @Test func outOfRangeValuesReadAsWrittenAndLabelSafely() throws {
        for text in ["2025-86", "2025-00", "2025-Q7", "2025-H3", "2025-W54", "2025-06-26T24:00", "2025-06-26T10:61"] {
            #expect(TimexValueParser.value(text) == .underspecified(text), "\(text)")
        }
        #expect(TimexValueParser.value("2025-W53") == .week(year: 2025, week: 53))
        #expect(DateLabel.label(for: .century(-5)) == "The 5th century BC")
        let json = JSONTimelineRenderer().render(SampleTimeline.timeline)
            .replacingOccurrences(of: "\"value\" : \"2025-04\"", with: "\"value\" : \"2025-86\"")
        #expect(json.contains("2025-86"))
        let timeline = try TimelineDocumentReader().read(Array(json.utf8))
        #expect(XMLTimelineRenderer().render(timeline).contains("2025-86"))
    }

    /// Template fuzzer: a marker value with a line break made the script/style refusal two lines.
    @Test func templateErrorsAreOneLine() {
        #expect {
            try Self.render("<html><head><style data-slot=\"summary\n\">x</style></head><body></body></html>")
        } throws: { error in
            let text = (error as? RenderingError)?.description ?? ""
            return text.contains("<style>") && !text.contains("\n")
        }
    }

    /// Whatever reads as JSON reads back as XML: the schema check backs the JSON reader.
    @Test func jsonThatReadsIsAValidDocument() throws {
        let timeline = try TimelineDocumentReader().read(Array(JSONTimelineRenderer().render(SampleTimeline.timeline).utf8))
        #expect(try TimelineDocumentReader().read(Array(XMLTimelineRenderer().render(timeline).utf8)) == timeline)
    }
}
