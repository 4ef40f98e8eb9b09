import DatelineArticles
import DatelineNormalizer
import Testing

@Suite("Publication date sources")
struct ReaderDateSourceTests {
    let reader = PlainTextArticleReader()

    @Test(arguments: ["2025-06-26", "June 26, 2025", "26 June 2025"])
    func bareFirstLineDate(line: String) throws {
        let article = try reader.read(text: "\(line)\n\nMayor Resigns\n\nThe mayor resigned on Monday.", path: "a.txt")
        #expect(article.published == PublicationDate(date: CalendarDate(year: 2025, month: 6, day: 26)!, source: .firstLine))
        #expect(article.title == "Mayor Resigns")
        #expect(article.text == "The mayor resigned on Monday.")
    }

    @Test func frontMatter() throws {
        let article = try reader.read(text: """
            ---
            title: "Dam Inspection Finds Cracks"
            date: 2024-11-08
            url: https://example.com/dam
            tags: [infrastructure]
            ---

            Inspectors found cracks in the spillway.
            """, path: "posts/Dam Report.md")
        #expect(article.title == "Dam Inspection Finds Cracks")
        #expect(article.published == PublicationDate(date: CalendarDate(year: 2024, month: 11, day: 8)!, source: .header))
        #expect(article.url == "https://example.com/dam")
        #expect(article.text == "Inspectors found cracks in the spillway.")
        #expect(article.id == "dam-report")
    }

    @Test func frontMatterInvalidDateReportsItsLine() {
        #expect(throws: ArticleError.invalidPublishedDate(path: "a.md", line: 3, text: "soon")) {
            try reader.read(text: "---\ntitle: X\ndate: soon\n---\nBody.", path: "a.md")
        }
    }

    @Test func datelineWithYear() throws {
        let article = try reader.read(
            text: "Port Reopens\n\nPORT HALLORAN, March 14, 2025 (Coastal Wire) -- The port reopened on Friday.",
            path: "a.txt")
        #expect(article.published == PublicationDate(date: CalendarDate(year: 2025, month: 3, day: 14)!, source: .dateline))
        #expect(article.title == "Port Reopens")
        #expect(article.text.hasPrefix("PORT HALLORAN, March 14, 2025 (Coastal Wire) --"))
    }

    @Test(arguments: [
        "June 26, 2025 — The council met.",
        "SEOUL, June 26, 2025 — The council met.",
        "St. Louis, Mo., 26 June 2025 -- The council met.",
        "Rio de Janeiro, June 26, 2025 – The council met.",
    ])
    func datelineForms(line: String) throws {
        let article = try reader.read(text: line, path: "a.txt")
        #expect(article.published?.date.description == "2025-06-26")
        #expect(article.published?.source == .dateline)
    }

    @Test func datelineIsOnlySearchedInTheFirstThreeLines() throws {
        let article = try reader.read(text: "One.\nTwo.\nThree.\nJune 26, 2025 — Four.", path: "a.txt")
        #expect(article.published == nil)
    }

    @Test(arguments: [
        "SEOUL, June 26 (Yonhap) -- The council met.",
        "The council met on June 26, 2025 -- and then adjourned.",
        "Officials said Tuesday, June 26, 2025 — nothing.",
    ])
    func notADatedDateline(line: String) throws {
        let article = try reader.read(text: line, path: "a.txt")
        #expect(article.published == nil)
        #expect(article.text == line)
    }

    @Test func datelineWithoutYearIsNeverTheTitle() throws {
        let article = try reader.read(text: "PORT HALLORAN, March 14 —\nThe port reopened.", path: "a.txt")
        #expect(article.title == nil)
        #expect(article.text == "PORT HALLORAN, March 14 —\nThe port reopened.")
    }

    @Test func publishedOptionOverridesEveryOtherSource() throws {
        let override = CalendarDate(year: 2020, month: 1, day: 2)!
        let header = try reader.read(text: "Published: 2025-06-26\n\nBody.", path: "a.txt", published: override)
        #expect(header.published == PublicationDate(date: override, source: .option))

        let firstLine = try reader.read(text: "2025-06-26\nBody.", path: "a.txt", published: override)
        #expect(firstLine.published == PublicationDate(date: override, source: .option))
        #expect(firstLine.text == "Body.")

        let none = try reader.read(text: "Body.", path: "a.txt", published: override)
        #expect(none.published?.source == .option)
    }

    @Test func publishedOptionRescuesAnUnreadableHeaderDate() throws {
        let override = CalendarDate(year: 2020, month: 1, day: 2)!
        let article = try reader.read(text: "Published: someday\n\nBody.", path: "a.txt", published: override)
        #expect(article.published?.date == override)
    }

    @Test func headerDateWinsOverDateline() throws {
        let article = try reader.read(text: "Published: 2025-06-27\n\nJune 26, 2025 — Body.", path: "a.txt")
        #expect(article.published?.source == .header)
        #expect(article.published?.date.description == "2025-06-27")
    }

    @Test func noDateAnywhereIsNilNotAnError() throws {
        let article = try reader.read(text: "Just a paragraph of text.", path: "a.txt")
        #expect(article.published == nil)
    }
}
