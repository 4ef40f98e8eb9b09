import DatelineArticles
import DatelineNormalizer
import Foundation
import Testing

/// Hostile and broken input: a clear error or a warning, never a crash, and nothing lost from good input.
@Suite("Bad input")
struct ArticleBadInputTests {
    @Test func zeroByteFile() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        for name in ["empty.txt", "empty.html", "empty.tml", "empty.jsonl"] {
            let path = try dir.write(name, bytes: [])
            #expect(throws: ArticleError.emptyFile(path: path)) { try ArticleLoader().load(paths: [path]) }
        }
        #expect(ArticleError.emptyFile(path: "a.txt").description == "a.txt: the file is empty (0 bytes); pass a file with article text in it")
    }

    @Test func binaryFiles() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let png = try dir.write("photo.html", bytes: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A] + (0..<200).map { UInt8($0) })
        #expect(throws: ArticleError.binaryFile(path: png, kind: "a PNG image")) { try ArticleLoader().load(paths: [png]) }
        let blob = try dir.write("blob.txt", bytes: Array("Published: 2025-06-26\n\nText".utf8) + [0, 0, 1, 2, 0xFF])
        #expect(throws: ArticleError.binaryFile(path: blob, kind: "a binary file (it holds NUL bytes)")) { try ArticleLoader().load(paths: [blob]) }
        let pdf = try dir.write("paper.txt", bytes: Array("%PDF-1.7\n".utf8) + [0xE2, 0xE3, 0xCF, 0xD3])
        #expect(throws: ArticleError.binaryFile(path: pdf, kind: "a PDF document")) { try ArticleLoader().load(paths: [pdf]) }
    }

    @Test func fiftyMegabyteHTMLPage() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let story = (1...12).map { "<p>Paragraph \($0) of the story: the harbor board met on June \($0 + 10) and voted again.</p>" }.joined()
        var page = Array("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Big page</title>".utf8)
        page += Array(#"<meta property="article:published_time" content="2025-06-26T10:00:00+02:00">"#.utf8)
        page += Array("<script>window.__STATE__ = \"".utf8)
        page += [UInt8](repeating: UInt8(ascii: "A"), count: 20_000_000)
        page += Array("\";</script></head><body><article><h1>Big page</h1>\(story)</article><section class=\"comments\">".utf8)
        let comment = Array("<div class=\"comment\"><p>A reader comment that goes on for a while about the harbor and the board.</p></div>\n".utf8)
        while page.count < 50_000_000 { page += comment }
        page += Array("</section></body></html>".utf8)
        let path = try dir.write("big.html", bytes: page)

        // Speed is measured by the benchmark, not asserted here; a reader that went quadratic would
        // not finish within the test run's time limit.
        let articles = try ArticleLoader().load(paths: [path])
        #expect(articles.first?.text.components(separatedBy: "\n\n").count == 12)
        #expect(articles.first?.published?.source == .meta)
    }

    @Test func htmlNestedAlmostTenThousandLevelsDeep() throws {
        let depth = 9_990  // with html, body, article, and p: inside the limit of 10,000 (InputLimits.maximumHTMLDepth)
        var html = "<html><head><meta name=\"pubdate\" content=\"2025-06-26\"></head><body><article><h1>Deep</h1>"
        html += "<p>The first paragraph comes before the nesting.</p>"
        html += String(repeating: "<div>", count: depth) + "<p>The deepest paragraph is still text.</p>" + String(repeating: "</div>", count: depth)
        html += "<p>The last paragraph comes after the nesting.</p></article></body></html>"
        let article = try HTMLArticleReader().read(Array(html.utf8), path: "deep.html")
        #expect(article.text == "The first paragraph comes before the nesting.\n\nThe deepest paragraph is still text.\n\nThe last paragraph comes after the nesting.")
        #expect(article.published?.source == .meta)
        // Unclosed tags all the way down, too.
        let unclosed = "<html><body><p>Before the unclosed tags, a paragraph.</p>" + String(repeating: "<div><span>", count: depth / 2) + "Inside it all."
        #expect(try HTMLArticleReader().read(Array(unclosed.utf8), path: "unclosed.html").text.hasPrefix("Before the unclosed tags, a paragraph."))
    }

    @Test func futureAndAncientDatesAreUsedWithAWarning() throws {
        let reader = ArticleReader(check: PublicationDateCheck(today: CalendarDate(year: 2025, month: 7, day: 1)!))
        let future = try reader.read(Array("Published: 2031-01-01\n\nThe ferry resumes next month.".utf8), path: "f.txt")
        #expect(future.published?.date.description == "2031-01-01")
        #expect(future.warnings.map(\.description) == ["f.txt: warning: publication date 2031-01-01 (from header) is after today (2025-07-01); used as given, pass --published to correct it"])
        let old = try reader.read(Array("<html><head><meta name=\"dc.date\" content=\"1851-09-18\"></head><body><p>The first issue of the paper appeared today.</p></body></html>".utf8), path: "o.html")
        #expect(old.published?.date.description == "1851-09-18")
        #expect(old.warnings.map(\.description) == ["o.html: warning: publication date 1851-09-18 (from meta) is before 1900; used as given, pass --published to correct it"])
        // A day ahead is a time zone, and --published is never questioned.
        #expect(try reader.read(Array("Published: 2025-07-02\n\nText.".utf8), path: "t.txt").warnings.isEmpty)
        #expect(try reader.read(Array("Text.".utf8), path: "t.txt", published: CalendarDate(year: 2040, month: 1, day: 1)).warnings.isEmpty)
    }
}
