import DatelineArticles
import Testing

@Suite("Bytes, encodings and line endings")
struct ReaderBytesTests {
    let reader = PlainTextArticleReader()

    @Test func crlfAndCRBecomeLF() throws {
        let text = "Title: Line Endings\r\nPublished: 2025-06-26\r\n\r\nFirst line\r\nsecond line\r\rNext paragraph\rwith a CR line."
        let article = try reader.read(Array(text.utf8), path: "a.txt")
        #expect(article.title == "Line Endings")
        #expect(article.published?.date.description == "2025-06-26")
        #expect(article.text == "First line\nsecond line\n\nNext paragraph\nwith a CR line.")
        #expect(!article.text.contains("\r"))
    }

    @Test func byteOrderMarkIsStripped() throws {
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("Published: 2025-06-26\n\nBody.".utf8)
        let article = try reader.read(bytes, path: "a.txt")
        #expect(article.published?.source == .header)
        #expect(article.text == "Body.")
        #expect(!article.text.unicodeScalars.contains("\u{FEFF}"))
    }

    @Test func byteOrderMarkBeforeABareDate() throws {
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("2025-06-26\nBody.".utf8)
        let article = try reader.read(bytes, path: "a.txt")
        #expect(article.published?.source == .firstLine)
    }

    @Test(arguments: [
        ([0x41, 0x42, 0xE9, 0x20, 0x43] as [UInt8], 2),          // Latin-1 é
        ([0x41, 0x80] as [UInt8], 1),                            // stray continuation byte
        ([0xC0, 0xAF] as [UInt8], 0),                            // overlong "/"
        ([0x61, 0xED, 0xA0, 0x80] as [UInt8], 1),                // UTF-16 surrogate
        ([0x61, 0x62, 0x63, 0xE2, 0x82] as [UInt8], 3),          // truncated at end of file
        ([0xF4, 0x90, 0x80, 0x80] as [UInt8], 0),                // above U+10FFFF
        ([0xC3, 0xA9, 0xFF] as [UInt8], 2),                      // valid é, then 0xFF
        ([0xEF, 0xBB, 0xBF, 0x61, 0xFE] as [UInt8], 4),          // offset counts the BOM
    ])
    func invalidUTF8ReportsTheOffset(bytes: [UInt8], offset: Int) {
        #expect(throws: ArticleError.notUTF8(path: "bad.txt", offset: offset)) {
            try reader.read(bytes, path: "bad.txt")
        }
    }

    @Test func validMultibyteTextIsAccepted() throws {
        let article = try reader.read(Array("Caf\u{E9} na Rua \u{2014} 東京 🚢.".utf8), path: "a.txt")
        #expect(article.text == "Caf\u{E9} na Rua \u{2014} 東京 🚢.")
    }

    @Test(arguments: ["", "   \n\n\t\n", "Title: Only A Title\nPublished: 2025-06-26\n\n   \n", "---\ntitle: X\n---\n", "2025-06-26\n"])
    func emptyArticle(text: String) {
        #expect(throws: ArticleError.emptyArticle(path: "e.txt")) {
            try reader.read(Array(text.utf8), path: "e.txt")
        }
    }

    @Test func paragraphsAreTrimmedAndBlankRunsCollapse() throws {
        let article = try reader.read(text: "  First para.  \n\n\n\n   Second para\t\n  continues.\n\n", path: "a.txt")
        #expect(article.text == "First para.\n\nSecond para\ncontinues.")
    }
}
