/// Holidays whose dates follow fixed rules (US calendar where countries differ).
public enum Holiday: String, Sendable, Hashable, CaseIterable {
    case newYearsDay, newYearsEve, valentinesDay, easter, memorialDay, independenceDay, laborDay,
         halloween, electionDay, thanksgiving, blackFriday, cyberMonday, goodFriday, christmasEve, christmas

    /// The holiday's date in `year`.
    public func date(in year: Int) -> CalendarDate? {
        switch self {
        case .newYearsDay: return CalendarDate(year: year, month: 1, day: 1)
        case .newYearsEve: return CalendarDate(year: year, month: 12, day: 31)
        case .valentinesDay: return CalendarDate(year: year, month: 2, day: 14)
        case .easter: return Self.easterSunday(year)
        case .memorialDay: return Self.nthWeekday(0, weekday: 1, month: 5, year: year)  // last Monday of May
        case .independenceDay: return CalendarDate(year: year, month: 7, day: 4)
        case .laborDay: return Self.nthWeekday(1, weekday: 1, month: 9, year: year)     // first Monday of September
        case .halloween: return CalendarDate(year: year, month: 10, day: 31)
        case .electionDay: return Self.nthWeekday(1, weekday: 1, month: 11, year: year)?.adding(days: 1)  // US: the Tuesday after the first Monday of November
        case .thanksgiving: return Self.nthWeekday(4, weekday: 4, month: 11, year: year) // fourth Thursday of November
        case .blackFriday: return Self.nthWeekday(4, weekday: 4, month: 11, year: year)?.adding(days: 1)
        case .cyberMonday: return Self.nthWeekday(4, weekday: 4, month: 11, year: year)?.adding(days: 4)
        case .goodFriday: return Self.easterSunday(year)?.adding(days: -2)
        case .christmasEve: return CalendarDate(year: year, month: 12, day: 24)
        case .christmas: return CalendarDate(year: year, month: 12, day: 25)
        }
    }

    /// The `n`th `weekday` (1 = Monday) of a month; `n` = 0 is the last one.
    static func nthWeekday(_ n: Int, weekday: Int, month: Int, year: Int) -> CalendarDate? {
        guard let first = CalendarDate(year: year, month: month, day: 1) else { return nil }
        if n == 0 {
            let last = first.adding(months: 1).adding(days: -1)
            return last.adding(days: -((last.weekday - weekday + 7) % 7))
        }
        return first.adding(days: (weekday - first.weekday + 7) % 7 + 7 * (n - 1))
    }

    /// Easter Sunday in the Gregorian calendar (the anonymous Gregorian algorithm).
    static func easterSunday(_ year: Int) -> CalendarDate? {
        let a = year % 19, b = year / 100, c = year % 100, d = b / 4, e = b % 4
        let f = (b + 8) / 25, g = (b - f + 1) / 3, h = (19 * a + b - d - g + 15) % 30
        let i = c / 4, k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7, m = (a + 11 * h + 22 * l) / 451
        let month = (h + l - 7 * m + 114) / 31
        let day = (h + l - 7 * m + 114) % 31 + 1
        return CalendarDate(year: year, month: month, day: day)
    }
}
