/// How an event sits in time.
public enum EventKind: String, Sendable, Hashable, CaseIterable {
    /// Happened on a date, at any granularity: "In April, the club signed a coach."
    case point
    /// A state that began then and goes on: "have been concerned since last summer".
    case state
    /// Stretches over the interval: "from April to June".
    case span
    /// Scheduled or expected after the publication date: "the wedding is scheduled for June 26".
    case upcoming
    /// Dated only vaguely: "recently", "in recent months".
    case vague
}
