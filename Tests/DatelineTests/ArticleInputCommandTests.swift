import Foundation
import Testing

/// `dateline build` and `dateline tag` with pages, TimeML, batches, warnings and undated articles, end to end.
@Suite("Article input on the command line")
struct ArticleInputCommandTests {
    static let page = """
        <!DOCTYPE html><html><head><meta charset="utf-8"><title>Pier Closes | Courier</title>
        <script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebPage"},{"@type":"NewsArticle","datePublished":"2025-06-26T09:30:00+09:00"}]}</script>
        <link rel="canonical" href="https://courier.example/2025/06/12/pier-closes"></head>
        <body><nav><a href="/">Home</a></nav><article><h1>Pier Closes</h1><p class="byline">By Mira Brandt</p>
        <p>The pier closed on June 25 after a storm. It had reopened only last month.</p></article></body></html>
        """

    func write(_ text: String, to name: String, in folder: URL) throws -> String {
        let path = folder.appendingPathComponent(name).path
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        return path
    }

    @Test func aSavedPageSaysWhereItsDateCameFrom() throws {
        let folder = try CommandRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let page = try write(Self.page, to: "pier.html", in: folder)
        let result = try CommandRunner.run(["build", page, "--format", "json", "-o", "-", "--verbose"])
        #expect(result.status == 0, "\(result.stderr)")
        let lines = result.stderr.split(separator: "\n").map(String.init)
        #expect(lines.contains("dateline: \(page): warning: the URL's date 2025-06-12 differs from the jsonLD date 2025-06-26; using 2025-06-26"))
        #expect(lines.contains("dateline: \(page): published 2025-06-26 (zone +09:00) from jsonLD"))
        #expect(result.stdout.contains("\"title\" : \"Timeline: Pier Closes\""))
        #expect(!result.stdout.contains("Mira Brandt"))
        let tagged = try CommandRunner.run(["tag", page, "--format", "json"])
        #expect(tagged.stdout.contains("\"publishedSource\":\"jsonLD\""))
    }

