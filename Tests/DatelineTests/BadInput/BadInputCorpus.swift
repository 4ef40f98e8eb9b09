import Foundation
import Testing

/// One hostile or broken input, the command run on it, and exactly what must come out: the exit
/// status and every line on standard error.
struct BadInputCase: Sendable, CustomTestStringConvertible {
    var name: String
    /// Files written into the case's folder before the run.
    var files: [String: [UInt8]]
    var arguments: [String]
    var status: Int32
    /// Standard error, line by line, exactly.
    var stderr: [String]
    /// Text standard output must hold, and text it must not.
    var stdoutHas: [String] = []
    var stdoutLacks: [String] = []
    /// Files that must not exist after the run (an output that must not be written).
    var absent: [String] = ["out.html"]

    var testDescription: String { name }
}

/// The bad-input corpus. Small inputs are written out by each case; big ones are made at test time
/// elsewhere (`LargeInputTests`). Every case runs the real `dateline` binary.
enum BadInputCorpus {
    static let story = "Published: 2025-06-26\n\nThe council voted last month.\n"

    static func bytes(_ text: String) -> [UInt8] { Array(text.utf8) }

    /// A TimeML document around `text` (inserted as it is, markup included), with an optional DOCTYPE.
    static func timeML(_ text: String, doctype: String = "") -> [UInt8] {
        bytes("<?xml version=\"1.0\"?>\n\(doctype)<TimeML>\n<DCT><TIMEX3 tid=\"t0\" type=\"DATE\" value=\"2025-06-26\" functionInDocument=\"CREATION_TIME\">2025-06-26</TIMEX3></DCT>\n<TEXT>\(text)</TEXT>\n</TimeML>\n")
    }

    /// Ten levels of entities, each ten of the one before: 10^10 "lol"s if expanded.
    static let laughs = """
        <!DOCTYPE TimeML [
         <!ENTITY l0 "lol">
         <!ENTITY l1 "&l0;&l0;&l0;&l0;&l0;&l0;&l0;&l0;&l0;&l0;">
         <!ENTITY l2 "&l1;&l1;&l1;&l1;&l1;&l1;&l1;&l1;&l1;&l1;">
         <!ENTITY l3 "&l2;&l2;&l2;&l2;&l2;&l2;&l2;&l2;&l2;&l2;">
         <!ENTITY l4 "&l3;&l3;&l3;&l3;&l3;&l3;&l3;&l3;&l3;&l3;">
         <!ENTITY l5 "&l4;&l4;&l4;&l4;&l4;&l4;&l4;&l4;&l4;&l4;">
         <!ENTITY l6 "&l5;&l5;&l5;&l5;&l5;&l5;&l5;&l5;&l5;&l5;">
         <!ENTITY l7 "&l6;&l6;&l6;&l6;&l6;&l6;&l6;&l6;&l6;&l6;">
         <!ENTITY l8 "&l7;&l7;&l7;&l7;&l7;&l7;&l7;&l7;&l7;&l7;">
         <!ENTITY l9 "&l8;&l8;&l8;&l8;&l8;&l8;&l8;&l8;&l8;&l8;">
        ]>

        """

    static func record(_ id: String, _ text: String) -> String {
        #"{"id":"\#(id)","published":"2025-06-26","text":"\#(text)"}"#
    }

    static let emptyFile = "the file is empty (0 bytes); pass a file with article text in it"
    static let onlyBOM = "the file holds only a byte-order mark and no text; pass a file with article text in it"

