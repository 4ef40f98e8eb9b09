import DatelineXML

/// Why a timeline could not be rendered.
public enum RenderingError: Error, Equatable, CustomStringConvertible {
    /// The template lacks an element the renderer fills, e.g. `data-template="event"`.
    case templateMissing(marker: String)
    /// The template could not be read as HTML.
    case templateUnreadable(reason: String)

    public var description: String {
        switch self {
        case .templateMissing(let marker):
            return "the template has no element with \(marker); add one (see Templates/timeline.html)"
        case .templateUnreadable(let reason):
            return "the template could not be read: \(reason)"
        }
    }
}
