import DatelineArticles
import DatelineNormalizer
import Foundation
import Testing

/// An invented TempEval-3-style document: a DCT, EVENT/SIGNAL/TIMEX3 inside TEXT, links after it.
private let sample = """
<?xml version="1.0" ?>
<TimeML xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">

<DOCID>FIX20240312.0001</DOCID>

<DCT><TIMEX3 tid="t0" type="DATE" value="2024-03-12" temporalFunction="false" functionInDocument="CREATION_TIME">20240312</TIMEX3></DCT>

<TEXT>
The Ørsted Ferry café &amp; pier <EVENT eid="e1" class="OCCURRENCE">reopened</EVENT> <TIMEX3 tid="t5" type="DATE" value="2024-03-11" temporalFunction="true" anchorTimeID="t0">Monday</TIMEX3> after \
<TIMEX3 tid="t6" type="DURATION" value="P3W" mod="APPROX">about three weeks</TIMEX3> of repairs, <SIGNAL sid="s1">before</SIGNAL> the <![CDATA[<spring>]]> rush.
</TEXT>

<TLINK lid="l1" relType="BEFORE" eventInstanceID="ei1" relatedToTime="t0" />
<MAKEINSTANCE eventID="e1" eiid="ei1" tense="PAST" aspect="NONE" polarity="POS" pos="VERB" />

</TimeML>

"""

private let sampleText = "\nThe Ørsted Ferry café & pier reopened Monday after about three weeks of repairs, before the <spring> rush.\n"

private func utf8Range(of needle: String, in text: String) -> Range<Int> {
    let range = text.range(of: needle)!
    let start = text.utf8.distance(from: text.utf8.startIndex, to: range.lowerBound)
    return start..<(start + needle.utf8.count)
}

@Suite("TimeML documents")
struct TimeMLDocumentTests {
    @Test("reads the text of TEXT exactly, with entities and CDATA decoded")
    func text() throws {
        let document = try TimeMLDocument(bytes: Array(sample.utf8), path: "fixture.tml")
        #expect(document.text == sampleText)
        #expect(document.fileName == "fixture.tml")
    }

    @Test("reads the creation time from the DCT")
    func creationTime() throws {
        let document = try TimeMLDocument(bytes: Array(sample.utf8), path: "fixture.tml")
        #expect(document.creationTime == CalendarDate(year: 2024, month: 3, day: 12))
        #expect(document.creationTimeValue == "2024-03-12")
        #expect(document.creationTimeID == "t0")
    }

    @Test("gold TIMEX3 have UTF-8 offsets into the text, and their attributes")
    func timexes() throws {
        let document = try TimeMLDocument(bytes: Array(sample.utf8), path: "fixture.tml")
        #expect(document.timexes.count == 2)
        let monday = try #require(document.timexes.first)
        #expect(monday.range == utf8Range(of: "Monday", in: sampleText))
        // "Ø" and "é" are two bytes each, so the byte offset is past the character offset.
        #expect(monday.range.lowerBound == 41)
        #expect(monday.text == "Monday")
        #expect(monday.tid == "t5")
        #expect(monday.type == "DATE")
        #expect(monday.value == "2024-03-11")
        #expect(monday.mod == nil)
        let weeks = document.timexes[1]
        #expect(weeks.range == utf8Range(of: "about three weeks", in: sampleText))
        #expect(weeks.mod == "APPROX")
        #expect(weeks.type == "DURATION")
        let bytes = Array(document.text.utf8)
        for timex in document.timexes {
            #expect(String(decoding: bytes[timex.range], as: UTF8.self) == timex.text)
        }
    }

    @Test("creation times as date, compact date and date-time", arguments: [
        ("1998-08-07", CalendarDate(year: 1998, month: 8, day: 7)),
        ("19980807", CalendarDate(year: 1998, month: 8, day: 7)),
        ("2009-12-19T17:00:00", CalendarDate(year: 2009, month: 12, day: 19)),
        ("19980807T0930", CalendarDate(year: 1998, month: 8, day: 7)),
        ("1998-08", nil),
        ("1998-02-30", nil),
        ("PRESENT_REF", nil),
    ])
    func creationDates(value: String, expected: CalendarDate?) {
        #expect(TimeMLDocument.creationDate(from: value) == expected)
    }

    @Test("a document without a DCT has no creation time")
    func noDCT() throws {
        let document = try TimeMLDocument(bytes: Array("<TimeML><TEXT>Some words.</TEXT></TimeML>".utf8), path: "n.tml")
        #expect(document.creationTime == nil)
        #expect(document.text == "Some words.")
        #expect(document.timexes.isEmpty)
    }

