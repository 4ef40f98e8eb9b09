import Foundation
import Testing

/// The command output README.md shows under "What it produces" is what the tool prints today:
/// every line of each excerpt appears, in order, in the real output (columns compared with their
/// spacing collapsed, since the README lines the tab-separated columns up with spaces).
@Suite("README output excerpts")
struct ReadmeOutputTests {
    static func readme() throws -> String {
        try String(contentsOf: CommandRunner.projectRoot.appendingPathComponent("README.md"), encoding: .utf8)
    }

    /// The lines of the first fenced block that follows `marker` in the README.
    static func excerpt(after marker: String, in readme: String) throws -> [String] {
        let start = try #require(readme.range(of: marker)).upperBound
        let rest = readme[start...]
        let open = try #require(rest.range(of: "```"))
        let body = rest[open.upperBound...].drop { $0 != "\n" }.dropFirst()
        let close = try #require(body.range(of: "```"))
        return body[..<close.lowerBound].split(separator: "\n", omittingEmptySubsequences: false).dropLast().map(String.init)
    }

    static func collapsed(_ line: String) -> String {
        line.split(whereSeparator: { $0 == " " || $0 == "\t" }).joined(separator: " ")
    }

    /// Each excerpt line, collapsed, is found among the output's lines after the previous one.
    static func expectInOrder(_ excerpt: [String], in output: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let lines = output.split(separator: "\n", omittingEmptySubsequences: false).map { collapsed(String($0)) }
        var next = 0
        for line in excerpt.map(collapsed) where !line.isEmpty {
            guard let found = lines[next...].firstIndex(of: line) else {
                Issue.record("README line not in the output (in order): \(line)", sourceLocation: sourceLocation)
                return
            }
            next = found + 1
        }
    }

    @Test func markdownExcerpt() throws {
        let excerpt = try Self.excerpt(after: "`swift run dateline build Samples/ferry-line.txt --format markdown -o -` prints (excerpt):", in: Self.readme())
        #expect(excerpt.count > 10)
        let result = try CommandRunner.run(["build", "Samples/ferry-line.txt", "--format", "markdown", "-o", "-"])
        #expect(result.status == 0)
        Self.expectInOrder(excerpt, in: result.stdout)
    }

    @Test func tagExcerpt() throws {
        let excerpt = try Self.excerpt(after: "`--format timeml` writes TempEval-3 TimeML):", in: Self.readme())
        #expect(excerpt.count == 5)
        let result = try CommandRunner.run(["tag", "Samples/ferry-line.txt"])
        #expect(result.status == 0)
        Self.expectInOrder(excerpt, in: result.stdout)
    }
}
