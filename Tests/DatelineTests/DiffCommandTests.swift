import Dateline
import Foundation
import Testing

/// `dateline diff` end to end: exit status as diff(1), formats, saved timelines, bad input.
@Suite("dateline diff")
struct DiffCommandTests {
    static let diffs = "Tests/DatelineTests/Diffs"

    @Test func identicalInputsExitZeroWithAnEmptyDiff() throws {
        let article = "\(Self.diffs)/harlow-bridge/1-river-gazette.txt"
        let result = try CommandRunner.run(["diff", article, article])
        #expect(result.status == 0)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.isEmpty)
        let json = try CommandRunner.run(["diff", article, article, "--format", "json"])
        #expect(json.status == 0)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        #expect(object["identical"] as? Bool == true)
    }

    @Test func differentInputsExitOneWithMarkers() throws {
        let base = "\(Self.diffs)/harlow-bridge"
        let result = try CommandRunner.run(["diff", "\(base)/1-river-gazette.txt", "\(base)/2-metro-daily.txt"])
        #expect(result.status == 1)
        #expect(result.stderr.isEmpty)
        let items = result.stdout.split(separator: "\n").filter { $0.hasPrefix("- `") }
        #expect(items.contains { $0.hasPrefix("- `!` **May 2025** → **April 2025** — Inspectors first reported corrosion") })
        #expect(items.filter { $0.hasPrefix("- `-`") }.count == 2)
        #expect(items.filter { $0.hasPrefix("- `+`") }.count == 2)
        #expect(!items.contains { $0.hasPrefix("- `=`") })
        let all = try CommandRunner.run(["diff", "\(base)/1-river-gazette.txt", "\(base)/2-metro-daily.txt", "--all"])
        #expect(all.stdout.split(separator: "\n").filter { $0.hasPrefix("- `=`") }.count == 2)
    }

    @Test func jsonHasPairsWithScoresAndClasses() throws {
        let base = "\(Self.diffs)/st-alder-breach"
        let result = try CommandRunner.run(["diff", "\(base)/1-health-report.txt", "\(base)/2-city-tribune.txt", "--format", "json"])
        #expect(result.status == 1)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let pairs = try #require(object["pairs"] as? [[String: Any]])
        let classes = pairs.map { $0["class"] as? String ?? "" }
        #expect(classes.filter { $0 == "refined" }.count == 2)
        #expect(classes.filter { $0 == "dateConflict" }.count == 1)
        #expect(classes.filter { $0 == "onlyInB" }.count == 1)
        let conflict = try #require(pairs.first { $0["class"] as? String == "dateConflict" })
        #expect((conflict["score"] as? Double ?? 0) >= EventAlignment.defaultThreshold)
        #expect(conflict["dateRelation"] as? String == "disjoint")
        #expect((conflict["a"] as? [String: Any])?["when"] as? String == "2025-05-02")
        #expect((conflict["b"] as? [String: Any])?["when"] as? String == "2025-03")
        let summary = try #require(object["summary"] as? [String: Int])
        #expect(summary == ["same": 1, "refined": 2, "dateConflict": 1, "onlyInA": 0, "onlyInB": 1])
    }

    @Test func savedTimelinesAndFoldersAsSides() throws {
        let folder = try CommandRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let base = CommandRunner.projectRoot.appendingPathComponent("\(Self.diffs)/dray-river").path
        let json = folder.appendingPathComponent("first.json").path, xml = folder.appendingPathComponent("second.xml").path
        #expect(try CommandRunner.run(["build", "\(base)/1-dray-valley-news.txt", "--format", "json", "-o", json]).status == 0)
        #expect(try CommandRunner.run(["build", "\(base)/2-dray-valley-news-update.txt", "--format", "xml", "-o", xml]).status == 0)
        let saved = try CommandRunner.run(["diff", json, xml])
        let articles = try CommandRunner.run(["diff", "\(base)/1-dray-valley-news.txt", "\(base)/2-dray-valley-news-update.txt"])
        #expect(saved.status == 1)
        #expect(saved.stdout == articles.stdout)
        // A saved timeline against the article it was built from.
        #expect(try CommandRunner.run(["diff", json, "\(base)/1-dray-valley-news.txt"]).status == 0)
        // A folder is one merged timeline.
        let folders = try CommandRunner.run(["diff", base, base])
        #expect(folders.status == 0 && folders.stdout.isEmpty)
    }

