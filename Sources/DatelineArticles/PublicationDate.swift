import DatelineNormalizer

/// The day an article was published, and where that day was found.
public struct PublicationDate: Sendable, Hashable {
    /// The calendar day, taken as written (no time-zone conversion).
    public var date: CalendarDate
    /// Where the date came from.
    public var source: PublicationDateSource
    /// `"+09:00"` / `"Z"` when a header gave a time with a zone, else nil.
    public var timeZone: String?

    /// A date from `source`, with the header's zone when it gave one.
    public init(date: CalendarDate, source: PublicationDateSource, timeZone: String? = nil) {
        self.date = date
        self.source = source
        self.timeZone = timeZone
    }
}
