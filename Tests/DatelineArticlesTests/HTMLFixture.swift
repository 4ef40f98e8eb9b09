import Foundation

/// A saved page in `Fixtures/` and what reading it should give, from `<name>.expected.txt`:
/// `key: value` lines (title, published, source, zone, warnings), a blank line, then the expected
/// paragraphs separated by blank lines.
struct HTMLFixture: CustomStringConvertible {
    /// The fixtures folder, found from this file's path (the folder is not a bundle resource).
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")

    let name: String
    let path: String
    let bytes: [UInt8]
    let title: String?
    let published: String?
    let source: String?
    let zone: String?
    let warnings: Int
    let paragraphs: [String]

    var description: String { name }

    /// Every `*.html` fixture with its expectations, sorted by name.
    static func all() throws -> [HTMLFixture] {
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".html") }.sorted()
        return try names.map { try HTMLFixture(file: $0) }
    }

    init(file: String) throws {
        name = String(file.dropLast(5))
        path = Self.folder.appendingPathComponent(file).path
        bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
        let expected = try String(contentsOf: Self.folder.appendingPathComponent(name + ".expected.txt"), encoding: .utf8)
        let blocks = expected.components(separatedBy: "\n\n")
        var fields: [String: String] = [:]
        for line in blocks[0].split(separator: "\n") {
            guard let colon = line.firstIndex(of: ":") else { continue }
            fields[String(line[..<colon])] = String(line[line.index(after: colon)...]).trimmingCharacters(in: .whitespaces)
        }
        title = fields["title"]
        published = fields["published"]
        source = fields["source"]
        zone = fields["zone"]
        warnings = Int(fields["warnings"] ?? "0") ?? 0
        paragraphs = blocks.dropFirst().map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }.filter { !$0.isEmpty }
    }
}
