import DatelineNormalizer

/// A date read from a web page's metadata (`2025-06-26T09:30:00+09:00`, `2025/06/26`, `20250626`,
/// `Thu, 26 Jun 2025 09:30:00 +0900`, `June 26, 2025 9:30 AM EDT`), with its zone and, when a time
/// and zone were both given, the instant.
///
/// The date is the one written: `2025-06-26T23:30:00-05:00` is June 26, the day in the page's own zone.
struct PageDateText: Equatable {
    var date: CalendarDate
    /// `"+09:00"`, `"Z"`, or nil when no zone was given.
    var timeZone: String?
    /// Minutes since 0000-03-01T00:00Z (any fixed origin will do), when a time and a zone were given.
    var instant: Int?

    /// Reads `text`; nil when it does not start with a complete date.
    static func parse(_ text: some StringProtocol) -> PageDateText? {
        let s = text.trimmed
        guard !s.isEmpty, s.utf8.count <= 200 else { return nil }
        if let numeric = parseNumeric(Array(s.utf8)) { return numeric }
        if let full = DateTextParser.parse(s) { return PageDateText(date: full.date, timeZone: full.timeZone, instant: nil) }
        // A date in words, then something the strict parser does not know ("9:30 AM EDT").
        let words = s.split(whereSeparator: \.isWhitespace).map { Substring($0) }
        for start in 0..<min(words.count, 3) {
            if let found = DateTextParser.wordDate(Array(words[start...])), let year = found.year,
               let date = CalendarDate(year: year, month: found.month, day: found.day) {
                return PageDateText(date: date, timeZone: nil, instant: nil)
            }
        }
        return nil
    }

    /// `YYYY-MM-DD`, `YYYY/MM/DD` or `YYYYMMDD`, then an optional `[T ]HH:MM[:SS[.fff]]` and zone.
    private static func parseNumeric(_ b: [UInt8]) -> PageDateText? {
        var i = 0
        func digits(_ n: Int) -> Int? {
            guard i + n <= b.count else { return nil }
            var value = 0
            for k in i..<(i + n) {
                guard b[k] >= 48, b[k] <= 57 else { return nil }
                value = value * 10 + Int(b[k] - 48)
            }
            i += n
            return value
        }
        func take(_ c: UInt8) -> Bool {
            guard i < b.count, b[i] == c else { return false }
            i += 1
            return true
        }
        guard let year = digits(4) else { return nil }
        let month: Int
        let day: Int
        if i < b.count, b[i] == UInt8(ascii: "-") || b[i] == UInt8(ascii: "/") || b[i] == UInt8(ascii: ".") {
            let separator = b[i]
            i += 1
            guard let m = digits(2), take(separator), let d = digits(2) else { return nil }
            month = m; day = d
        } else {
            guard let m = digits(2), let d = digits(2) else { return nil }
            month = m; day = d
        }
        guard (1000...9999).contains(year), let date = CalendarDate(year: year, month: month, day: day) else { return nil }
        guard i < b.count, b[i] == UInt8(ascii: "T") || b[i] == UInt8(ascii: " ") || b[i] == UInt8(ascii: "t") else {
            // Only the date, or the date and something else (a trailing word): keep the date.
            if i < b.count, (b[i] >= 48 && b[i] <= 57) { return nil }
            return PageDateText(date: date, timeZone: nil, instant: nil)
        }
        i += 1
        guard let hour = digits(2), take(UInt8(ascii: ":")), let minute = digits(2), hour <= 24, minute <= 59 else {
            return PageDateText(date: date, timeZone: nil, instant: nil)
        }
        if take(UInt8(ascii: ":")) {
            guard digits(2) != nil else { return PageDateText(date: date, timeZone: nil, instant: nil) }
            if take(UInt8(ascii: ".")) || take(UInt8(ascii: ",")) {
                while i < b.count, b[i] >= 48, b[i] <= 57 { i += 1 }
            }
        }
        while i < b.count, b[i] == UInt8(ascii: " ") { i += 1 }
        var offset: Int?
        var zone: String?
        if i < b.count {
            let rest = String(decoding: b[i...], as: UTF8.self).uppercased()
            if rest == "Z" || rest == "UTC" || rest == "GMT" {
                offset = 0; zone = "Z"
            } else if b[i] == UInt8(ascii: "+") || b[i] == UInt8(ascii: "-") {
                let negative = b[i] == UInt8(ascii: "-")
                i += 1
                if let zh = digits(2), zh <= 14 {
                    _ = take(UInt8(ascii: ":"))
                    let zm = digits(2) ?? 0
                    offset = (negative ? -1 : 1) * (zh * 60 + zm)
                    zone = "\(negative ? "-" : "+")\(zh < 10 ? "0" : "")\(zh):\(zm < 10 ? "0" : "")\(zm)"
                }
            }
        }
        let instant = offset.map { date.dayNumber * 1440 + hour * 60 + minute - $0 }
        return PageDateText(date: date, timeZone: zone, instant: instant)
    }
}
