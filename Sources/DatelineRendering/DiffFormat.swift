/// The formats a timeline diff can be written in.
public enum DiffFormat: String, Sendable, CaseIterable {
    /// A side-by-side page (or `--fragment`), from `Templates/diff.html` or `Templates/diff-fragment.html`.
    case html
    /// A unified list with `-`, `+`, `~` and `!` markers.
    case markdown
    /// The pairs with their scores and classes.
    case json

    /// `html`, `md` or `json`.
    public var fileExtension: String {
        switch self {
        case .html: "html"
        case .markdown: "md"
        case .json: "json"
        }
    }
}
