import DatelineNormalizer

/// Finds a wire-style dateline at the start of a line:
/// `CITY, Month Day, Year (Agency) --`, `CITY, Month Day, Year —` or `Month Day, Year —`.
enum DatelineMatcher {
    /// The separators that end a dateline.
    private static let separators = ["--", "\u{2014}", "\u{2013}", " - "]

    /// The date of a dateline that names a year; nil when the line has no dateline or its dateline has no year.
    static func date(in line: some StringProtocol) -> CalendarDate? {
        guard let match = match(line), let year = match.year else { return nil }
        return CalendarDate(year: year, month: match.month, day: match.day)
    }

    /// True when the line starts with a dateline, with or without a year (`PORT HALLORAN, March 14 —`).
    static func isDateline(_ line: some StringProtocol) -> Bool {
        match(line) != nil
    }

    private static func match(_ line: some StringProtocol) -> DateTextParser.WordDate? {
        // The separator must come within 100 characters, so a long line is searched no further.
        let text = line.trimmed.prefix(160)
        var end: String.Index?
        for separator in separators {
            if let range = text.firstRange(of: separator), end.map({ range.lowerBound < $0 }) ?? true {
                end = range.lowerBound
            }
        }
        guard let end, text.distance(from: text.startIndex, to: end) <= 100 else { return nil }
        var prefix = text[..<end].trimmed
        if prefix.hasSuffix(")"), let open = prefix.lastIndex(of: "(") { prefix = prefix[..<open].trimmed }
        while prefix.hasSuffix(",") { prefix = prefix.dropLast().trimmed }
        let words = prefix.split(whereSeparator: \.isWhitespace).map { Substring($0) }
        guard !words.isEmpty, words.count <= 12 else { return nil }
        for k in 0..<words.count where isPlace(words[..<k]) {
            let rest = Array(words[k...])
            if let found = DateTextParser.wordDate(rest), found.wordCount == rest.count {
                if let year = found.year, CalendarDate(year: year, month: found.month, day: found.day) == nil { return nil }
                return found
            }
        }
        return nil
    }

    /// `PORT HALLORAN,` / `St. Louis,` / `Rio de Janeiro,`: a few capitalised words ending with a comma.
    private static func isPlace(_ words: ArraySlice<Substring>) -> Bool {
        guard let last = words.last else { return true }
        guard words.count <= 6, last.hasSuffix(",") else { return false }
        for (n, word) in words.enumerated() {
            guard let letter = word.first(where: \.isLetter) else { return false }
            if letter.isUppercase { continue }
            if n > 0 && word.count <= 3 { continue }
            return false
        }
        return true
    }
}
