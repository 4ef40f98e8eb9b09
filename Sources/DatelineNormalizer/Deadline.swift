/// When work on one document must stop: a per-document time budget, checked cooperatively
/// between units of work (the tagger's 64 KB chunks, the event extractor's sentences), so no
/// thread is ever killed and nothing is left half-done. A unit that has started is finished;
/// a document made of one unit is never stopped (each unit is bounded in size).
///
/// ```swift
/// let deadline = Deadline.after(.seconds(30))
/// let timexes = try TemporalTagger().tag(text, publicationDate: date, deadline: deadline)
/// ```
public struct Deadline: Sendable, Hashable {
    /// The moment the budget runs out; nil for a deadline that never passes.
    public let instant: ContinuousClock.Instant?
    /// The budget it was made from, for messages; nil for `never`.
    public let budget: Duration?

    /// A deadline that never passes: no budget.
    public static let never = Deadline(instant: nil, budget: nil)

    /// `budget` from now (nil: `never`).
    public static func after(_ budget: Duration?) -> Deadline {
        guard let budget else { return .never }
        return Deadline(instant: ContinuousClock.now.advanced(by: budget), budget: budget)
    }

    /// True once the budget has run out.
    public var hasPassed: Bool {
        guard let instant else { return false }
        return ContinuousClock.now >= instant
    }

    /// Throws `TimeBudgetExceeded` once the budget has run out.
    public func check() throws(TimeBudgetExceeded) {
        if let budget, hasPassed { throw TimeBudgetExceeded(budget: budget) }
    }
}

/// Work on a document did not finish within its time budget (`Deadline`). The caller names the
/// document in its message.
public struct TimeBudgetExceeded: Error, Sendable, Hashable, CustomStringConvertible {
    /// The budget that ran out.
    public var budget: Duration

    public init(budget: Duration) {
        self.budget = budget
    }

    public var description: String { "not finished within the time budget of \(budget)" }
}
