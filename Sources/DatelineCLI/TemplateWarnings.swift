import Dateline
import Foundation

/// Warns on stderr about markers in a `--template` that no renderer fills (a misspelt slot).
enum TemplateWarnings {
    /// One line per unknown marker: the template, its line, the marker and the names it may take.
    static func report(_ bytes: [UInt8], path: String, kind: TemplateMarkers.Kind) {
        for marker in TemplateMarkers.unknown(in: bytes, for: kind) {
            let attribute = marker.text.prefix { $0 != "=" }
            BuildCommand.standardError("dateline: \(path):\(marker.line): warning: \(marker.text) is not a marker Dateline fills (\(attribute) takes \(marker.known.joined(separator: ", "))); it is removed from the output, check its spelling")
        }
    }
}