    @Test func timeMLBuildsATimelineDatedByItsCreationTime() throws {
        let folder = try CommandRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let tml = try write("""
            <?xml version="1.0" ?><TimeML><DOCID>wsj_0001</DOCID>
            <DCT><TIMEX3 tid="t0" type="DATE" value="1998-08-07" functionInDocument="CREATION_TIME">08/07/1998</TIMEX3></DCT>
            <TEXT>The company said last month that sales rose.</TEXT></TimeML>
            """, to: "wsj_0001.tml", in: folder)
        let result = try CommandRunner.run(["build", tml, "--format", "markdown", "-o", "-", "--verbose"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("July 1998"))
        #expect(result.stderr.contains("published 1998-08-07 from creationTime"))
    }

    @Test func tagJSONLinesStreamsOneLinePerInputLineAndFlagsBadLines() throws {
        let folder = try CommandRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let batch = try write("""
            {"id":"a","text":"The vote was last month.","published":"2025-06-26"}
            {"id":"b","html":"<article><h1>B</h1><p>Closed on June 25.</p></article>","url":"https://x.example/2025/06/26/b"}
            {"id":"c","text":
            """, to: "batch.jsonl", in: folder)
        let result = try CommandRunner.run(["tag", "--format", "jsonl", batch])
        #expect(result.status == 2)
        let lines = result.stdout.split(separator: "\n").map(String.init)
        #expect(lines.count == 3)
        #expect(lines[0].contains(#""id":"a""#) && lines[0].contains(#""value":"2025-05""#))
        #expect(lines[1].contains(#""publishedSource":"url""#) && lines[1].contains(#""value":"2025-06-25""#))
        #expect(lines[2] == #"{"error":"\#(batch):3: the last line is cut off (no closing brace or line break); re-export the batch or drop the line","line":3,"path":"\#(batch)"}"#)
        #expect(result.stderr == "dateline: \(batch):3: the last line is cut off (no closing brace or line break); re-export the batch or drop the line\n")

        let piped = try CommandRunner.run(["tag", "--format", "jsonl", "-"], stdin: Data(#"{"id":"p","text":"Due next week.","published":"2025-06-26"}"#.utf8))
        #expect(piped.status == 0)
        #expect(piped.stdout.contains(#""id":"p""#) && piped.stdout.contains(#""path":"-""#))
    }

    @Test func buildJSONLinesWritesOneTimelinePerLineToAFile() throws {
        let folder = try CommandRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let batch = try write("""
            {"id":"a","text":"The pier closed on June 25.","published":"2025-06-26"}
            {"id":"b","text":"Undated, from last month."}
            """, to: "batch.jsonl", in: folder)
        let output = folder.appendingPathComponent("out/timelines.jsonl").path
        let result = try CommandRunner.run(["build", "--format", "jsonl", batch, "-o", output])
        #expect(result.status == 2)
        let lines = try String(contentsOfFile: output, encoding: .utf8).split(separator: "\n")
        #expect(lines.count == 2)
        #expect(lines[0].contains(#""timeline":{"#))
        #expect(lines[1].contains(#""error":"#) && lines[1].contains("--allow-undated"))
        #expect(result.stderr.contains("wrote 2 timelines to \(output); 1 inputs failed"))
        let loose = try CommandRunner.run(["build", "--format", "jsonl", batch, "-o", "-", "--allow-undated"])
        #expect(loose.status == 0)
        #expect(loose.stdout.contains(#""unresolved":[{"text":"last month","value":"XXXX-XX"}]"#))
    }

    @Test func oneTimelineFromABatchSkipsBadLinesButKeepsTheRest() throws {
        let folder = try CommandRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let batch = try write("""
            {"id":"a","text":"The pier closed on June 25.","published":"2025-06-26"}
            [1, 2]
            {"id":"b","text":"The ferry resumed on June 27.","published":"2025-06-28"}
            """, to: "batch.jsonl", in: folder)
        let result = try CommandRunner.run(["build", batch, "--format", "markdown", "-o", "-"])
        #expect(result.status == 2)
        #expect(result.stdout.contains("2 events from 2 articles"))
        #expect(result.stderr == "dateline: \(batch):2: not a JSON object; write one {…} article object per line\n")
    }

    @Test func allowUndatedShowsUnresolvedExpressions() throws {
        let folder = try CommandRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let text = try write("Storm Hits Coast\n\nThe storm hit on Monday. Last month the council voted for a sea wall.\n", to: "undated.txt", in: folder)
        let refused = try CommandRunner.run(["build", text, "-o", "-"])
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("--allow-undated"))
        let result = try CommandRunner.run(["build", text, "-o", "-", "--format", "markdown", "--allow-undated"])
        #expect(result.status == 0)
        #expect(result.stderr == "dateline: \(text): no publication date; 2 expressions left unresolved: \"Monday\" (XXXX-WXX-1), \"Last month\" (XXXX-XX)\n")
    }

    @Test func futureDatesWarnAndEmptyOrBinaryFilesFail() throws {
        let folder = try CommandRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let future = try write("Published: 2999-01-01\n\nThe ferry will resume next month.\n", to: "future.txt", in: folder)
        let warned = try CommandRunner.run(["build", future, "-o", "-", "--format", "json"])
        #expect(warned.status == 0)
        #expect(warned.stderr.hasPrefix("dateline: \(future): warning: publication date 2999-01-01 (from header) is after today"))
        let empty = try write("", to: "empty.html", in: folder)
        let failed = try CommandRunner.run(["build", empty, "-o", "-"])
        #expect(failed.status == 1)
        #expect(failed.stderr == "dateline: \(empty): the file is empty (0 bytes); pass a file with article text in it\n")
    }
}
