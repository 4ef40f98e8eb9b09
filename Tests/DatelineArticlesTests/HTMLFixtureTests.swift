import DatelineArticles
import Foundation
import Testing

/// Each saved page in `Fixtures/` gives its expected headline, publication date and source, and
/// paragraphs; paragraph precision and recall over all pages are measured and printed.
@Suite("HTML news pages")
struct HTMLFixtureTests {
    @Test(arguments: try HTMLFixture.all())
    func fixture(_ fixture: HTMLFixture) throws {
        let article = try HTMLArticleReader().read(fixture.bytes, path: fixture.path)
        #expect(article.title == fixture.title, "\(fixture.name): title")
        #expect(article.published?.date.description == fixture.published, "\(fixture.name): date")
        #expect(article.published?.source.rawValue == fixture.source, "\(fixture.name): source")
        if let zone = fixture.zone { #expect(article.published?.timeZone == zone, "\(fixture.name): zone") }
        #expect(article.warnings.count == fixture.warnings, "\(fixture.name): warnings \(article.warnings)")
        let paragraphs = article.text.components(separatedBy: "\n\n")
        #expect(paragraphs == fixture.paragraphs, "\(fixture.name): paragraphs")
    }

    @Test func extractionPrecisionAndRecall() throws {
        let fixtures = try HTMLFixture.all()
        #expect(fixtures.count >= 10)
        var found = 0, expected = 0, matched = 0, datesRight = 0
        for fixture in fixtures {
            let article = try HTMLArticleReader().read(fixture.bytes, path: fixture.path)
            let paragraphs = article.text.components(separatedBy: "\n\n")
            let wanted = Set(fixture.paragraphs)
            found += paragraphs.count
            expected += fixture.paragraphs.count
            matched += paragraphs.filter(wanted.contains).count
            if article.published?.date.description == fixture.published, article.published?.source.rawValue == fixture.source { datesRight += 1 }
        }
        let precision = Double(matched) / Double(max(found, 1))
        let recall = Double(matched) / Double(max(expected, 1))
        print(String(format: "HTML extraction over %d pages: paragraph precision %.3f (%d/%d), recall %.3f (%d/%d); dates and sources right %d/%d",
                     fixtures.count, precision, matched, found, recall, matched, expected, datesRight, fixtures.count))
        #expect(precision >= 0.95)
        #expect(recall >= 0.95)
        #expect(datesRight == fixtures.count)
    }
}
