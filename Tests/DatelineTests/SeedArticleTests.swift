import Dateline
import Foundation
import Testing

/// Where the mission's example article sits when ../shared is beside the project.
enum SeedArticle {
    static let path = CommandRunner.projectRoot.deletingLastPathComponent()
        .appendingPathComponent("shared/corpora/seed/bezos-blue-origin.txt").path
    static let isPresent = FileManager.default.fileExists(atPath: path)
}

/// The mission's example article, read from ../shared/corpora when it is there (never copied into the project).
@Suite("Seed article", .enabled(if: SeedArticle.isPresent, "../shared/corpora/seed is not beside the project"))
struct SeedArticleTests {
    static let path = SeedArticle.path

    @Test func eventsComeInDateOrder() throws {
        let result = try CommandRunner.run(["build", Self.path, "--published", "2025-06-26", "--format", "json", "-o", "-"])
        #expect(result.status == 0, "stderr: \(result.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let events = try #require(json["events"] as? [[String: Any]])
        let values = events.compactMap { ($0["when"] as? [String: Any])?["value"] as? String }
        // Last year (2024) starts before last summer (2024-SU): earlier start first.
        #expect(Array(values.prefix(4)) == ["2024", "2024-SU", "2025-04", "2025-05"])
        #expect(values.last == "2025-06-26")
        #expect(values.contains("2025-06-25"))
        let kinds = events.compactMap { $0["kind"] as? String }
        #expect(kinds.last == "upcoming")
        #expect(kinds[1] == "state")
        let labels = events.compactMap { $0["label"] as? String }
        #expect(labels.contains("Summer 2024") && labels.contains("April 2025") && labels.contains("June 25, 2025"))
        // The June events sit between May and the wedding.
        let juneIndexes = values.indices.filter { values[$0].hasPrefix("2025-06") && values[$0] != "2025-06-26" }
        #expect(juneIndexes.allSatisfy { $0 > 3 && $0 < values.count - 1 })
    }

    @Test func everySeedExpressionKindIsFound() throws {
        let result = try CommandRunner.run(["tag", Self.path, "--published", "2025-06-26"])
        let rows = result.stdout.split(separator: "\n").map { $0.split(separator: "\t", omittingEmptySubsequences: false).map(String.init) }
        let pairs = Set(rows.dropFirst().map { "\($0[1])=\($0[3])" })
        for expected in ["June 25=2025-06-25", "June=2025-06", "April=2025-04", "Last month=2025-05", "earlier this month=2025-06",
                         "last summer=2024-SU", "last year=2024", "recently=PAST_REF", "now=PRESENT_REF",
                         "recent months=PXM", "years=PXY", "June 26=2025-06-26"] {
            #expect(pairs.contains(expected), "missing \(expected)")
        }
    }
}
