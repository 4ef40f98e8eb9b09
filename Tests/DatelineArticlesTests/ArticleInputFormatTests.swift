import DatelineArticles
import DatelineNormalizer
import Foundation
import Testing

/// Formats told apart, folders walked recursively, standard input sniffed, TimeML read as articles.
@Suite("Input formats and folders")
struct ArticleInputFormatTests {
    static let timeML = """
        <?xml version="1.0" ?>
        <TimeML xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
        <DOCID>wsj_0001</DOCID>
        <DCT><TIMEX3 tid="t0" type="DATE" value="1998-08-07" temporalFunction="false" functionInDocument="CREATION_TIME">08/07/1998</TIMEX3></DCT>
        <TEXT>The company said last month that sales rose.</TEXT>
        </TimeML>
        """

    @Test func formatsByExtensionAndByContent() {
        #expect(ArticleFormat(path: "a.HTM", bytes: []) == .html)
        #expect(ArticleFormat(path: "a.tml", bytes: []) == .timeML)
        #expect(ArticleFormat(path: "wsj.tml.TE3input", bytes: []) == .timeML)
        #expect(ArticleFormat(path: "b.ndjson", bytes: []) == .jsonLines)
        #expect(ArticleFormat(path: "notes.md", bytes: Array("<html>".utf8)) == .plainText)
        #expect(ArticleFormat(path: "-", bytes: Array("  <!DOCTYPE html><html>".utf8)) == .html)
        #expect(ArticleFormat(path: "-", bytes: Array(Self.timeML.utf8)) == .timeML)
        #expect(ArticleFormat(path: "-", bytes: Array("{\"text\":\"x\"}\n".utf8)) == .jsonLines)
        #expect(ArticleFormat(path: "-", bytes: Array("Published: 2025-06-26\n\nText".utf8)) == .plainText)
        #expect(ArticleFormat(path: "page", bytes: [0xFF, 0xFE] + Array("<html>".utf16).flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }) == .html)
    }

    @Test func timeMLBecomesAnArticleDatedByItsCreationTime() throws {
        let article = try TimeMLArticleReader().read(Array(Self.timeML.utf8), path: "wsj_0001.tml.TE3input")
        #expect(article.id == "wsj-0001")
        #expect(article.text == "The company said last month that sales rose.")
        #expect(article.published == PublicationDate(date: CalendarDate(year: 1998, month: 8, day: 7)!, source: .creationTime))
        #expect(throws: ArticleError.timeML(.missingText(path: "x.tml"))) {
            try TimeMLArticleReader().read(Array("<TimeML><DCT/></TimeML>".utf8), path: "x.tml")
        }
    }

    @Test func foldersAreWalkedRecursivelyForEveryFormatInSortedOrder() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        _ = try dir.makeDirectory("b-pages/inner")
        _ = try dir.makeDirectory(".git")
        try dir.write("a.txt", "Published: 2025-01-01\n\nPlain text.")
        try dir.write("b-pages/page.html", "<html><head><meta name=pubdate content=2025-01-02></head><body><p>A page.</p></body></html>")
        try dir.write("b-pages/inner/deep.md", "2025-01-03\n\nDeep note.")
        try dir.write("c.tml", Self.timeML)
        try dir.write("d.jsonl", "{\"id\":\"r1\",\"text\":\"Record one.\",\"published\":\"2025-01-04\"}\n{\"id\":\"r2\",\"text\":\"Record two.\",\"published\":\"2025-01-05\"}\n")
        try dir.write("e.csv", "not,an,article")
        try dir.write(".git/HEAD.txt", "ignored")
        let articles = try ArticleLoader().load(paths: [dir.path])
        #expect(articles.map(\.text) == ["Plain text.", "Deep note.", "A page.", "The company said last month that sales rose.", "Record one.", "Record two."])
        #expect(articles.map { $0.published?.source } == [.header, .firstLine, .meta, .creationTime, .header, .header])
        #expect(articles.map(\.id) == ["a", "deep", "page", "c", "r1", "r2"])
    }

    @Test func symbolicLinkLoopsAreWalkedOnce() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let sub = try dir.makeDirectory("sub")
        try dir.write("sub/a.txt", "Published: 2025-01-01\n\nOnce.")
        try FileManager.default.createSymbolicLink(atPath: sub + "/loop", withDestinationPath: dir.path)
        let paths = try ArticleLoader().articlePaths(for: [dir.path])
        #expect(paths == [dir.path + "/sub/a.txt"])
    }

    @Test func standardInputIsSniffed() throws {
        let page = ArticleLoader(standardInput: { Array("<!DOCTYPE html><html><body><article><h1>Piped</h1><p>From a pipe.</p></article></body></html>".utf8) })
        let article = try #require(try page.load(paths: ["-"], requireDate: false).first)
        #expect(article.title == "Piped" && article.text == "From a pipe." && article.path == "-")
        let batch = ArticleLoader(standardInput: { Array("{\"id\":\"x\",\"text\":\"One.\"}\n{\"id\":\"y\",\"text\":\"Two.\"}\n".utf8) })
        #expect(try batch.load(paths: ["-"], requireDate: false).map(\.id) == ["x", "y"])
    }

    @Test func utf16PlainTextIsConverted() throws {
        let text = "Published: 2025-06-26\n\nCaf\u{E9} opened last month."
        let bytes: [UInt8] = [0xFF, 0xFE] + Array(text.utf16).flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        let article = try ArticleReader().read(bytes, path: "u.txt")
        #expect(article.text == "Caf\u{E9} opened last month.")
        #expect(article.published?.source == .header)
    }
}