    @Test("an unreadable DCT value is an error naming the file")
    func badDCT() {
        let xml = #"<TimeML><DCT><TIMEX3 tid="t0" functionInDocument="CREATION_TIME" value="soon"/></DCT><TEXT>x</TEXT></TimeML>"#
        #expect(throws: TimeMLError.invalidCreationTime(path: "d.tml", value: "soon")) {
            try TimeMLDocument(bytes: Array(xml.utf8), path: "d.tml")
        }
        let message = TimeMLError.invalidCreationTime(path: "d.tml", value: "soon").description
        #expect(message.hasPrefix("d.tml: "))
        #expect(!message.contains("\n"))
    }

    @Test("malformed XML reports file, line and column")
    func malformed() throws {
        let xml = "<?xml version=\"1.0\"?>\n<TimeML>\n<TEXT>A day\n<TIMEX3>later</TIMEX>\n</TEXT></TimeML>\n"
        do {
            _ = try TimeMLDocument(bytes: Array(xml.utf8), path: "broken.tml")
            Issue.record("a malformed document was read")
        } catch {
            guard case let .notWellFormed(path, line, column, _) = error else {
                Issue.record("unexpected error \(error)")
                return
            }
            #expect(path == "broken.tml")
            #expect(line == 4)
            #expect(column > 0)
            #expect(error.description.hasPrefix("broken.tml:4:"))
            #expect(!error.description.contains("\n"))
        }
    }

    @Test("a document without TEXT is an error; so is an empty file")
    func missingText() {
        #expect(throws: TimeMLError.missingText(path: "m.tml")) {
            try TimeMLDocument(bytes: Array("<TimeML><DCT/></TimeML>".utf8), path: "m.tml")
        }
        #expect(throws: TimeMLError.empty(path: "e.tml")) {
            try TimeMLDocument(bytes: Array("  \n".utf8), path: "e.tml")
        }
    }

    @Test("recognizes TimeML by extension or content")
    func recognition() {
        #expect(TimeMLDocument.isTimeML(path: "a.tml", bytes: []))
        #expect(TimeMLDocument.isTimeML(path: "dir/a.tml.TE3input", bytes: []))
        #expect(TimeMLDocument.isTimeML(path: "-", bytes: Array("\u{FEFF}\n<?xml version=\"1.0\"?><TimeML/>".utf8)))
        #expect(TimeMLDocument.isTimeML(path: "notes", bytes: Array("<TimeML><TEXT/></TimeML>".utf8)))
        #expect(!TimeMLDocument.isTimeML(path: "notes.txt", bytes: Array("Published: 2024-01-02\n\nText.".utf8)))
        #expect(!TimeMLDocument.isTimeML(path: "dir.tml/notes", bytes: Array("Text.".utf8)))
    }
}

@Suite("TimeML writer")
struct TimeMLWriterTests {
    private func annotations() -> [TimeMLAnnotation] {
        [
            // Covers text that was inside <EVENT> and outside it: the old tags are gone, so this is fine.
            TimeMLAnnotation(range: utf8Range(of: "reopened Monday", in: sampleText), type: "DATE", value: "2024-03-11"),
            TimeMLAnnotation(range: utf8Range(of: "three weeks", in: sampleText), type: "DURATION", value: "P3W", mod: "APPROX"),
            TimeMLAnnotation(range: utf8Range(of: "<spring>", in: sampleText), type: "DATE", value: "2024-SP"),
        ]
    }

    @Test("round trip: the text is identical and the new TIMEX3 sit at the annotations")
    func roundTrip() throws {
        let output = try TimeMLDocument.annotated(Array(sample.utf8), path: "fixture.tml", with: annotations())
        let reread = try TimeMLDocument(bytes: Array(output.utf8), path: "out.tml")
        #expect(reread.text == sampleText)
        #expect(reread.timexes.map(\.range) == annotations().map(\.range))
        #expect(reread.timexes.map(\.text) == ["reopened Monday", "three weeks", "<spring>"])
        #expect(reread.timexes.map(\.tid) == ["t1", "t2", "t3"])
        #expect(reread.timexes.map(\.type) == ["DATE", "DURATION", "DATE"])
        #expect(reread.timexes.map(\.value) == ["2024-03-11", "P3W", "2024-SP"])
        #expect(reread.timexes.map(\.mod) == [nil, "APPROX", nil])
        #expect(reread.creationTime == CalendarDate(year: 2024, month: 3, day: 12))
        #expect(reread.creationTimeID == "t0")
    }

