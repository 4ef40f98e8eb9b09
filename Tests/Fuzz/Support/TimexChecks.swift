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

    /// `P3Y`, `PXY`, `P2WE`, `PXDE`, `PT4H`, `PT30M`, and ISO 8601 compounds such as `P1M15D`,
    /// `P10DT12H`, `PT2H30M`: amounts (digits or `X`) with units, time units after a `T`.
    private static func duration(_ rest: ArraySlice<UInt8>) -> Bool {
        var s = rest
        var components = 0
        var inTime = false
        while !s.isEmpty {
            if s.first == UInt8(ascii: "T") {
                guard !inTime else { return false }
                inTime = true
                s = s.dropFirst()
                continue
            }
            let amount = s.prefix { isDigit($0) || $0 == UInt8(ascii: "X") }
            guard !amount.isEmpty, amount.count <= 12, digits(amount) || amount.elementsEqual([UInt8(ascii: "X")]) else { return false }
            s = s.dropFirst(amount.count)
            let units = inTime ? ["H", "M", "S"] : ["WE", "DE", "CE", "ML", "Y", "Q", "M", "W", "D"]
            guard let unit = units.first(where: { s.starts(with: $0.utf8) }) else { return false }
            s = s.dropFirst(unit.utf8.count)
            components += 1
        }
        return components > 0
    }

    /// `YYYY` (or `BCYYYY`), `YYY` (decade), `YY` (century), then `-MM`, `-MM-DD`, `-Www`, `-Www-WE`, `-Www-d`,
    /// `-SP|SU|FA|WI`, `-Qn`, `-Hn`, and after a day `THH:MM` or `TMO|MI|AF|EV|NI`.
    private static func dateOrTime(_ whole: ArraySlice<UInt8>) -> Bool {
        // Years before 1 are written BC0001 (year 0), BC0490 (-489): four digits after "BC";
        // a century BC alone has two: BC03 is the 4th century BC.
        let isBC = whole.starts(with: "BC".utf8)
        let s = isBC ? whole.dropFirst(2) : whole
        if isBC, s.count == 2 { return digits(s) }
        if isBC, !(s.prefix(4).count == 4 && digits(s.prefix(4))) { return false }
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