    @Test func htmlGoesToOutputByDefault() throws {
        let folder = try CommandRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let base = CommandRunner.projectRoot.appendingPathComponent("\(Self.diffs)/kestrel-festival").path
        let result = try CommandRunner.run(["diff", "\(base)/1-arts-weekly.txt", "\(base)/2-coast-review.txt", "--format", "html"], in: folder)
        #expect(result.status == 1)
        #expect(result.stdout.isEmpty)
        let page = folder.appendingPathComponent("Output/diff-1-arts-weekly-2-coast-review.html").path
        #expect(result.stderr == "dateline: wrote the diff (2 same, 1 refined, 0 date conflict, 1 only in A, 1 only in B) to Output/diff-1-arts-weekly-2-coast-review.html\n")
        let html = try String(contentsOfFile: page, encoding: .utf8)
        #expect(html.hasPrefix("<!DOCTYPE html>"))
        #expect(html.contains("class=\"diff-row diff-row-refined\""))
        let fragment = try CommandRunner.run(["diff", "\(base)/1-arts-weekly.txt", "\(base)/2-coast-review.txt", "--format", "html", "--fragment", "-o", "-"], in: folder)
        #expect(fragment.status == 1)
        #expect(fragment.stdout.hasPrefix("<section class=\"dateline-diff\">"))
    }

    @Test func emptyTimelinesAreHandled() throws {
        let folder = try CommandRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let empty = folder.appendingPathComponent("empty.json")
        try Data(JSONTimelineRenderer().render(Timeline(title: "Nothing yet", sources: [], events: [])).utf8).write(to: empty)
        let same = try CommandRunner.run(["diff", empty.path, empty.path])
        #expect(same.status == 0 && same.stdout.isEmpty && same.stderr.isEmpty)
        let page = try CommandRunner.run(["diff", empty.path, empty.path, "--format", "html", "-o", "-"])
        #expect(page.status == 0)
        #expect(page.stdout.contains("The two timelines tell the same events on the same dates."))
        let article = CommandRunner.projectRoot.appendingPathComponent("\(Self.diffs)/dray-river/1-dray-valley-news.txt").path
        let one = try CommandRunner.run(["diff", empty.path, article, "--format", "json"])
        #expect(one.status == 1)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(one.stdout.utf8)) as? [String: Any])
        #expect((object["summary"] as? [String: Int])?["onlyInB"] == 3)
    }

    @Test func unknownVersionIsAClearError() throws {
        let folder = try CommandRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let article = CommandRunner.projectRoot.appendingPathComponent("\(Self.diffs)/dray-river/1-dray-valley-news.txt").path
        let json = folder.appendingPathComponent("future.json"), xml = folder.appendingPathComponent("future.xml")
        try Data(#"{"version": 2, "title": "From the future", "events": []}"#.utf8).write(to: json)
        try Data(#"<timeline version="2"><title>From the future</title></timeline>"#.utf8).write(to: xml)
        for file in [json, xml] {
            let result = try CommandRunner.run(["diff", file.path, article])
            #expect(result.status == 2)
            #expect(result.stdout.isEmpty)
            #expect(result.stderr == "dateline: \(file.path): timeline document version 2 is not supported; this dateline reads version 1\n")
        }
    }

    @Test func troubleExitsTwoWithOneLine() throws {
        let article = "\(Self.diffs)/dray-river/1-dray-valley-news.txt"
        let cases: [([String], String)] = [
            (["diff", "no-such-article.txt", article], "dateline: no-such-article.txt: no such file or directory; check the path\n"),
            (["diff", "no-such.json", article], "dateline: no-such.json: no such file; pass an article, a folder of articles, or a timeline saved with dateline build --format xml or json\n"),
            (["diff", article, article, "--format", "pdf"], "dateline: --format pdf: not a diff format; choose markdown, json or html\n"),
            (["diff", article, article, "--fragment"], "dateline: --fragment applies to html only; drop it or choose --format html\n"),
            (["diff", "-", "-"], "dateline: only one side can be read from standard input; pass a file or folder for the other\n"),
            (["diff", article, article, "-o", article], "dateline: \(article): the output would overwrite an input article; choose another path with -o\n"),
        ]
        for (arguments, message) in cases {
            let result = try CommandRunner.run(arguments)
            #expect(result.status == 2, "\(arguments)")
            #expect(result.stderr == message)
        }
    }
}
