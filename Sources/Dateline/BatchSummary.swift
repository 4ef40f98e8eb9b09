/// The totals of a finished `ArticleBatch`.
public struct BatchSummary: Sendable, Hashable {
    /// Items processed (lines and files; blank lines are not counted).
    public var items: Int
    /// Items that gave an error record.
    public var failed: Int
    /// Seconds the batch took.
    public var seconds: Double

    public init(items: Int, failed: Int, seconds: Double) {
        self.items = items
        self.failed = failed
        self.seconds = seconds
    }
}
