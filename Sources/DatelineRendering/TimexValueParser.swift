import DatelineNormalizer

/// Reads back the TIMEX3 values and instants the model prints: `2025-06-25`, `2025-W26-WE`,
/// `2024-SU`, `199`, `2025-06-26TMO`, `P3Y`, `PAST_REF`, `2025-06-26T15:00`…
///
/// ```swift
/// TimexValueParser.value("2024-SU")   // .season(year: 2024, .summer)
/// TimexValueParser.value("19", granularity: .decade)   // .decade(19), the 190s
/// ```
///
/// A value is returned only when it prints back to exactly the same text; anything else
/// (`XXXX-06-25`, `XXXX-WXX-1`) is kept as `.underspecified`, so reading never loses text.
public enum TimexValueParser {
    /// The value `text` names. `granularity` settles the forms the printer makes ambiguous:
    /// `19` is the 1900s (century) unless the granularity says decade, and `1000` is a year
    /// unless it says decade or century.
    /// A SET `type` reads `P1W` and `XXXX-WXX-1` as recurrences.
    public static func value(_ text: String, granularity: Granularity? = nil, type: TimexType? = nil) -> TimexValue {
        guard var parsed = parse(text, granularity: granularity) else { return .underspecified(text) }
        if type == .set {
            if case .duration(1?, let unit) = parsed { parsed = .recurrence(unit: unit, weekday: nil) }
            if case .underspecified = parsed, let weekday = weeklyWeekday(text) { parsed = .recurrence(unit: .week, weekday: weekday) }
        }
        return parsed.description == text ? parsed : .underspecified(text)
    }

    /// The weekday of `XXXX-WXX-1` … `XXXX-WXX-7`.
    private static func weeklyWeekday(_ text: String) -> Int? {
        guard text.hasPrefix("XXXX-WXX-"), let day = Int(text.dropFirst(9)), (1...7).contains(day) else { return nil }
        return day
    }

    /// `YYYY-MM-DD` (midnight) or `YYYY-MM-DDTHH:MM`, as `CalendarInstant` prints them.
    public static func instant(_ text: String) -> CalendarInstant? {
        var scanner = Scanner(text)
        guard let date = scanner.date() else { return nil }
        if scanner.atEnd { return CalendarInstant(date) }
        guard scanner.skip("T"), let hour = scanner.number(digits: 2), scanner.skip(":"), let minute = scanner.number(digits: 2),
              scanner.atEnd, hour < 24, minute < 60 else { return nil }
        let instant = CalendarInstant(date, hour: hour, minute: minute)
        return instant.description == text ? instant : nil
    }

    /// `YYYY-MM-DD`, exactly as `CalendarDate` prints it.
    public static func date(_ text: String) -> CalendarDate? {
        var scanner = Scanner(text)
        guard let date = scanner.date(), scanner.atEnd, date.description == text else { return nil }
        return date
    }

