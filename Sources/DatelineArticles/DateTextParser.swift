import DatelineNormalizer

/// Reads a publication date: ISO 8601 (`2025-06-26`, `2025-06-26T09:30:00+09:00`) or words
/// (`June 26, 2025`, `26 June 2025`, `Thu, 26 Jun 2025 09:30:00 +0900`).
enum DateTextParser {
    /// A parsed date, and the zone when a time with a zone followed it.
    struct Result: Equatable {
        var date: CalendarDate
        var timeZone: String?
    }

    /// Month, day and (maybe) year read from the start of a list of words.
    struct WordDate: Equatable {
        var month: Int
        var day: Int
        var year: Int?
        /// How many words the date used, counting a leading weekday.
        var wordCount: Int
    }

    /// Parses the whole text as one date; nil when anything is left over or the date does not exist.
    /// The longest text (in UTF-8 bytes) read as a date: "Wednesday, September 24, 2025, 10:30:00 a.m. +09:00" is 52.
    static let maximumLength = 120

    static func parse(_ text: some StringProtocol) -> Result? {
        guard text.utf8.count <= maximumLength else { return nil }  // a paragraph, not a date: not read word by word
        let s = text.trimmed
        guard !s.isEmpty else { return nil }
        if let first = s.utf8.first, first >= UInt8(ascii: "0"), first <= UInt8(ascii: "9"), let iso = parseISO(s) {
            return iso
        }
        return parseWords(s)
    }

    // MARK: ISO 8601

    static func parseISO(_ text: some StringProtocol) -> Result? {
        let bytes = Array(text.utf8)
        guard bytes.count >= 10, let date = CalendarDate(iso: String(decoding: bytes[0..<10], as: UTF8.self)) else { return nil }
        if bytes.count == 10 { return Result(date: date, timeZone: nil) }
        guard bytes[10] == UInt8(ascii: "T") || bytes[10] == UInt8(ascii: " "),
              let time = parseTime(bytes[11...]) else { return nil }
        return Result(date: date, timeZone: time.zone)
    }

    // MARK: Words

    static func parseWords(_ text: some StringProtocol) -> Result? {
        let words = text.split(whereSeparator: \.isWhitespace).map { Substring($0) }
        guard let found = wordDate(words), let year = found.year,
              let date = CalendarDate(year: year, month: found.month, day: found.day) else { return nil }
        let rest = words[found.wordCount...]
        if rest.isEmpty { return Result(date: date, timeZone: nil) }
        guard let time = parseTime(ArraySlice(Array(rest.joined(separator: " ").utf8))) else { return nil }
        return Result(date: date, timeZone: time.zone)
    }

    /// Reads `[Weekday,] Month Day[,] [Year]` or `[Weekday,] Day Month [Year]` from the start of `words`.
    static func wordDate(_ words: [Substring]) -> WordDate? {
        var i = 0
        if let first = words.first, weekdays.contains(clean(first)) { i = 1 }
        guard i + 1 < words.count else { return nil }
        let month: Int
        let day: Int
        if let m = monthNumber(words[i]), let d = dayNumber(words[i + 1]) {
            month = m; day = d
        } else if let d = dayNumber(words[i]), let m = monthNumber(words[i + 1]) {
            month = m; day = d
        } else {
            return nil
        }
        i += 2
        if i < words.count, let year = yearNumber(words[i]) {
            return WordDate(month: month, day: day, year: year, wordCount: i + 1)
        }
        return WordDate(month: month, day: day, year: nil, wordCount: i)
    }

    /// The month (1…12) for a full or abbreviated English month name, ignoring case and a trailing `.` or `,`.
    static func monthNumber(_ word: some StringProtocol) -> Int? {
        months[clean(word)]
    }

    private static func dayNumber(_ word: some StringProtocol) -> Int? {
        var w = clean(word)
        for suffix in ["st", "nd", "rd", "th"] where w.hasSuffix(suffix) {
            w.removeLast(2)
            break
        }
        guard (1...2).contains(w.count), w.allSatisfy(\.isASCIIDigit), let n = Int(w), (1...31).contains(n) else { return nil }
        return n
    }

