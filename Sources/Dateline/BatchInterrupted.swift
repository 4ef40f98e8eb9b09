/// Thrown by `ArticleBatch.run` when its `shouldStop` said yes: the run stopped between two
/// lines, after writing `written` of them.
public struct BatchInterrupted: Error, Sendable, Hashable {
    /// Lines written by this run before it stopped.
    public var written: Int

    public init(written: Int) {
        self.written = written
    }
}
