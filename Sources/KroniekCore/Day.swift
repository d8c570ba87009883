import Foundation

/// A calendar day without time or zone: the unit event dates resolve to.
///
/// Arithmetic runs on the proleptic Gregorian calendar in UTC so that the
/// same input always gives the same day, whatever the machine's zone.
public struct Day: Codable, Sendable, Hashable, Comparable, CustomStringConvertible {
    public var year: Int
    public var month: Int
    public var day: Int

    public init(year: Int, month: Int, day: Int) {
        self.year = year
        self.month = month
        self.day = day
    }

    /// Parses `YYYY-MM-DD`; nil for anything else or an impossible date.
    public init?(iso: String) {
        let parts = iso.split(separator: "-")
        guard parts.count == 3, parts[0].count == 4, let y = Int(parts[0]), let m = Int(parts[1]),
            let d = Int(parts[2]), (1...12).contains(m), (1...Day.daysIn(month: m, year: y)).contains(d)
        else { return nil }
        self.init(year: y, month: m, day: d)
    }

    public static func < (a: Day, b: Day) -> Bool {
        (a.year, a.month, a.day) < (b.year, b.month, b.day)
    }

    public var description: String { iso }

    /// `YYYY-MM-DD`.
    public var iso: String {
        isoMonth + "-" + Self.padded(day, 2)
    }

    /// `YYYY-MM`.
    public var isoMonth: String { Self.padded(year, 4) + "-" + Self.padded(month, 2) }

    /// `n` with leading zeros to `width` digits (as `%0Nd`; dates are
    /// written for every event, and `String(format:)` is slow).
    static func padded(_ n: Int, _ width: Int) -> String {
        let digits = String(abs(n))
        let zeros = String(repeating: "0", count: max(0, width - digits.count - (n < 0 ? 1 : 0)))
        return (n < 0 ? "-" : "") + zeros + digits
    }

    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    private static let calendar: Calendar = {
        var c = Calendar(identifier: .gregorian)
        c.timeZone = TimeZone(identifier: "UTC")!
        c.firstWeekday = 2
        c.minimumDaysInFirstWeek = 4
        return c
    }()

    private var date: Date {
        Day.calendar.date(from: DateComponents(year: year, month: month, day: day))!
    }

    private init(date: Date) {
        let c = Day.calendar.dateComponents([.year, .month, .day], from: date)
        self.init(year: c.year!, month: c.month!, day: c.day!)
    }

    public func adding(days: Int) -> Day {
        Day(date: Day.calendar.date(byAdding: .day, value: days, to: date)!)
    }

    public func adding(months: Int) -> Day {
        Day(date: Day.calendar.date(byAdding: .month, value: months, to: date)!)
    }

    /// ISO weekday: 1 = Monday ... 7 = Sunday.
    public var isoWeekday: Int {
        let w = Day.calendar.component(.weekday, from: date)  // 1 = Sunday
        return w == 1 ? 7 : w - 1
    }

    /// ISO 8601 week as `YYYY-Www`.
    public var isoWeek: String {
        let c = Day.calendar.dateComponents([.yearForWeekOfYear, .weekOfYear], from: date)
        return String(format: "%04d-W%02d", c.yearForWeekOfYear!, c.weekOfYear!)
    }

    /// Days from `self` to `other` (positive when `other` is later).
    public func distance(to other: Day) -> Int {
        Day.calendar.dateComponents([.day], from: date, to: other.date).day!
    }
}
