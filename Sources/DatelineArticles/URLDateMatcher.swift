import DatelineNormalizer

/// Finds a date in a URL's path: `/2025/06/26/`, `/2025-06-26-ferry-suspended`, `/20250626/`.
/// The host, query and fragment are ignored, and so are years outside 1900…2099.
enum URLDateMatcher {
    /// The date in the path of `url`, or nil.
    static func date(in url: String) -> CalendarDate? {
        var rest = Substring(url)
        if let scheme = rest.firstRange(of: "://") {
            rest = rest[scheme.upperBound...]
            rest = rest.firstIndex(of: "/").map { rest[$0...] } ?? ""
        }
        if let cut = rest.firstIndex(where: { $0 == "?" || $0 == "#" }) { rest = rest[..<cut] }
        let segments = rest.split(separator: "/")
        for (i, segment) in segments.enumerated() {
            // /YYYY/MM/DD/
            if i + 2 < segments.count, let year = number(segment, digits: 4), (1900...2099).contains(year),
               let month = number(segments[i + 1], digits: 1...2), let day = number(segments[i + 2].prefix(while: \.isASCIIDigitCharacter), digits: 1...2),
               let date = CalendarDate(year: year, month: month, day: day) {
                return date
            }
            // /YYYY-MM-DD…/ or /YYYYMMDD…/ at the start of a segment
            if let date = leadingDate(segment) { return date }
        }
        return nil
    }

    private static func leadingDate(_ segment: Substring) -> CalendarDate? {
        let b = Array(segment.utf8)
        func value(_ range: Range<Int>) -> Int? {
            guard range.upperBound <= b.count else { return nil }
            var n = 0
            for k in range {
                guard b[k] >= 48, b[k] <= 57 else { return nil }
                n = n * 10 + Int(b[k] - 48)
            }
            return n
        }
        func boundary(_ k: Int) -> Bool { k == b.count || !(b[k] >= 48 && b[k] <= 57) }
        if b.count >= 10, b[4] == UInt8(ascii: "-"), b[7] == UInt8(ascii: "-"),
           let y = value(0..<4), let m = value(5..<7), let d = value(8..<10), boundary(10), (1900...2099).contains(y) {
            return CalendarDate(year: y, month: m, day: d)
        }
        if b.count >= 8, let y = value(0..<4), let m = value(4..<6), let d = value(6..<8), boundary(8), (1900...2099).contains(y) {
            return CalendarDate(year: y, month: m, day: d)
        }
        return nil
    }

    private static func number(_ text: some StringProtocol, digits: Int) -> Int? {
        number(text, digits: digits...digits)
    }

    private static func number(_ text: some StringProtocol, digits: ClosedRange<Int>) -> Int? {
        guard digits.contains(text.utf8.count), text.utf8.allSatisfy({ $0 >= 48 && $0 <= 57 }) else { return nil }
        return Int(text)
    }
}

extension Character {
    fileprivate var isASCIIDigitCharacter: Bool { isASCII && isNumber }
}