    private static func yearNumber(_ word: some StringProtocol) -> Int? {
        let w = clean(word)
        guard w.count == 4, w.allSatisfy(\.isASCIIDigit) else { return nil }
        return Int(w)
    }

    /// Lower-cased, without trailing `,` and `.`.
    private static func clean(_ word: some StringProtocol) -> String {
        var w = Substring(word)
        while let last = w.last, last == "," || last == "." { w = w.dropLast() }
        return w.lowercased()
    }

    private static let months: [String: Int] = [
        "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
        "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
        "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8,
        "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
    ]

    private static let weekdays: Set<String> = [
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
    ]

    // MARK: Time of day

    /// A time of day that was read; only its zone matters here.
    struct Time: Equatable {
        var zone: String?
    }

    /// Reads `HH:MM[:SS[.fff]] [am|pm] [Z|UTC|GMT|±HH[:MM]|±HHMM]` and nothing else.
    static func parseTime(_ bytes: ArraySlice<UInt8>) -> Time? {
        let b = Array(bytes)
        var i = 0
        func isDigit(_ k: Int) -> Bool { k < b.count && b[k] >= 48 && b[k] <= 57 }
        func number(maxDigits: Int) -> (value: Int, digits: Int)? {
            var value = 0
            var n = 0
            while n < maxDigits, isDigit(i) { value = value * 10 + Int(b[i] - 48); i += 1; n += 1 }
            return n == 0 ? nil : (value, n)
        }
        func skipSpaces() { while i < b.count, b[i] == UInt8(ascii: " ") { i += 1 } }
        func take(_ c: Character) -> Bool {
            guard i < b.count, let ascii = c.asciiValue, b[i] == ascii else { return false }
            i += 1
            return true
        }
        func lower(_ k: Int) -> UInt8 { b[k] >= 65 && b[k] <= 90 ? b[k] + 32 : b[k] }

        guard let hour = number(maxDigits: 2), take(":"), let minute = number(maxDigits: 2), minute.digits == 2 else { return nil }
        var second = 0
        if take(":") {
            guard let s = number(maxDigits: 2), s.digits == 2 else { return nil }
            second = s.value
            if take(".") || take(",") {
                guard number(maxDigits: 9) != nil else { return nil }
            }
        }
        guard hour.value <= 24, minute.value <= 59, second <= 60 else { return nil }
        skipSpaces()
        // am / pm / a.m. / p.m.
        if i < b.count, lower(i) == UInt8(ascii: "a") || lower(i) == UInt8(ascii: "p") {
            let save = i
            i += 1
            _ = take(".")
            if i < b.count, lower(i) == UInt8(ascii: "m") {
                i += 1
                _ = take(".")
                guard (1...12).contains(hour.value) else { return nil }
                skipSpaces()
            } else {
                i = save
            }
        }
        var zone: String?
        if i < b.count {
            let rest = String(decoding: b[i...], as: UTF8.self).trimmed.uppercased()
            if rest == "Z" || rest == "UTC" || rest == "GMT" || rest == "UT" {
                zone = "Z"
                i = b.count
            } else if b[i] == UInt8(ascii: "+") || b[i] == UInt8(ascii: "-") {
                let sign = b[i] == UInt8(ascii: "+") ? "+" : "-"
                i += 1
                guard let zh = number(maxDigits: 2), zh.digits == 2, zh.value <= 14 else { return nil }
                var zm = 0
                let colon = take(":")
                if let m = number(maxDigits: 2) {
                    guard m.digits == 2, m.value <= 59 else { return nil }
                    zm = m.value
                } else if colon {
                    return nil
                }
                zone = "\(sign)\(zh.value < 10 ? "0" : "")\(zh.value):\(zm < 10 ? "0" : "")\(zm)"
                skipSpaces()
            }
        }
        guard i == b.count else { return nil }
        return Time(zone: zone)
    }
}

extension Character {
    fileprivate var isASCIIDigit: Bool { isASCII && isNumber }
}
