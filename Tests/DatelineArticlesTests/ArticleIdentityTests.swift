import DatelineArticles
import Testing

@Suite("Article ids and error messages")
struct ArticleIdentityTests {
    @Test(arguments: [
        ("Samples/ferry-line.txt", "ferry-line"),
        ("-", "stdin"),
        ("/tmp/News Story (Final) v2.MD", "news-story-final-v2"),
        ("dir/__Weird___Name__.txt", "weird-name"),
        ("archive.tar.txt", "archive-tar"),
        (".hidden", "hidden"),
        ("noextension", "noextension"),
        ("Caf\u{E9}.txt", "caf"),
        ("dir/***.txt", "article"),
    ])
    func slug(path: String, id: String) {
        #expect(Article.id(forPath: path) == id)
    }

    @Test func readerUsesThePathForIdAndPath() throws {
        let article = try PlainTextArticleReader().read(text: "Body.", path: "-")
        #expect(article.id == "stdin")
        #expect(article.path == "-")
    }

    @Test func descriptionsAreOneLineAndSayWhatToDo() {
        let errors: [ArticleError] = [
            .fileNotFound(path: "a.txt"),
            .unreadable(path: "a.txt", reason: "permission\ndenied"),
            .notUTF8(path: "a.txt", offset: 1042),
            .emptyArticle(path: "a.txt"),
            .noArticlesInDirectory(path: "dir"),
            .invalidPublishedDate(path: "a.txt", line: 2, text: "soon"),
            .missingPublicationDate(path: "a.txt"),
            .emptyFile(path: "a.txt"),
            .binaryFile(path: "a.png", kind: "a PNG image"),
            .noTextInPage(path: "a.html"),
            .timeML(.missingText(path: "a.tml")),
            .invalidRecord(path: "b.jsonl", line: 7, reason: "not valid JSON; write one JSON object per line"),
        ]
        for error in errors {
            #expect(!error.description.contains("\n"))
            #expect(error.description.hasPrefix(error.path + ":"))
            #expect(error.description.contains(";"))
        }
        #expect(ArticleError.notUTF8(path: "Samples/x.txt", offset: 1042).description
            == "Samples/x.txt: byte 1042 is not valid UTF-8; re-save the file as UTF-8")
        #expect(ArticleError.missingPublicationDate(path: "Samples/x.txt").description
            == "Samples/x.txt: no publication date found; add a first line 'Published: YYYY-MM-DD', pass --published YYYY-MM-DD, or pass --allow-undated")
        #expect(ArticleError.invalidPublishedDate(path: "a.txt", line: 2, text: "soon").description.hasPrefix("a.txt:2: "))
    }
}
