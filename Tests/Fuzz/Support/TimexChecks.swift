import DatelineNormalizer

/// The TIMEX3 value grammar (TimeML 1.2.1, as Dateline writes it), checked without the project's own
/// parser: dates and times with unknown parts written `X`, weeks, weekends, seasons, quarters,
/// halves, decades, centuries, parts of days, durations, sets and the three references.
enum TimexGrammar {
    static func matches(_ value: String) -> Bool {
        if ["PRESENT_REF", "PAST_REF", "FUTURE_REF"].contains(value) { return true }
        let s = Array(value.utf8)
        guard !s.isEmpty else { return false }
        if s[0] == UInt8(ascii: "P") { return duration(s[1...]) }
        return dateOrTime(s[...])
    }

    private static func isDigit(_ b: UInt8) -> Bool { b >= 48 && b <= 57 }
    private static func digits(_ s: ArraySlice<UInt8>) -> Bool { !s.isEmpty && s.allSatisfy(isDigit) }
    private static func number(_ s: ArraySlice<UInt8>) -> Int? { digits(s) && s.count <= 9 ? s.reduce(0) { $0 * 10 + Int($1 - 48) } : nil }
    private static func unknown(_ s: ArraySlice<UInt8>) -> Bool { !s.isEmpty && s.allSatisfy { $0 == UInt8(ascii: "X") } }
    /// Exactly `count` digits within `range`, or `count` X's.
    private static func field(_ s: ArraySlice<UInt8>, count: Int, _ range: ClosedRange<Int>) -> Bool {
        guard s.count == count else { return false }
        if unknown(s) { return true }
        guard let n = number(s) else { return false }
        return range.contains(n)
    }

    /// `P3Y`, `PXY`, `P2WE`, `PXDE`, `PT4H`, `PT30M`.
    private static func duration(_ rest: ArraySlice<UInt8>) -> Bool {
        var s = rest
        let isTime = s.first == UInt8(ascii: "T")
        if isTime { s = s.dropFirst() }
        let units = isTime ? ["H", "M", "S"] : ["Y", "Q", "M", "W", "D", "WE", "DE", "CE", "ML"]
        for unit in units {
            let u = Array(unit.utf8)
            guard s.count > u.count, Array(s.suffix(u.count)) == u else { continue }
            let amount = s.dropLast(u.count)
            if amount.elementsEqual([UInt8(ascii: "X")]) || (digits(amount) && amount.count <= 12) { return true }
        }
        return false
    }

    /// `YYYY`, `YYY` (decade), `YY` (century), then `-MM`, `-MM-DD`, `-Www`, `-Www-WE`, `-Www-d`,
    /// `-SP|SU|FA|WI`, `-Qn`, `-Hn`, and after a day `THH:MM` or `TMO|MI|AF|EV|NI`.
    private static func dateOrTime(_ s: ArraySlice<UInt8>) -> Bool {
        let parts = s.split(separator: UInt8(ascii: "T"), maxSplits: 1, omittingEmptySubsequences: false)
        let date = parts[0]
        let fields = date.split(separator: UInt8(ascii: "-"), omittingEmptySubsequences: false)
        guard let year = fields.first else { return false }
        // Four digits for a year; three (a decade) or two (a century) only on their own.
        let yearOK = (unknown(year) || digits(year)) && (year.count == 4 || ((year.count == 3 || year.count == 2) && fields.count == 1))
        guard yearOK else { return false }
        var dayKnown = false
        switch fields.count {
        case 1:
            break
        case 2:
            guard year.count == 4 else { return false }
            let f = fields[1]
            let text = String(decoding: f, as: UTF8.self)
            if ["SP", "SU", "FA", "WI"].contains(text) { break }
            if f.first == UInt8(ascii: "Q"), field(f.dropFirst(), count: 1, 1...4) { break }
            if f.first == UInt8(ascii: "H"), field(f.dropFirst(), count: 1, 1...2) { break }
            if f.first == UInt8(ascii: "W"), field(f.dropFirst(), count: 2, 1...53) { break }
            guard field(f, count: 2, 1...12) else { return false }
        case 3:
            guard year.count == 4 else { return false }
            let f1 = fields[1], f2 = fields[2]
            if f1.first == UInt8(ascii: "W") {
                guard field(f1.dropFirst(), count: 2, 1...53) else { return false }
                guard f2.elementsEqual("WE".utf8) || field(f2, count: 1, 1...7) else { return false }
                break
            }
            guard field(f1, count: 2, 1...12), field(f2, count: 2, 1...31) else { return false }
            if digits(year), digits(f1), digits(f2) {
                guard CalendarDate(year: number(year)!, month: number(f1)!, day: number(f2)!) != nil else { return false }
            }
            dayKnown = true
        default:
            return false
        }
        guard parts.count == 2 else { return true }
        guard dayKnown else { return false }
        let time = parts[1]
        if ["MO", "MI", "AF", "EV", "NI", "DT"].contains(String(decoding: time, as: UTF8.self)) { return true }
        let hm = time.split(separator: UInt8(ascii: ":"), omittingEmptySubsequences: false)
        guard hm.count == 2 || hm.count == 3 else { return false }
        return field(hm[0], count: 2, 0...24) && field(hm[1], count: 2, 0...59) && (hm.count == 2 || field(hm[2], count: 2, 0...60))
    }
}

/// The properties every tagged expression must have, for a text of `length` UTF-8 bytes.
func checkTimexes(_ timexes: [Timex], in bytes: UnsafeBufferPointer<UInt8>, label: String) {
    for timex in timexes {
        let range = timex.range
        fuzzCheck(range.lowerBound >= 0 && range.upperBound <= bytes.count && !range.isEmpty,
                  "\(label): range \(range) outside the text of \(bytes.count) bytes")
        let written = String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
        fuzzCheck(written == timex.text, "\(label): text \"\(timex.text)\" is not the text at \(range): \"\(written)\"")
        checkTimex(timex, label: label)
    }
}

/// The value, alternatives and interval of one expression.
func checkTimex(_ timex: Timex, label: String) {
    let value = timex.value.description
    fuzzCheck(TimexGrammar.matches(value), "\(label): value \"\(value)\" of \"\(timex.text)\" is not TIMEX3")
    for alternative in timex.alternatives {
        fuzzCheck(TimexGrammar.matches(alternative.description), "\(label): alternative \"\(alternative)\" of \"\(timex.text)\" is not TIMEX3")
    }
    if let interval = timex.interval {
        fuzzCheck(interval.start < interval.end, "\(label): empty interval \(interval) for \(value) (\"\(timex.text)\")")
    }
    if let interval = timex.value.interval {
        fuzzCheck(interval.start < interval.end, "\(label): value \(value) covers an empty interval \(interval)")
    }
}
