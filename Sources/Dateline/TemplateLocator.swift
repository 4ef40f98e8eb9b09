import Foundation

/// Finds the HTML template: an explicit path, else `Templates/<name>` in the working folder,
/// else beside the running executable's project (for `swift run` from elsewhere).
public struct TemplateLocator: Sendable {
    public init() {}

    public func templateBytes(explicit: String?, name: String = "timeline.html") throws(OutputError) -> [UInt8] {
        if let explicit {
            guard let data = FileManager.default.contents(atPath: explicit) else { throw .templateNotFound(path: explicit) }
            return [UInt8](data)
        }
        var candidates = [FileManager.default.currentDirectoryPath + "/Templates/" + name]
        var folder = URL(fileURLWithPath: CommandLine.arguments.first ?? "").resolvingSymlinksInPath().deletingLastPathComponent()
        for _ in 0..<5 {
            candidates.append(folder.appendingPathComponent("Templates").appendingPathComponent(name).path)
            folder.deleteLastPathComponent()
        }
        for candidate in candidates {
            if let data = FileManager.default.contents(atPath: candidate) { return [UInt8](data) }
        }
        throw .templateNotFound(path: nil)
    }
}
