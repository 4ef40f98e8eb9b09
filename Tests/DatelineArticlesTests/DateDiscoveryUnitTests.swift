@testable import DatelineArticles
import DatelineNormalizer
import Testing

/// The small parsers behind page date discovery.
@Suite("Page dates and URL dates")
struct DateDiscoveryUnitTests {
    @Test(arguments: [
        ("2025-06-26", "2025-06-26", nil),
        ("2025-06-26T09:30:00+09:00", "2025-06-26", "+09:00"),
        ("2025-06-26T23:59:59.123-0500", "2025-06-26", "-05:00"),
        ("2025-06-26T13:30:00.000Z", "2025-06-26", "Z"),
        ("2025-06-26 09:30:00", "2025-06-26", nil),
        ("2025/06/26", "2025-06-26", nil),
        ("20250626", "2025-06-26", nil),
        ("Thu, 26 Jun 2025 09:30:00 +0900", "2025-06-26", "+09:00"),
        ("June 26, 2025", "2025-06-26", nil),
        ("Updated June 26, 2025 9:30 AM EDT", "2025-06-26", nil),
    ] as [(String, String, String?)])
    func pageDates(text: String, date: String, zone: String?) throws {
        let parsed = try #require(PageDateText.parse(text))
        #expect(parsed.date.description == date)
        #expect(parsed.timeZone == zone)
    }

    @Test(arguments: ["", "yesterday", "2025-13-01", "2025-02-30", "202506", "123456789", "June 2025"])
    func notPageDates(text: String) {
        #expect(PageDateText.parse(text) == nil)
    }

    @Test func instantsCompareAcrossZones() throws {
        let utc = try #require(PageDateText.parse("2025-06-27T03:30:00Z"))
        let local = try #require(PageDateText.parse("2025-06-26T23:30:00-04:00"))
        #expect(utc.instant == local.instant)
    }

    @Test(arguments: [
        ("https://x.example/2025/06/26/ferry", "2025-06-26"),
        ("https://x.example/news/2025/6/3/ferry.html", "2025-06-03"),
        ("https://x.example/a/2025-06-26-ferry-suspended", "2025-06-26"),
        ("https://x.example/a/20250626/ferry", "2025-06-26"),
        ("/local/2024/11/08/mill.html?utm=2025/01/01", "2024-11-08"),
    ])
    func urlDates(url: String, date: String) {
        #expect(URLDateMatcher.date(in: url)?.description == date)
    }

    @Test(arguments: [
        "https://2025.example/06/26/", "https://x.example/2025/06/", "https://x.example/story/20250626123456",
        "https://x.example/a?date=2025/06/26", "https://x.example/1850/06/26/x", "https://x.example/2025/13/01/x",
    ])
    func notURLDates(url: String) {
        #expect(URLDateMatcher.date(in: url) == nil)
    }

    @Test func charsetsMapToWhatIconvKnows() {
        func charset(_ html: String) -> String { HTMLCharset.of(Array(html.utf8)).encoding }
        #expect(charset("<html><head><meta charset=\"utf-8\">") == "UTF-8")
        #expect(charset("<html><head><title>x</title>") == "UTF-8")
        #expect(charset("<META HTTP-EQUIV=\"Content-Type\" CONTENT=\"text/html; charset=ISO-8859-1\">") == "WINDOWS-1252")
        #expect(charset("<meta http-equiv=Content-Type content='text/html;charset=euc-kr'>") == "CP949")
        #expect(charset("<meta charset=Shift_JIS>") == "CP932")
        #expect(charset("<?xml version=\"1.0\" encoding=\"windows-1252\"?><html>") == "WINDOWS-1252")
        #expect(charset("<meta charset=\"utf-16\">") == "UTF-8")
    }
}
