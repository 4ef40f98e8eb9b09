import DatelineXML

/// Why a timeline could not be rendered, or a saved timeline could not be read.
public enum RenderingError: Error, Equatable, CustomStringConvertible {
    /// The template lacks an element the renderer fills, e.g. `data-template="event"`.
    case templateMissing(marker: String)
    /// The template could not be read as HTML.
    case templateUnreadable(reason: String)
    /// A saved timeline is neither well-formed XML nor JSON.
    case documentUnreadable(reason: String)
    /// A saved timeline does not follow the timeline vocabulary (the RELAX NG schema, or the JSON model).
    case documentInvalid(reason: String)
    /// A saved timeline has a `version` this build does not read.
    case unsupportedVersion(String)

    /// One line: reasons can quote template attributes or parser messages that hold line breaks.
    public var description: String {
        String(text.map { $0.isNewline ? " " : $0 })
    }

    private var text: String {
        switch self {
        case .templateMissing(let marker):
            return "the template has no element with \(marker); add one (see Templates/timeline.html)"
        case .templateUnreadable(let reason):
            return "the template could not be read: \(reason)"
        case .documentUnreadable(let reason):
            return "not a timeline document (\(reason)); pass a file written by dateline build --format xml or json"
        case .documentInvalid(let reason):
            return "not a valid timeline document (\(reason)); save it again with dateline build --format xml or json"
        case .unsupportedVersion(let version):
            return "timeline document version \(version) is not supported; this dateline reads version \(TimelineSchema.version)"
        }
    }
}
