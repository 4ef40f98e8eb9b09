import DatelineArticles
import DatelineNormalizer
import Foundation
import Testing

/// Reading pages: encodings, date sources in their order of trust, overrides and warnings.
@Suite("HTML reader")
struct HTMLReaderTests {
    let reader = HTMLArticleReader()

    func page(head: String = "", body: String) -> [UInt8] {
        Array("<!DOCTYPE html><html><head>\(head)</head><body>\(body)</body></html>".utf8)
    }

    let story = "<article><h1>Pier Closes</h1><p>The pier closed last month after a storm damaged two beams.</p></article>"

    @Test func legacyWindows1252PageIsDecodedThroughItsMetaCharset() throws {
        let fixture = try HTMLFixture(file: "legacy-windows-1252.html")
        let article = try reader.read(fixture.bytes, path: fixture.path)
        #expect(article.text.contains("Ren\u{E9}e Halvorsen"))
        #expect(article.text.contains("\u{201C}This was the biggest employer"))
        #expect(article.text.contains("CALDER BAY \u{2014} The brick"))
        #expect(!article.text.contains("\u{FFFD}"))
    }

    @Test func eucKRPageIsDecoded() throws {
        let fixture = try HTMLFixture(file: "euc-kr.html")
        let article = try reader.read(fixture.bytes, path: fixture.path)
        #expect(article.title == "한빛시, 여름 축제 기간 심야 버스 운행")
        #expect(article.text.hasPrefix("한빛시는 다음 달"))
    }

    @Test func shiftJISAndLatin1LabelsAreDecoded() throws {
        // 日本の港 in Shift_JIS.
        let japanese: [UInt8] = Array("<html><head><meta charset=\"Shift_JIS\"></head><body><p>".utf8) + [0x93, 0xFA, 0x96, 0x7B, 0x82, 0xCC, 0x8D, 0x60] + Array("</p></body></html>".utf8)
        #expect(try reader.read(japanese, path: "jp.html").text == "日本の港")
        // ISO-8859-1 is read as windows-1252, as browsers do: 0x93 and 0x94 are curly quotes.
        let latin: [UInt8] = Array("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=ISO-8859-1\"><p>".utf8) + [0x93, 0x43, 0x61, 0x66, 0xE9, 0x94] + Array("</p>".utf8)
        #expect(try reader.read(latin, path: "l.html").text == "\u{201C}Caf\u{E9}\u{201D}")
    }

