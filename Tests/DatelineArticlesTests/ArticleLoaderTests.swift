import DatelineArticles
import DatelineNormalizer
import Foundation
import Testing

@Suite("Article loader")
struct ArticleLoaderTests {
    @Test func directoryIsWalkedRecursivelySortedByNameAndFiltered() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        try dir.write("b-story.txt", "Published: 2025-02-01\n\nSecond.")
        try dir.write("a-story.md", "Published: 2025-01-01\n\nFirst.")
        try dir.write("c-story.TXT", "Published: 2025-03-01\n\nThird.")
        try dir.write("notes.json", "{}")
        try dir.write(".hidden.txt", "Published: 2025-04-01\n\nHidden.")
        _ = try dir.makeDirectory("sub.txt")
        try dir.write("sub.txt/inner.txt", "Published: 2025-05-01\n\nInner.")

        let articles = try ArticleLoader().load(paths: [dir.path])
        #expect(articles.map(\.id) == ["a-story", "b-story", "c-story", "inner"])
        #expect(articles.map(\.text) == ["First.", "Second.", "Third.", "Inner."])
        #expect(articles.first?.path == dir.path + "/a-story.md")
        #expect(articles.last?.path == dir.path + "/sub.txt/inner.txt")
        #expect(articles.map { $0.published?.date.description } == ["2025-01-01", "2025-02-01", "2025-03-01", "2025-05-01"])
    }

    @Test func pathsKeepTheirOrderAndDuplicateIdsAreMadeUnique() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let z = try dir.write("z.txt", "Published: 2025-01-01\n\nZed.")
        let notes = try dir.write("notes.txt", "Published: 2025-01-02\n\nOne.")
        let sub = try dir.makeDirectory("other")
        try dir.write("other/notes.md", "Published: 2025-01-03\n\nTwo.")

        let articles = try ArticleLoader().load(paths: [z, notes, sub])
        #expect(articles.map(\.id) == ["z", "notes", "notes-2"])
        #expect(articles.map(\.text) == ["Zed.", "One.", "Two."])
    }

    @Test func directoryWithoutArticles() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        try dir.write("data.csv", "a,b")
        #expect(throws: ArticleError.noArticlesInDirectory(path: dir.path)) {
            try ArticleLoader().load(paths: [dir.path])
        }
    }

    @Test func missingFile() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let good = try dir.write("good.txt", "Published: 2025-01-01\n\nFine.")
        let missing = dir.path + "/nope.txt"
        #expect(throws: ArticleError.fileNotFound(path: missing)) {
            try ArticleLoader().load(paths: [good, missing])
        }
    }

    @Test func missingDateIsAnErrorOnlyWhenRequired() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let undated = try dir.write("undated.txt", "Storm Hits Coast\n\nThe storm hit on Monday.")
        #expect(throws: ArticleError.missingPublicationDate(path: undated)) {
            try ArticleLoader().load(paths: [undated])
        }
        let loose = try ArticleLoader().load(paths: [undated], requireDate: false)
        #expect(loose.count == 1)
        #expect(loose.first?.published == nil)
        #expect(loose.first?.title == "Storm Hits Coast")

        let override = CalendarDate(year: 2025, month: 6, day: 26)!
        let dated = try ArticleLoader().load(paths: [undated], published: override)
        #expect(dated.first?.published == PublicationDate(date: override, source: .option))
    }

    @Test func readerErrorsCarryTheFilePath() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let bad = try dir.write("bad.txt", bytes: Array("Published: 2025-01-01\n\nNa".utf8) + [0xEF, 0x20])
        #expect(throws: ArticleError.notUTF8(path: bad, offset: 25)) {
            try ArticleLoader().load(paths: [dir.path])
        }
    }

    @Test func dashReadsStandardInput() throws {
        let loader = ArticleLoader(standardInput: { Array("Published: 2025-06-26\n\nFrom a pipe.".utf8) })
        let articles = try loader.load(paths: ["-"])
        #expect(articles.count == 1)
        #expect(articles.first?.id == "stdin")
        #expect(articles.first?.path == "-")
        #expect(articles.first?.text == "From a pipe.")
    }

    @Test func articlePathsExpandsDirectories() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        try dir.write("b.md", "x")
        try dir.write("a.txt", "x")
        let paths = try ArticleLoader().articlePaths(for: ["-", dir.path + "/"])
        #expect(paths == ["-", dir.path + "/a.txt", dir.path + "/b.md"])
    }
}
