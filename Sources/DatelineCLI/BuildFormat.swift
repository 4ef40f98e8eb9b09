import ArgumentParser
import Dateline

/// `dateline build --format`: a timeline format, or `jsonl` for one timeline per input line.
enum BuildFormat: String, ExpressibleByArgument, CaseIterable {
    case html, markdown, json, xml, timelinejs, jsonl

    /// The timeline format, nil for `jsonl`.
    var timelineFormat: OutputFormat? { OutputFormat(rawValue: rawValue) }

    /// The file extension of the output.
    var fileExtension: String { timelineFormat?.fileExtension ?? "jsonl" }
}