    @Test func utf16WithByteOrderMarkIsConverted() throws {
        let fixture = try HTMLFixture(file: "utf16-bom.html")
        let article = try reader.read(fixture.bytes, path: fixture.path)
        #expect(article.text.contains("maraîchère depuis 1996"))
        let bigEndian: [UInt8] = [0xFE, 0xFF] + Array(String(decoding: page(body: story), as: UTF8.self).utf16).flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }
        #expect(try reader.read(bigEndian, path: "be.html").title == "Pier Closes")
    }

    @Test func utf8ByteOrderMarkAndUndeclaredUTF8() throws {
        let text = "<p>Caf\u{E9} owners on the quay said the pier closed last month.</p>"
        let withBOM = [0xEF, 0xBB, 0xBF] + page(body: text)
        #expect(try reader.read(withBOM, path: "a.html").text == "Caf\u{E9} owners on the quay said the pier closed last month.")
        #expect(try reader.read(page(body: text), path: "a.html").text == "Caf\u{E9} owners on the quay said the pier closed last month.")
    }

    @Test func invalidBytesInAUTF8PageBecomeReplacementCharactersAndTheRestSurvives() throws {
        let bytes = Array("<html><head><meta charset=\"utf-8\"></head><body><p>Caf".utf8) + [0xE9] +
            Array(" on the quay.</p><p>The pier caf\u{E9} reopened in June.</p></body></html>".utf8)
        let article = try reader.read(bytes, path: "bad.html")
        #expect(article.text == "Caf\u{FFFD} on the quay.\n\nThe pier caf\u{E9} reopened in June.")
    }

    @Test func jsonLDBeatsMetaBeatsTimeBeatsURLBeatsDateline() throws {
        let jsonLD = #"<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2025-06-01"}</script>"#
        let meta = #"<meta property="article:published_time" content="2025-06-02T10:00:00+02:00">"#
        let canonical = #"<link rel="canonical" href="https://x.example/2025/06/04/pier">"#
        let time = #"<article><h1>Pier</h1><time datetime="2025-06-03">June 3</time><p>CALDER BAY, June 5, 2025 -- The pier closed last month.</p></article>"#
        let dateline = #"<article><h1>Pier</h1><p>CALDER BAY, June 5, 2025 -- The pier closed last month.</p></article>"#
        let cases: [(String, String, String, PublicationDateSource)] = [
            (jsonLD + meta + canonical, time, "2025-06-01", .jsonLD),
            (meta + canonical, time, "2025-06-02", .meta),
            (canonical, time, "2025-06-03", .timeElement),
            (canonical, dateline, "2025-06-04", .url),
            ("", dateline, "2025-06-05", .dateline),
        ]
        for (head, body, date, source) in cases {
            let article = try reader.read(page(head: head, body: body), path: "p.html")
            #expect(article.published?.date.description == date)
            #expect(article.published?.source == source)
        }
    }

    @Test(arguments: [
        #"<meta property="og:article:published_time" content="2025-06-26T09:30:00+09:00">"#,
        #"<meta itemprop="datePublished" content="2025-06-26">"#,
        #"<meta name="pubdate" content="20250626">"#,
        #"<meta name="DC.date" content="2025-06-26">"#,
        #"<meta name="dc.date.issued" content="2025/06/26">"#,
        #"<meta name="sailthru.date" content="2025-06-26 09:30:00 -0400">"#,
        #"<meta name="parsely-pub-date" content="2025-06-26T13:30:00Z">"#,
        #"<meta name="date" content="Thu, 26 Jun 2025 09:30:00 +0900">"#,
        #"<meta name="publish-date" content="June 26, 2025 9:30 AM EDT">"#,
    ])
    func metaTagsGiveTheDate(tag: String) throws {
        let article = try reader.read(page(head: tag, body: story), path: "p.html")
        #expect(article.published?.date.description == "2025-06-26")
        #expect(article.published?.source == .meta)
    }

    @Test func modifiedTimesAreNotPublicationTimes() throws {
        let head = #"<meta property="article:modified_time" content="2025-07-01"><meta property="og:updated_time" content="2025-07-01">"#
        #expect(try reader.read(page(head: head, body: story), path: "p.html").published == nil)
    }

    @Test func jsonLDInArraysGraphsWrappersAndTypeLists() throws {
        let scripts = [
            #"[{"@type":"BreadcrumbList"},{"@type":"NewsArticle","datePublished":"2025-06-26"}]"#,
            #"{"@context":"https://schema.org","@graph":[{"@type":"WebPage","datePublished":"2025-01-01"},{"@type":"Article","datePublished":"2025-06-26"}]}"#,
            #"<!--{"@type":["ReportageNewsArticle"],"datePublished":"2025-06-26T09:00:00+09:00"}-->"#,
            "//<![CDATA[\n{\"@type\":\"schema:NewsArticle\",\"datePublished\":\"2025-06-26\",\"articleBody\":\"raw\nnewline\"}\n//]]>",
            #"{"@type":"WebPage","mainEntity":{"@type":"NewsArticle","datePublished":"2025-06-26"}}"#,
        ]
        for script in scripts {
            let head = "<script type=\"application/ld+json\">\(script)</script>"
            let article = try reader.read(page(head: head, body: story), path: "p.html")
            #expect(article.published?.date.description == "2025-06-26", "\(script)")
            #expect(article.published?.source == .jsonLD)
        }
    }

    @Test func brokenJSONLDFallsBackToMeta() throws {
        let head = #"<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2025-06-01",</script><meta name="pubdate" content="2025-06-26">"#
        let article = try reader.read(page(head: head, body: story), path: "p.html")
        #expect(article.published?.source == .meta)
        #expect(article.published?.date.description == "2025-06-26")
    }

    @Test func relatedStoryDatesInJSONLDAndTimeElementsAreIgnored() throws {
        let head = #"<script type="application/ld+json">{"@type":"ItemList","itemListElement":[{"@type":"NewsArticle","datePublished":"2020-01-01"}]}</script>"#
        let body = #"<article><h1>Pier</h1><p>The pier closed last month after a storm.</p><aside class="related"><time datetime="2020-01-02">Jan 2</time></aside></article>"#
        #expect(try reader.read(page(head: head, body: body), path: "p.html").published == nil)
    }

    @Test func theDateIsTheDayInThePagesOwnZone() throws {
        let head = #"<meta property="article:published_time" content="2025-06-27T03:30:00Z">"#
        let body = #"<article><h1>Pier</h1><time datetime="2025-06-26T23:30:00-04:00">June 26</time><p>The pier closed last month.</p></article>"#
        let article = try reader.read(page(head: head, body: body), path: "p.html")
        #expect(article.published == PublicationDate(date: CalendarDate(year: 2025, month: 6, day: 26)!, source: .meta, timeZone: "-04:00"))
        // Without a local time to match, the UTC day is used as written.
        let alone = try reader.read(page(head: head, body: story), path: "p.html")
        #expect(alone.published == PublicationDate(date: CalendarDate(year: 2025, month: 6, day: 27)!, source: .meta, timeZone: "Z"))
    }

    @Test func aURLDateThatDisagreesGivesAWarningAndTheMetaDateWins() throws {
        let head = #"<meta property="article:published_time" content="2025-06-26"><link rel="canonical" href="https://x.example/2025/06/12/pier/">"#
        let article = try reader.read(page(head: head, body: story), path: "p.html")
        #expect(article.published?.date.description == "2025-06-26")
        #expect(article.warnings == [.urlDateConflict(path: "p.html", urlDate: CalendarDate(year: 2025, month: 6, day: 12)!,
                                                      used: CalendarDate(year: 2025, month: 6, day: 26)!, source: .meta)])
        #expect(article.warnings[0].description == "p.html: warning: the URL's date 2025-06-12 differs from the meta date 2025-06-26; using 2025-06-26")
        // A day apart is a time-zone difference, not a conflict.
        let near = #"<meta property="article:published_time" content="2025-06-26"><link rel="canonical" href="https://x.example/2025/06/25/pier/">"#
        #expect(try reader.read(page(head: near, body: story), path: "p.html").warnings.isEmpty)
    }

    @Test func theURLArgumentAndSavedFromCommentGiveURLDates() throws {
        let article = try reader.read(page(body: story), path: "p.html", url: "https://x.example/news/2024-11-08-mill-museum")
        #expect(article.published?.date.description == "2024-11-08")
        #expect(article.url == "https://x.example/news/2024-11-08-mill-museum")
        let saved = Array("<!-- saved from url=(0048)https://x.example/2024/11/08/mill-museum.html -->\n".utf8) + page(body: story)
        #expect(try reader.read(saved, path: "p.html").published?.source == .url)
    }

    @Test func publishedOptionOverridesThePage() throws {
        let head = #"<meta property="article:published_time" content="2025-06-26"><link rel="canonical" href="https://x.example/2025/06/12/pier/">"#
        let override = CalendarDate(year: 2024, month: 1, day: 2)!
        let article = try reader.read(page(head: head, body: story), path: "p.html", published: override)
        #expect(article.published == PublicationDate(date: override, source: .option))
        #expect(article.warnings.isEmpty)
    }

    @Test func titleFallsBackFromH1ToOpenGraphToJSONLDToTitleElement() throws {
        let body = "<div><p>The pier closed last month after a storm damaged two beams.</p></div>"
        #expect(try reader.read(page(head: #"<meta property="og:title" content="OG Title"><title>Doc | Site</title>"#, body: body), path: "p.html").title == "OG Title")
        #expect(try reader.read(page(head: #"<script type="application/ld+json">{"@type":"NewsArticle","headline":"LD Headline"}</script>"#, body: body), path: "p.html").title == "LD Headline")
        #expect(try reader.read(page(head: "<title>Pier Closes After Storm | The Calder Bay Courier</title>", body: body), path: "p.html").title == "Pier Closes After Storm")
        #expect(try reader.read(page(head: "<title>Courier - Pier Closes After Storm</title>", body: body), path: "p.html").title == "Pier Closes After Storm")
    }

    @Test func pagesWithoutTextAreAClearError() throws {
        #expect(throws: ArticleError.noTextInPage(path: "nav.html")) {
            try reader.read(page(body: "<nav><ul><li><a href=/>Home</a></li></ul></nav><script>var x = 1;</script>"), path: "nav.html")
        }
        #expect(throws: ArticleError.emptyArticle(path: "blank.html")) { try reader.read(Array("  \n ".utf8), path: "blank.html") }
    }

    @Test func textBetweenDoubleBreaksMakesParagraphs() throws {
        let body = "<td>First paragraph of the story, long enough to count as text.<br><br>Second one<br>has two lines.<br><br><br>Third.</td>"
        #expect(try reader.read(page(body: "<table><tr>\(body)</tr></table>"), path: "p.html").text
            == "First paragraph of the story, long enough to count as text.\n\nSecond one\nhas two lines.\n\nThird.")
    }
}
