/// The dates and times of an undated article that could not be resolved (`"last month"` →
/// `XXXX-XX`), so `--allow-undated` can show them as such instead of dropping them silently.
///
/// `UnresolvedExpressions(article, tagger: TemporalTagger()).summary` →
/// `3 expressions left unresolved: "Monday" (XXXX-WXX-1), "last month" (XXXX-XX), "June 25" (XXXX-06-25)`
public struct UnresolvedExpressions: Sendable {
    /// The expressions without an interval: dates and times only (durations and sets never have one).
    public var timexes: [Timex]

    /// The unresolved expressions of `article`, tagged against its date (normally none).
    public init(_ article: Article, tagger: TemporalTagger) {
        timexes = tagger.tag(article.text, publicationDate: article.published?.date).filter {
            ($0.type == .date || $0.type == .time) && $0.interval == nil
        }
    }

    /// One line listing the first `limit` expressions with their underspecified values; nil when there are none.
    public func summary(limit: Int = 8) -> String? {
        guard !timexes.isEmpty else { return nil }
        let listed = timexes.prefix(limit).map { "\"\($0.text)\" (\($0.value))" }.joined(separator: ", ")
        let more = timexes.count > limit ? ", …" : ""
        return "\(timexes.count) expression\(timexes.count == 1 ? "" : "s") left unresolved: \(listed)\(more)"
    }

    /// A JSON array of `{"text":…,"value":…}` objects.
    public var json: String {
        "[" + timexes.map { timex in
            var object = JSONObjectWriter()
            object.add("text", timex.text)
            object.add("value", timex.value.description)
            return object.finished
        }.joined(separator: ",") + "]"
    }
}