    @Test("old annotations and links are removed; the DCT and other elements stay")
    func cleanup() throws {
        let output = try TimeMLDocument.annotated(Array(sample.utf8), path: "fixture.tml", with: [])
        for name in ["<EVENT", "<SIGNAL", "<TLINK", "<MAKEINSTANCE", "tid=\"t5\"", "tid=\"t6\""] {
            #expect(!output.contains(name), "\(name) is still in the output")
        }
        #expect(output.contains("<DOCID>FIX20240312.0001</DOCID>"))
        #expect(output.contains(#"functionInDocument="CREATION_TIME">20240312</TIMEX3></DCT>"#))
        #expect(output.contains("&amp; pier"))
        let reread = try TimeMLDocument(bytes: Array(output.utf8), path: "out.tml")
        #expect(reread.text == sampleText)
        #expect(reread.timexes.isEmpty)
    }

    @Test("new tids skip the ids of TIMEX3 outside TEXT")
    func tidsSkipDCT() throws {
        let xml = #"<TimeML><DCT><TIMEX3 tid="t2" functionInDocument="CREATION_TIME" value="2020-01-01">x</TIMEX3></DCT><TEXT>one two three four</TEXT></TimeML>"#
        let marks = [0..<3, 4..<7, 8..<13].map { TimeMLAnnotation(range: $0, type: "DATE", value: "2020") }
        let output = try TimeMLDocument.annotated(Array(xml.utf8), path: "t.tml", with: marks)
        let reread = try TimeMLDocument(bytes: Array(output.utf8), path: "t.tml")
        #expect(reread.timexes.map(\.tid) == ["t1", "t3", "t4"])
        #expect(reread.text == "one two three four")
    }

    @Test("annotations at the very start and end of the text, in any order")
    func edges() throws {
        let xml = "<TimeML><TEXT>May 2020 to June</TEXT></TimeML>"
        let marks = [
            TimeMLAnnotation(range: 12..<16, type: "DATE", value: "2020-06"),
            TimeMLAnnotation(range: 0..<8, type: "DATE", value: "2020-05"),
        ]
        let output = try TimeMLDocument.annotated(Array(xml.utf8), path: "e.tml", with: marks)
        #expect(output.contains(#"<TEXT><TIMEX3 tid="t1" type="DATE" value="2020-05">May 2020</TIMEX3> to <TIMEX3 tid="t2" type="DATE" value="2020-06">June</TIMEX3></TEXT>"#))
    }

    @Test("bad annotations are errors", arguments: [
        [TimeMLAnnotation(range: 1..<4, type: "DATE", value: "X"), TimeMLAnnotation(range: 2..<5, type: "DATE", value: "X")],
        [TimeMLAnnotation(range: 3..<3, type: "DATE", value: "X")],
        [TimeMLAnnotation(range: 10..<400, type: "DATE", value: "X")],
        [TimeMLAnnotation(range: 6..<8, type: "DATE", value: "X")],  // starts inside the two bytes of "Ø"
    ])
    func badAnnotations(marks: [TimeMLAnnotation]) {
        #expect(throws: TimeMLError.self) {
            try TimeMLDocument.annotated(Array(sample.utf8), path: "fixture.tml", with: marks)
        }
    }

    @Test("an annotation may not cross markup that is kept inside TEXT")
    func crossing() {
        let xml = "<TimeML><TEXT><s>It rained on May</s> <s>5 in the hills.</s></TEXT></TimeML>"
        let crossing = TimeMLAnnotation(range: 13..<19, type: "DATE", value: "XXXX-05-05")
        #expect(throws: TimeMLError.self) {
            try TimeMLDocument.annotated(Array(xml.utf8), path: "c.tml", with: [crossing])
        }
    }

    @Test("a skeleton for plain text escapes markup characters and keeps the text")
    func skeleton() throws {
        let text = "Prices <rose> 5% & \"fell\" on June 3, 2021.\nThen — nothing."
        let bytes = TimeMLDocument.skeleton(text: text, creationTime: CalendarDate(year: 2021, month: 6, day: 9), documentID: "plain")
        let document = try TimeMLDocument(bytes: bytes, path: "plain.tml")
        #expect(document.text == text)
        #expect(document.creationTime == CalendarDate(year: 2021, month: 6, day: 9))
        let range = utf8Range(of: "June 3, 2021", in: text)
        let output = try TimeMLDocument.annotated(bytes, path: "plain.tml", with: [TimeMLAnnotation(range: range, type: "DATE", value: "2021-06-03")])
        let reread = try TimeMLDocument(bytes: Array(output.utf8), path: "plain.tml")
        #expect(reread.text == text)
        #expect(reread.timexes.map(\.text) == ["June 3, 2021"])
    }

    @Test("annotations from the tagger keep their type, value and mod")
    func fromTimex() {
        let timex = Timex(range: 4..<14, text: "early 2020", type: .date, value: .reference(.past), mod: .start,
                          interval: nil, granularity: nil)
        let annotation = TimeMLAnnotation(timex)
        #expect(annotation.range == 4..<14)
        #expect(annotation.type == "DATE")
        #expect(annotation.value == "PAST_REF")
        #expect(annotation.mod == "START")
    }
}
