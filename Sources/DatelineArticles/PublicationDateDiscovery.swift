import DatelineNormalizer

/// Picks a web page's publication date from what the page offers, in order of trust: JSON-LD,
/// `<meta>`, `<time>` in the article, the URL's path, a dateline in the text.
///
/// The date is the day as written in the page's own zone. When the chosen value is in UTC (`Z`, `+00:00`) and another
/// source gives the same instant with the page's own offset, that offset's day is used. A URL date
/// more than a day away from the chosen date gives a warning (the metadata wins).
struct PublicationDateDiscovery {
    /// One date the page offers.
    struct Candidate: Equatable {
        var source: PublicationDateSource
        var value: PageDateText
    }

    var candidates: [Candidate] = []

    /// Adds `text` from `source` when it reads as a date; the first candidate of a source is kept.
    mutating func offer(_ text: String?, from source: PublicationDateSource) {
        guard let text, !candidates.contains(where: { $0.source == source }), let value = PageDateText.parse(text) else { return }
        candidates.append(Candidate(source: source, value: value))
    }

    /// Adds a date that was already read (from the URL or a dateline).
    mutating func offer(_ date: CalendarDate?, from source: PublicationDateSource) {
        guard let date, !candidates.contains(where: { $0.source == source }) else { return }
        candidates.append(Candidate(source: source, value: PageDateText(date: date, timeZone: nil, instant: nil)))
    }

    static let trustOrder: [PublicationDateSource] = [.jsonLD, .meta, .timeElement, .url, .dateline]

    /// The most trusted date, and warnings about disagreements, for the file at `path`.
    func choose(path: String) -> (date: PublicationDate?, warnings: [ArticleWarning]) {
        let ranked = Self.trustOrder.compactMap { source in candidates.first { $0.source == source } }
        guard let best = ranked.first else { return (nil, []) }
        var value = best.value
        // The same instant written with the page's own offset gives the page's own day.
        if Self.isUTC(value.timeZone), let instant = value.instant,
           let local = ranked.first(where: { $0.value.instant == instant && $0.value.timeZone != nil && !Self.isUTC($0.value.timeZone) }) {
            value = local.value
        }
        var warnings: [ArticleWarning] = []
        if best.source != .url, let urlDate = candidates.first(where: { $0.source == .url })?.value.date,
           abs(urlDate.dayNumber - value.date.dayNumber) > 1 {
            warnings.append(.urlDateConflict(path: path, urlDate: urlDate, used: value.date, source: best.source))
        }
        return (PublicationDate(date: value.date, source: best.source, timeZone: value.timeZone), warnings)
    }

    /// True for `Z`, `+00:00` and `-00:00`.
    static func isUTC(_ zone: String?) -> Bool {
        zone == "Z" || zone == "+00:00" || zone == "-00:00"
    }
}
