/// How relative expressions are resolved.
public enum ResolutionPolicy: String, Sendable, Hashable, CaseIterable {
    /// News: "last month" counts from the publication date; bare dates lean to the past.
    case news
    /// Narrative (history, biography): relative expressions count from the time mentioned last.
    case narrative
}
