import Foundation
import Testing

/// Bad input gets one clear line on stderr naming the file and the fix, a non-zero exit, and no output file.
@Suite("Bad input")
struct BadInputTests {
    func check(_ arguments: [String], in folder: URL, mentions expected: [String]) throws {
        let output = folder.appendingPathComponent("out.html")
        let result = try CommandRunner.run(arguments + ["-o", output.path], in: folder)
        #expect(result.status != 0)
        let lines = result.stderr.split(separator: "\n")
        #expect(lines.count == 1, "stderr: \(result.stderr)")
        for word in expected { #expect(result.stderr.contains(word), "stderr lacks \(word): \(result.stderr)") }
        #expect(!FileManager.default.fileExists(atPath: output.path))
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".tmp") }
        #expect(leftovers.isEmpty)
    }

    @Test func missingFile() throws {
        let folder = try CommandRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try check(["build", "nowhere.txt"], in: folder, mentions: ["nowhere.txt"])
    }

    @Test func folderWithoutArticles() throws {
        let folder = try CommandRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("empty"), withIntermediateDirectories: true)
        try check(["build", "empty"], in: folder, mentions: ["empty"])
    }

    @Test func bytesThatAreNotUTF8() throws {
        let folder = try CommandRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data([0x50, 0x75, 0x62, 0x6C, 0x69, 0x73, 0x68, 0x65, 0x64, 0x3A, 0x20] + Array("2025-06-26\n\nCaf".utf8) + [0xE9, 0x20, 0x6F, 0x70, 0x65, 0x6E, 0x65, 0x64, 0x2E])
            .write(to: folder.appendingPathComponent("latin1.txt"))
        try check(["build", "latin1.txt"], in: folder, mentions: ["latin1.txt", "UTF-8"])
    }

    @Test func emptyArticle() throws {
        let folder = try CommandRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data("Published: 2025-06-26\n\n   \n".utf8).write(to: folder.appendingPathComponent("blank.txt"))
        try check(["build", "blank.txt"], in: folder, mentions: ["blank.txt"])
    }

    @Test func noPublicationDate() throws {
        let folder = try CommandRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data("The mayor resigned last month.\n".utf8).write(to: folder.appendingPathComponent("undated.txt"))
        try check(["build", "undated.txt"], in: folder, mentions: ["undated.txt", "--published"])
    }

    @Test func badPublishedOption() throws {
        let folder = try CommandRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data("The mayor resigned last month.\n".utf8).write(to: folder.appendingPathComponent("a.txt"))
        try check(["build", "a.txt", "--published", "26/06/2025"], in: folder, mentions: ["--published", "YYYY-MM-DD"])
    }

    @Test func outputNeverOverwritesAnInput() throws {
        let folder = try CommandRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let article = folder.appendingPathComponent("a.txt")
        let original = Data("Published: 2025-06-26\n\nThe mayor resigned last month.\n".utf8)
        try original.write(to: article)
        let result = try CommandRunner.run(["build", "a.txt", "-o", "a.txt"], in: folder)
        #expect(result.status != 0)
        #expect(result.stderr.contains("overwrite"))
        #expect(try Data(contentsOf: article) == original)
    }
}

/// Writing to a device must not replace it.
@Suite("Output to devices")
struct DeviceOutputTests {
    @Test func devNullStaysADevice() throws {
        let result = try CommandRunner.run(["build", "Samples/ferry-line.txt", "-o", "/dev/null"])
        #expect(result.status == 0, "stderr: \(result.stderr)")
        var status = stat()
        #expect(stat("/dev/null", &status) == 0)
        #expect((status.st_mode & S_IFMT) == S_IFCHR)
    }
}
