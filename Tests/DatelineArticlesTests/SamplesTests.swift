import DatelineArticles
import Foundation
import Testing

@Suite("Samples folder")
struct SamplesTests {
    /// `Samples/` at the package root, found from this file's path.
    static let samplesPath: String = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() }  // file, DatelineArticlesTests, Tests
        return url.appendingPathComponent("Samples").path
    }()

    @Test func everySampleLoadsWithADate() throws {
        let articles = try ArticleLoader().load(paths: [Self.samplesPath], requireDate: true)
        #expect(articles.count >= 4)
        for article in articles {
            #expect(article.published != nil, "\(article.path) has no date")
            #expect(article.title != nil, "\(article.path) has no title")
            let words = article.text.split(whereSeparator: \.isWhitespace).count
            #expect((150...300).contains(words), "\(article.path) has \(words) words")
        }
        let dates = Set(articles.compactMap { $0.published?.date.description })
        #expect(dates.count == articles.count, "sample dates should differ")
    }

    @Test func sampleDatesAndSources() throws {
        let articles = try ArticleLoader().load(paths: [Self.samplesPath])
        let byID = Dictionary(uniqueKeysWithValues: articles.map { ($0.id, $0) })
        #expect(byID["ferry-line"]?.published?.date.description == "2025-06-26")
        #expect(byID["harbor-dredging"]?.published?.date.description == "2025-03-14")
        #expect(byID["harbor-dredging"]?.text.hasPrefix("PORT HALLORAN, March 14 —") == true)
        #expect(byID["mill-museum"]?.published?.source == .firstLine)
        #expect(byID["mill-museum"]?.published?.date.description == "2024-11-08")
        #expect(byID["mill-museum"]?.title == "Old Textile Mill in Wrenford to Reopen as a Museum")
        #expect(byID["transit-fares"]?.published?.date.description == "2025-09-02")
        #expect(byID["transit-fares"]?.published?.timeZone == "-05:00")
    }
}
