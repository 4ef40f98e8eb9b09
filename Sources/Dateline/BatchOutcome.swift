/// What one `BatchItem` gave: its output line (JSON, without the line break), whether it failed,
/// and lines for stderr (warnings, and the error of a failed item).
public struct BatchOutcome: Sendable, Hashable {
    /// One JSON object: the result, or an error record with the line number and the reason.
    public var json: String
    /// True for an error record.
    public var failed: Bool
    /// One-line messages for stderr, each naming the file (and line).
    public var messages: [String]

    public init(json: String, failed: Bool, messages: [String] = []) {
        self.json = json
        self.failed = failed
        self.messages = messages
    }
}
