import DatelineArticles
import DatelineNormalizer
import Testing

@Suite("Header block")
struct ReaderHeaderTests {
    let reader = PlainTextArticleReader()

    @Test func readsTitlePublishedAndURL() throws {
        let article = try reader.read(text: """
            Title: Bridge Reopens
            Published: 2025-06-26
            URL: https://example.com/bridge

            The bridge reopened on Tuesday.

            Traffic resumed
            within the hour.
            """, path: "Samples/bridge-news.txt")
        #expect(article.id == "bridge-news")
        #expect(article.title == "Bridge Reopens")
        #expect(article.url == "https://example.com/bridge")
        #expect(article.path == "Samples/bridge-news.txt")
        #expect(article.published == PublicationDate(date: CalendarDate(year: 2025, month: 6, day: 26)!, source: .header))
        #expect(article.text == "The bridge reopened on Tuesday.\n\nTraffic resumed\nwithin the hour.")
    }

    @Test func keysIgnoreCaseAndDateIsASynonym() throws {
        let article = try reader.read(text: "DATE: 2024-11-08\ntitle: Budget Passes\n\nThe council voted.", path: "a.txt")
        #expect(article.published?.date.description == "2024-11-08")
        #expect(article.published?.source == .header)
        #expect(article.title == "Budget Passes")
    }

    @Test func isoDateTimeKeepsTheWrittenDateAndZone() throws {
        let article = try reader.read(text: "Published: 2025-06-26T23:30:00+09:00\n\nBody text.", path: "a.txt")
        #expect(article.published?.date.description == "2025-06-26")
        #expect(article.published?.timeZone == "+09:00")

        let utc = try reader.read(text: "Published: 2025-06-26T09:30:00Z\n\nBody text.", path: "a.txt")
        #expect(utc.published?.timeZone == "Z")

        let noZone = try reader.read(text: "Published: 2025-06-26T09:30\n\nBody text.", path: "a.txt")
        #expect(noZone.published?.date.description == "2025-06-26")
        #expect(noZone.published?.timeZone == nil)
    }

    @Test(arguments: [
        ("June 26, 2025", "2025-06-26"),
        ("26 June 2025", "2025-06-26"),
        ("Sept. 2, 2025", "2025-09-02"),
        ("Thursday, June 26, 2025", "2025-06-26"),
        ("Thu, 26 Jun 2025 09:30:00 +0900", "2025-06-26"),
    ])
    func wordDates(value: String, expected: String) throws {
        let article = try reader.read(text: "Published: \(value)\n\nBody text.", path: "a.txt")
        #expect(article.published?.date.description == expected)
    }

    @Test func rfc2822StyleZoneIsNormalised() throws {
        let article = try reader.read(text: "Date: Thu, 26 Jun 2025 09:30:00 +0900\n\nBody text.", path: "a.txt")
        #expect(article.published?.timeZone == "+09:00")
    }

    @Test func unknownFirstKeyIsBodyText() throws {
        let article = try reader.read(text: "Note: the meeting moved to Friday.\nPublished: 2025-01-02\n\nMore text.", path: "a.txt")
        #expect(article.published == nil)
        #expect(article.text.hasPrefix("Note: the meeting moved to Friday.\nPublished: 2025-01-02"))
    }

    @Test func unknownKeysInsideAHeaderAreSkipped() throws {
        let article = try reader.read(text: "Title: Fire Drill\nAuthor: Staff\nPublished: 2025-02-03\n\nThe drill ran long.", path: "a.txt")
        #expect(article.published?.date.description == "2025-02-03")
        #expect(article.text == "The drill ran long.")
    }

    @Test func headerWithoutBlankLineEndsAtFirstNonHeaderLine() throws {
        let article = try reader.read(text: "Published: 2025-02-03\nThe drill ran long.\nIt ended at noon.", path: "a.txt")
        #expect(article.published?.date.description == "2025-02-03")
        #expect(article.text == "The drill ran long.\nIt ended at noon.")
    }

    @Test(arguments: ["tomorrow", "2025-13-01", "2025-02-30", "June 31, 2025", "2025-06-26T25:00", "2025-06-26 garbage"])
    func invalidPublishedDateReportsLineAndText(value: String) {
        #expect(throws: ArticleError.invalidPublishedDate(path: "x.txt", line: 2, text: value)) {
            try reader.read(text: "Title: A Story\nPublished: \(value)\n\nBody.", path: "x.txt")
        }
    }

    @Test func emptyPublishedValueIsIgnored() throws {
        let article = try reader.read(text: "Title: A Story\nPublished:\n\nBody.", path: "x.txt")
        #expect(article.published == nil)
        #expect(article.title == "A Story")
    }
}
