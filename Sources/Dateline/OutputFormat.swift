/// The formats a timeline can be written in.
public enum OutputFormat: String, Sendable, CaseIterable {
    case html, markdown, json, xml
    /// Knight Lab TimelineJS's JSON.
    case timelinejs

    /// The file extension for the format: `html`, `md`, `json`, `xml`.
    public var fileExtension: String {
        switch self {
        case .html: "html"
        case .markdown: "md"
        case .json: "json"
        case .xml: "xml"
        case .timelinejs: "timeline.json"
        }
    }
}
