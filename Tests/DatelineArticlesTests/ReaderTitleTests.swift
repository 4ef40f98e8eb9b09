import DatelineArticles
import Testing

@Suite("Title heuristic")
struct ReaderTitleTests {
    let reader = PlainTextArticleReader()

    @Test func shortFirstLineIsTheTitleAndLeavesTheText() throws {
        let article = try reader.read(text: "\n\nCity Opens New Library\nThe library opened on Saturday.", path: "a.txt")
        #expect(article.title == "City Opens New Library")
        #expect(article.text == "The library opened on Saturday.")
    }

    @Test func onlyTheFirstShortLineIsTaken() throws {
        let article = try reader.read(text: "City Opens New Library\n\nA decade of planning pays off\n\nThe library opened.", path: "a.txt")
        #expect(article.title == "City Opens New Library")
        #expect(article.text == "A decade of planning pays off\n\nThe library opened.")
    }

    @Test(arguments: [
        "The library opened on Saturday.",
        "Will the library open?",
        "It opened!",
        "\"We are open,\" the mayor said, \"at last\"",
        "The mayor said it was \u{201C}finally done\u{201D}",
        "Highlights:",
    ])
    func sentenceLikeFirstLineIsNotATitle(line: String) throws {
        let article = try reader.read(text: "\(line)\nMore text follows here.", path: "a.txt")
        #expect(article.title == nil)
        #expect(article.text.hasPrefix(line))
    }

    @Test func longFirstLineIsNotATitle() throws {
        let line = String(repeating: "word ", count: 30) + "end"  // 153 characters, no final punctuation
        let article = try reader.read(text: "\(line)\nMore text.", path: "a.txt")
        #expect(article.title == nil)
        #expect(article.text.hasPrefix(line))
    }

    @Test func headerTitleWinsAndTheFirstLineStays() throws {
        let article = try reader.read(text: "Title: Real Title\n\nA Short Deck Line\nBody text.", path: "a.txt")
        #expect(article.title == "Real Title")
        #expect(article.text == "A Short Deck Line\nBody text.")
    }

    @Test func headerTitleRepeatedAsMarkdownHeadingIsDropped() throws {
        let article = try reader.read(text: "---\ntitle: Real Title\ndate: 2025-01-01\n---\n# Real Title\n\nBody text.", path: "a.md")
        #expect(article.title == "Real Title")
        #expect(article.text == "Body text.")
    }

    @Test func markdownHeadingMarkerIsStripped() throws {
        let article = try reader.read(text: "## Storm Closes Schools\n\nAll schools closed.", path: "a.md")
        #expect(article.title == "Storm Closes Schools")
    }

    @Test func aLoneShortLineStaysAsTheBody() throws {
        let article = try reader.read(text: "Storm Closes Schools", path: "a.txt")
        #expect(article.title == nil)
        #expect(article.text == "Storm Closes Schools")
    }
}