    static let cases: [BadInputCase] = [
        // Empty files and byte-order marks.
        BadInputCase(name: "empty text file", files: ["empty.txt": []], arguments: ["build", "empty.txt", "-o", "out.html"],
                     status: 1, stderr: ["dateline: empty.txt: \(emptyFile)"]),
        BadInputCase(name: "empty web page", files: ["empty.html": []], arguments: ["build", "empty.html", "-o", "out.html"],
                     status: 1, stderr: ["dateline: empty.html: \(emptyFile)"]),
        BadInputCase(name: "empty TimeML file (build)", files: ["empty.tml": []], arguments: ["build", "empty.tml", "-o", "out.html"],
                     status: 1, stderr: ["dateline: empty.tml: \(emptyFile)"]),
        BadInputCase(name: "empty TimeML file (tag)", files: ["empty.tml": []], arguments: ["tag", "empty.tml"],
                     status: 1, stderr: ["dateline: empty.tml: \(emptyFile)"]),
        BadInputCase(name: "empty batch", files: ["empty.jsonl": []], arguments: ["build", "empty.jsonl", "-o", "out.html"],
                     status: 1, stderr: ["dateline: empty.jsonl: \(emptyFile)"]),
        BadInputCase(name: "empty standard input", files: [:], arguments: ["build", "-", "-o", "out.html"],
                     status: 1, stderr: ["dateline: <stdin>: \(emptyFile)"]),
        BadInputCase(name: "UTF-8 BOM alone", files: ["bom.txt": [0xEF, 0xBB, 0xBF]], arguments: ["build", "bom.txt", "-o", "out.html"],
                     status: 1, stderr: ["dateline: bom.txt: \(onlyBOM)"]),
        BadInputCase(name: "UTF-16 BOM alone", files: ["bom16.html": [0xFF, 0xFE]], arguments: ["build", "bom16.html", "-o", "out.html"],
                     status: 1, stderr: ["dateline: bom16.html: \(onlyBOM)"]),
        BadInputCase(name: "BOM alone in TimeML (tag)", files: ["bom.tml": [0xEF, 0xBB, 0xBF]], arguments: ["tag", "bom.tml"],
                     status: 1, stderr: ["dateline: bom.tml: \(onlyBOM)"]),
        BadInputCase(name: "BOM alone in a batch", files: ["bom.jsonl": [0xEF, 0xBB, 0xBF]], arguments: ["tag", "bom.jsonl"],
                     status: 1, stderr: ["dateline: bom.jsonl: \(onlyBOM)"]),
        BadInputCase(name: "batch of blank lines", files: ["blank.jsonl": bytes("\n  \n\r\n")], arguments: ["build", "blank.jsonl", "-o", "out.html"],
                     status: 1, stderr: ["dateline: blank.jsonl: the batch has no article lines (only blank lines or a byte-order mark); write one JSON object per line"]),
        // Streamed, an empty batch is an empty result: no lines in, no lines out (a pipeline's empty partition).
        BadInputCase(name: "streamed empty batch", files: ["bom.jsonl": [0xEF, 0xBB, 0xBF, 0x0A]], arguments: ["tag", "bom.jsonl", "--format", "jsonl"],
                     status: 0, stderr: []),

        // NUL bytes and invalid UTF-8.
        BadInputCase(name: "NUL byte in a text file", files: ["nul.txt": bytes("Published: 2025-06-26\n\nThe vote\u{0} was last month.\n")],
                     arguments: ["build", "nul.txt", "-o", "out.html"],
                     status: 1, stderr: ["dateline: nul.txt: looks like a binary file (it holds NUL bytes), not an article; pass a text, HTML, TimeML or JSON Lines file"]),
        BadInputCase(name: "NUL byte in a batch line", files: ["nul.jsonl": bytes(record("a", "The vote\u{0} was last month.") + "\n" + record("b", "The mayor resigned on Friday.") + "\n")],
                     arguments: ["tag", "nul.jsonl", "--format", "jsonl"],
                     status: 2, stderr: ["dateline: nul.jsonl:1: byte 51 of the line is a control character (0x00), which JSON does not allow; write it as \\u0000 or remove it"],
                     stdoutHas: [#""line":1,"path":"nul.jsonl"}"#, #""value":"2025-06-20""#]),
        BadInputCase(name: "invalid UTF-8 in a text file", files: ["latin1.txt": bytes("Published: 2025-06-26\n\nCaf") + [0xE9] + bytes(" opened last month.\n")],
                     arguments: ["build", "latin1.txt", "-o", "out.html"],
                     status: 1, stderr: ["dateline: latin1.txt: byte 26 is not valid UTF-8; re-save the file as UTF-8"]),
        BadInputCase(name: "invalid UTF-8 in a batch line", files: ["bad.jsonl": Array(bytes(record("a", "Caf")).dropLast(2)) + [0xE9] + bytes(" opened last month.\"}\n" + record("b", "The mayor resigned on Friday.") + "\n")],
                     arguments: ["tag", "bad.jsonl", "--format", "jsonl"],
                     status: 2, stderr: ["dateline: bad.jsonl:1: byte 46 of the line is not valid UTF-8; re-save the batch as UTF-8"],
                     stdoutHas: [#""line":1,"path":"bad.jsonl"}"#, #""id":"b""#]),
        // A web page's bad bytes become U+FFFD, as in a browser; the rest of the page is read.
        BadInputCase(name: "invalid UTF-8 in a web page", files: ["bad.html": bytes("<html><head><meta name=\"pubdate\" content=\"2025-06-26\"></head><body><p>Caf") + [0xE9] + bytes(" opened last month.</p></body></html>")],
                     arguments: ["tag", "bad.html"],
                     status: 0, stderr: [], stdoutHas: ["bad\tlast month\tDATE\t2025-05"]),

        // Lone surrogates in JSON: read as U+FFFD, with a warning naming the line and byte.
        BadInputCase(name: "lone high surrogate", files: ["sur.jsonl": bytes(record("a", #"Voted \ud800 last month."#) + "\n")],
                     arguments: ["tag", "sur.jsonl", "--format", "jsonl"],
                     status: 0, stderr: [#"dateline: sur.jsonl:1: warning: \ud800 at byte 49 of the line is half of a UTF-16 surrogate pair; read as U+FFFD, fix the exporter to write whole characters"#],
                     stdoutHas: [#""value":"2025-05""#, #""warnings":["sur.jsonl:1: warning: \\ud800"#]),
        BadInputCase(name: "lone low surrogate and a whole pair", files: ["sur.jsonl": bytes(record("a", #"x\uDC00y \ud83d\ude00 voted last month."#) + "\n")],
                     arguments: ["build", "sur.jsonl", "--format", "markdown", "-o", "-"],
                     status: 0, stderr: [#"dateline: sur.jsonl:1: warning: \uDC00 at byte 44 of the line is half of a UTF-16 surrogate pair; read as U+FFFD, fix the exporter to write whole characters"#],
                     stdoutHas: ["x\u{FFFD}y \u{1F600} voted **last month**"]),

        // Entity bombs, deep nesting, unterminated comments and CDATA.
        BadInputCase(name: "billion laughs in TimeML", files: ["laughs.tml": timeML("The council voted last month. &l9;", doctype: laughs)],
                     arguments: ["tag", "laughs.tml"],
                     status: 1, stderr: ["dateline: laughs.tml:16: entity references expand into too much text (an entity bomb, or an entity that refers to itself); remove the entity declarations from the <!DOCTYPE>"]),
        BadInputCase(name: "billion laughs in a saved timeline", files: ["laughs.xml": bytes("<?xml version=\"1.0\"?>\n" + laughs.replacingOccurrences(of: "TimeML", with: "timeline") + "<timeline version=\"1\"><title>&l9;</title></timeline>\n")],
                     arguments: ["render", "laughs.xml", "-o", "out.html"],
                     status: 1, stderr: ["dateline: laughs.xml: not a timeline document (XML line 14: entity references expand too far (an entity bomb, or an entity that refers to itself)); pass a file written by dateline build --format xml or json"]),
        BadInputCase(name: "TimeML nested 300 deep", files: ["deep.tml": timeML("The council voted " + String(repeating: "<s>", count: 300) + "last month." + String(repeating: "</s>", count: 300))],
                     arguments: ["tag", "deep.tml"],
                     status: 1, stderr: ["dateline: deep.tml:4: elements nest more than 256 levels deep, more than Dateline reads in XML; flatten the markup"]),
        BadInputCase(name: "web page nested 100,000 deep", files: ["deep.html": bytes("<html><head><meta name=\"pubdate\" content=\"2025-06-26\"></head><body>\n<p>The council voted last month.</p>\n" + String(repeating: "<div>", count: 100_000) + "<p>Deep.</p>" + String(repeating: "</div>", count: 100_000) + "</body></html>")],
                     arguments: ["build", "deep.html", "-o", "out.html"],
                     status: 1, stderr: ["dateline: deep.html:3: elements nest more than 10,000 levels deep, more than Dateline reads; close the page's open tags, or paste its text into a .txt file"]),
        BadInputCase(name: "unterminated comment in TimeML", files: ["comment.tml": timeML("The council voted last month. <!-- never closed")],
                     arguments: ["tag", "comment.tml"],
                     status: 1, stderr: ["dateline: comment.tml:6:1: not well-formed XML (Comment not terminated); fix the markup at that position"]),
        BadInputCase(name: "unterminated CDATA in TimeML", files: ["cdata.tml": timeML("The council voted last month. <![CDATA[ never closed")],
                     arguments: ["tag", "cdata.tml"],
                     status: 1, stderr: ["dateline: cdata.tml:6:1: not well-formed XML (CData section not finished never closed</TEXT> </TimeML); fix the markup at that position"]),
        BadInputCase(name: "unterminated comment in a web page", files: ["comment.html": bytes("<html><head><meta name=\"pubdate\" content=\"2025-06-26\"></head><body>\n<p>The council voted last month.</p>\n<!-- never closed\n<p>It met again on June 3.</p></body></html>")],
                     arguments: ["tag", "comment.html"],
                     status: 0, stderr: ["dateline: comment.html:3: warning: a comment (<!--) opened here is never closed, so the rest of the page is skipped, as a browser would; close it with -->"],
                     stdoutHas: ["last month"], stdoutLacks: ["June 3"]),
        // In HTML an unterminated CDATA section is just text: nothing is lost.
        BadInputCase(name: "unterminated CDATA in a web page", files: ["cdata.html": bytes("<html><head><meta name=\"pubdate\" content=\"2025-06-26\"></head><body>\n<p>The council voted last month.</p><![CDATA[ open\n<p>It met again on June 3.</p></body></html>")],
                     arguments: ["tag", "cdata.html"],
                     status: 0, stderr: [], stdoutHas: ["last month", "June 3"]),

        // Templates.
        BadInputCase(name: "template without the years slot", files: ["a.txt": bytes(story), "t.html": bytes("<!DOCTYPE html><html><head><title data-slot=\"title\">T</title></head><body><h1 data-slot=\"title\">T</h1></body></html>")],
                     arguments: ["build", "a.txt", "--template", "t.html", "-o", "out.html"],
                     status: 1, stderr: ["dateline: t.html: the template has no element with data-slot=\"years\"; add one (see Templates/timeline.html)"]),
        BadInputCase(name: "template with unknown markers", files: ["a.txt": bytes(story), "t.html": bytes("""
            <!DOCTYPE html><html><head><title data-slot="title">T</title></head><body>
            <h1 data-slot="titel">T</h1>
            <ol data-slot="years"><li data-template="year"><h2 data-field="year-label">Y</h2>
            <ol data-slot="months"><li data-template="month"><ol data-slot="events"><li data-template="event"><p data-field="headlin">H</p></li></ol></li></ol></li></ol>
            </body></html>
            """)],
                     arguments: ["build", "a.txt", "--template", "t.html", "-o", "page.html"],
                     status: 0, stderr: [
                        "dateline: t.html:2: warning: data-slot=\"titel\" is not a marker Dateline fills (data-slot takes axis, events, fragment, months, sources, summary, title, years); it is removed from the output, check its spelling",
                        "dateline: t.html:4: warning: data-field=\"headlin\" is not a marker Dateline fills (data-field takes date, headline, interval, kind, month-label, sentence, source, source-published, source-title, year-label); it is removed from the output, check its spelling",
                        "dateline: wrote 1 events to page.html",
                     ]),

        // Output paths that are inputs: refused, the input untouched (checked for every case).
        BadInputCase(name: "output is the input", files: ["a.txt": bytes(story)], arguments: ["build", "a.txt", "-o", "a.txt"],
                     status: 1, stderr: ["dateline: a.txt: the output would overwrite an input article; choose another path with -o"], absent: []),
        BadInputCase(name: "output is the input by another path", files: ["a.txt": bytes(story)], arguments: ["build", "./a.txt", "-o", "sub/../a.txt"],
                     status: 1, stderr: ["dateline: sub/../a.txt: the output would overwrite an input article; choose another path with -o"], absent: []),
        BadInputCase(name: "output is an input inside a folder", files: ["in/a.txt": bytes(story)], arguments: ["build", "in", "-o", "in/a.txt"],
                     status: 1, stderr: ["dateline: in/a.txt: the output would overwrite an input article; choose another path with -o"], absent: []),
        BadInputCase(name: "batch output is the batch", files: ["b.jsonl": bytes(record("a", "Voted last month.") + "\n")], arguments: ["tag", "b.jsonl", "--format", "jsonl", "-o", "b.jsonl"],
                     status: 1, stderr: ["dateline: b.jsonl: the output would overwrite an input article; choose another path with -o"], absent: []),
        BadInputCase(name: "tagged TimeML written over itself", files: ["d/x.tml": timeML("The council voted last month.")], arguments: ["tag", "d/x.tml", "-o", "d"],
                     status: 1, stderr: ["dateline: d/x.tml: the output would overwrite an input article; choose another path with -o"], absent: []),
        BadInputCase(name: "render over the saved timeline", files: ["t.json": bytes(#"{"version":1,"title":"T","order":"oldest-first","sources":[],"events":[]}"#)],
                     arguments: ["render", "t.json", "--format", "json", "-o", "t.json"],
                     status: 1, stderr: ["dateline: t.json: the output would overwrite an input article; choose another path with -o"], absent: []),
        BadInputCase(name: "diff over one side", files: ["a.txt": bytes(story), "b.txt": bytes(story)], arguments: ["diff", "a.txt", "b.txt", "--format", "html", "-o", "b.txt"],
                     status: 2, stderr: ["dateline: b.txt: the output would overwrite an input article; choose another path with -o"], absent: []),
    ]
}

@Suite("Bad-input corpus")
struct BadInputCorpusTests {
    @Test(arguments: BadInputCorpus.cases)
    func corpusCase(_ testCase: BadInputCase) throws {
        let folder = try BadInputRunner.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        for (name, bytes) in testCase.files {
            let url = folder.appendingPathComponent(name)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(bytes).write(to: url)
        }
        let result = try BadInputRunner.run(testCase.arguments, in: folder)
        #expect(result.status == testCase.status, "stderr: \(result.stderr)")
        #expect(result.stderrLines == testCase.stderr)
        for text in testCase.stdoutHas { #expect(result.stdout.contains(text), "stdout lacks \(text): \(result.stdout.prefix(2000))") }
        for text in testCase.stdoutLacks { #expect(!result.stdout.contains(text), "stdout has \(text)") }
        for name in testCase.absent { #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent(name).path), "\(name) was written") }
        #expect(BadInputRunner.leftovers(in: folder).isEmpty)
        for (name, bytes) in testCase.files {
            #expect(try Data(contentsOf: folder.appendingPathComponent(name)) == Data(bytes), "input \(name) was changed")
        }
    }
}
