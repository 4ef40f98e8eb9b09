/// A moment on the calendar, to the minute, with no time zone: minutes since 1970-01-01T00:00.
public struct CalendarInstant: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let minutes: Int

    public init(minutes: Int) { self.minutes = minutes }

    /// Midnight at the start of `date`.
    public init(_ date: CalendarDate, hour: Int = 0, minute: Int = 0) {
        self.minutes = date.dayNumber * 1440 + hour * 60 + minute
    }

    /// The day this instant falls on.
    public var date: CalendarDate { CalendarDate(dayNumber: minutes >= 0 ? minutes / 1440 : (minutes - 1439) / 1440) }

    public var hour: Int { ((minutes % 1440) + 1440) % 1440 / 60 }
    public var minute: Int { ((minutes % 60) + 60) % 60 }
    public var isMidnight: Bool { ((minutes % 1440) + 1440) % 1440 == 0 }

    public func adding(minutes delta: Int) -> CalendarInstant { CalendarInstant(minutes: minutes + delta) }

    /// `YYYY-MM-DD` at midnight, `YYYY-MM-DDTHH:MM` otherwise.
    public var description: String {
        isMidnight ? date.description : "\(date)T\(TimexFormat.two(hour)):\(TimexFormat.two(minute))"
    }

    public static func < (a: CalendarInstant, b: CalendarInstant) -> Bool { a.minutes < b.minutes }
}

/// A half-open stretch of time `[start, end)`, e.g. June 2025 is `[2025-06-01, 2025-07-01)`.
public struct CalendarInterval: Hashable, Sendable, CustomStringConvertible {
    public let start: CalendarInstant
    public let end: CalendarInstant

    public init(start: CalendarInstant, end: CalendarInstant) {
        self.start = start
        self.end = max(start, end)
    }

    /// The whole days from `first` up to, not including, `end`.
    public init(from first: CalendarDate, until end: CalendarDate) {
        self.init(start: CalendarInstant(first), end: CalendarInstant(end))
    }

    /// One whole day.
    public init(day: CalendarDate) { self.init(from: day, until: day.adding(days: 1)) }

    /// Length in minutes.
    public var length: Int { end.minutes - start.minutes }

    public func contains(_ other: CalendarInterval) -> Bool { start <= other.start && other.end <= end }

    public func overlaps(_ other: CalendarInterval) -> Bool { start < other.end && other.start < end }

    /// `[start, end)` in ISO form; the end is exclusive.
    public var description: String { "[\(start), \(end))" }
}
