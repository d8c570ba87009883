import Foundation
import KroniekCore

/// The days an ISO 8601 date value covers: `2020-03` is 2020-03-01 to
/// 2020-03-31, `2020-W09` its Monday to Sunday.
///
/// Stored with each event so a day range can select a month-precision
/// event that overlaps it, with two indexed comparisons.
public struct DayInterval: Sendable, Hashable {
    public var first: Day
    public var last: Day

    public init(first: Day, last: Day) {
        self.first = first
        self.last = last
    }

    /// The interval of a TIMEX3 value: a day, week (`YYYY-Www`), month,
    /// quarter (`YYYY-Qn`), season (`YYYY-SP/SU/FA/WI`), year or decade
    /// (`YYY` or `YYYX`); nil for anything else.
    public init?(iso value: String) {
        if let day = Day(iso: value) {
            self.init(first: day, last: day)
            return
        }
        let parts = value.split(separator: "-").map(String.init)
        guard let yearText = parts.first, let year = Int(yearText.replacingOccurrences(of: "X", with: "0")) else { return nil }
        if parts.count == 1 {
            switch yearText.count {
            case 4 where !yearText.contains("X"):
                self.init(first: Day(year: year, month: 1, day: 1), last: Day(year: year, month: 12, day: 31))
            case 3, 4:
                let start = yearText.count == 3 ? year * 10 : year
                self.init(first: Day(year: start, month: 1, day: 1), last: Day(year: start + 9, month: 12, day: 31))
            default: return nil
            }
            return
        }
        guard parts.count == 2, yearText.count == 4 else { return nil }
        let part = parts[1]
        if let month = Int(part), (1...12).contains(month) {
            self.init(months: month...month, year: year)
        } else if part.hasPrefix("W"), let week = Int(part.dropFirst()), (1...53).contains(week) {
            // ISO week 1 holds 4 January.
            let january4 = Day(year: year, month: 1, day: 4)
            let monday = january4.adding(days: 1 - january4.isoWeekday).adding(days: 7 * (week - 1))
            self.init(first: monday, last: monday.adding(days: 6))
        } else if part.hasPrefix("Q"), let quarter = Int(part.dropFirst()), (1...4).contains(quarter) {
            self.init(months: (quarter * 3 - 2)...(quarter * 3), year: year)
        } else {
            switch part {
            case "SP": self.init(months: 3...5, year: year)
            case "SU": self.init(months: 6...8, year: year)
            case "FA": self.init(months: 9...11, year: year)
            case "WI":
                self.init(first: Day(year: year, month: 12, day: 1), last: Day(year: year + 1, month: 2, day: Day.daysIn(month: 2, year: year + 1)))
            default: return nil
            }
        }
    }

    private init(months: ClosedRange<Int>, year: Int) {
        self.init(
            first: Day(year: year, month: months.lowerBound, day: 1),
            last: Day(year: year, month: months.upperBound, day: Day.daysIn(month: months.upperBound, year: year)))
    }

    /// The days an event date covers: its value, else its `from`/`to`
    /// range (open ends stay open); nil when it has neither.
    public static func of(_ date: EventDate) -> (first: Day?, last: Day?)? {
        if let value = date.value, let interval = DayInterval(iso: value) {
            return (interval.first, interval.last)
        }
        let first = date.from.flatMap(DayInterval.init(iso:))?.first
        let last = date.to.flatMap(DayInterval.init(iso:))?.last
        if first == nil && last == nil { return nil }
        return (first, last)
    }
}