    private static func parse(_ text: String, granularity: Granularity?) -> TimexValue? {
        if let reference = TimeReference(rawValue: text) { return .reference(reference) }
        var scanner = Scanner(text)
        if scanner.skip("P") { return duration(&scanner) }
        // "BC03": two digits after "BC" are a century BC (the 4th, -4); four are a year.
        if text.utf8.count == 4, text.hasPrefix("BC"), let n = Int(text.dropFirst(2)), text.utf8.dropFirst(2).allSatisfy({ $0 >= 48 && $0 <= 57 }) {
            return granularity == nil || granularity == .century ? .century(-n - 1) : nil
        }
        guard let year = scanner.signedNumber() else { return .underspecified(text) }
        if scanner.atEnd {
            switch granularity {
            case .decade?: return .decade(year)
            case .century?: return .century(year)
            case .year?: return .year(year)
            default: break
            }
            let digits = text.utf8.filter { $0 != UInt8(ascii: "-") }.count
            return digits >= 4 ? .year(year) : digits == 3 ? .decade(year) : .century(year)
        }
        guard scanner.skip("-") else { return nil }
        if let season = Season.allCases.first(where: { scanner.peek($0.code) }) {
            _ = scanner.skip(season.code)
            return scanner.atEnd ? .season(year: year, season) : nil
        }
        if scanner.skip("W") {
            guard let week = scanner.number(digits: 2), (1...53).contains(week) else { return nil }
            if scanner.atEnd { return .week(year: year, week: week) }
            return scanner.skip("-WE") && scanner.atEnd ? .weekend(year: year, week: week) : nil
        }
        if scanner.skip("Q") { return scanner.lastDigit().flatMap { (1...4).contains($0) ? .quarter(year: year, quarter: $0) : nil } }
        if scanner.skip("H") { return scanner.lastDigit().flatMap { (1...2).contains($0) ? .half(year: year, half: $0) : nil } }
        // Months, weeks, quarters, halves and clock times out of range stay as written (underspecified).
        guard let month = scanner.number(digits: 2), (1...12).contains(month) else { return nil }
        if scanner.atEnd { return .month(year: year, month: month) }
        guard scanner.skip("-"), let day = scanner.number(digits: 2), let date = CalendarDate(year: year, month: month, day: day) else { return nil }
        if scanner.atEnd { return .day(date) }
        guard scanner.skip("T") else { return nil }
        if let part = PartOfDay.allCases.first(where: { scanner.peek($0.code) }) {
            _ = scanner.skip(part.code)
            return scanner.atEnd ? .partOfDay(date, part) : nil
        }
        guard let hour = scanner.number(digits: 2), scanner.skip(":"), let minute = scanner.number(digits: 2), scanner.atEnd,
              hour < 24, minute < 60 else { return nil }
        return .time(date, hour: hour, minute: minute)
    }

    /// `P3Y`, `PXY`, `PT4H`, `P2WE`… after the `P`.
    private static func duration(_ scanner: inout Scanner) -> TimexValue? {
        let isTime = scanner.skip("T")
        let amount: Int?
        if scanner.skip("X") { amount = nil } else {
            guard let number = scanner.number() else { return nil }
            amount = number
        }
        let units: [(String, TimeUnit)] = isTime
            ? [("H", .hour), ("M", .minute)]
            : [("WE", .weekend), ("DE", .decade), ("CE", .century), ("Y", .year), ("Q", .quarter), ("M", .month), ("W", .week), ("D", .day)]
        guard let (letter, unit) = units.first(where: { scanner.peek($0.0) }) else { return nil }
        _ = scanner.skip(letter)
        return scanner.atEnd ? .duration(amount: amount, unit: unit) : nil
    }

    /// A cursor over ASCII bytes.
    private struct Scanner {
        let bytes: [UInt8]
        var index = 0

        init(_ text: String) { bytes = Array(text.utf8) }

        var atEnd: Bool { index == bytes.count }

        func peek(_ literal: String) -> Bool {
            let expected = Array(literal.utf8)
            return bytes.count - index >= expected.count && Array(bytes[index..<index + expected.count]) == expected
        }

        mutating func skip(_ literal: String) -> Bool {
            guard peek(literal) else { return false }
            index += literal.utf8.count
            return true
        }

        /// Decimal digits: exactly `digits` of them, or one to nine when nil.
        mutating func number(digits: Int? = nil) -> Int? {
            var value = 0
            var count = 0
            while index < bytes.count, bytes[index] >= 48, bytes[index] <= 57, count < (digits ?? 9) {
                value = value * 10 + Int(bytes[index] - 48)
                index += 1
                count += 1
            }
            if count == 0 || (digits != nil && count != digits) { return nil }
            return value
        }

        /// A number with an optional leading minus, or a year before 1 as TIMEX3 writes it (`BC0490` is -489).
        mutating func signedNumber() -> Int? {
            if skip("BC") { return number().map { 1 - $0 } }
            let negative = skip("-")
            return number().map { negative ? -$0 : $0 }
        }

        /// One digit that ends the text.
        mutating func lastDigit() -> Int? {
            guard let digit = number(digits: 1), atEnd else { return nil }
            return digit
        }

        /// `YYYY-MM-DD`, with an optional leading minus on the year, or `BC0490-09-01`.
        mutating func date() -> CalendarDate? {
            guard let year = signedNumber(), skip("-"), let month = number(digits: 2), skip("-"), let day = number(digits: 2) else { return nil }
            return CalendarDate(year: year, month: month, day: day)
        }
    }
}
