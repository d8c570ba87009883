import KroniekCore

/// A closed range of calendar days, counted as days since 1970-01-01, that a
/// TIMEX3 date value covers: a day is one day, `2020-W10` its Monday to
/// Sunday, `2020-03` the whole month, `2020-Q1`, `2020-SU`, `2020` and the
/// decade `202` their spans.
///
/// Clustering compares event dates as ranges so that precision is respected:
/// a day inside a week or month overlaps it, two different days do not.
public struct DayRange: Sendable, Hashable {
    /// First day, as days since 1970-01-01.
    public var lower: Int
    /// Last day (inclusive), as days since 1970-01-01.
    public var upper: Int

    public init(lower: Int, upper: Int) {
        self.lower = min(lower, upper)
        self.upper = max(lower, upper)
    }

    public init(_ day: Day) {
        let n = DayRange.ordinal(day)
        self.init(lower: n, upper: n)
    }

    /// The days a TIMEX3 value names; nil for what is not a calendar date
    /// (durations, `PRESENT_REF`, text).
    public init?(timex value: String) {
        let parts = value.split(separator: "-", omittingEmptySubsequences: false).map(String.init)
        guard let head = parts.first, head.allSatisfy(\.isNumber) else { return nil }
        if head.count == 3, parts.count == 1, let decade = Int(head) {
            self.init(years: decade * 10, decade * 10 + 9)
            return
        }
        guard head.count == 4, let year = Int(head) else { return nil }
        guard parts.count > 1 else {
            self.init(years: year, year)
            return
        }
        let second = parts[1]
        if parts.count >= 3, let day = Day(iso: "\(head)-\(second)-\(parts[2].prefix(2))") {
            self.init(day)
        } else if second.hasPrefix("W"), let week = Int(second.dropFirst()), (1...53).contains(week) {
            let monday = DayRange.mondayOfWeek(1, year: year) + 7 * (week - 1)
            let weekend = parts.count > 2 && parts[2] == "WE"
            self.init(lower: weekend ? monday + 5 : monday, upper: monday + 6)
        } else if second.hasPrefix("Q"), let quarter = Int(second.dropFirst()), (1...4).contains(quarter) {
            self.init(months: year, 3 * quarter - 2, count: 3)
        } else if let first = DayRange.seasonStart[second] {
            self.init(months: year, first, count: 3)
        } else if second.count == 2, let month = Int(second), (1...12).contains(month) {
            self.init(months: year, month, count: 1)
        } else {
            return nil
        }
    }

    /// TIMEX3 season codes and the month each begins (meteorological seasons).
    static let seasonStart = ["SP": 3, "SU": 6, "FA": 9, "WI": 12]

    private init(years first: Int, _ last: Int) {
        self.init(
            lower: DayRange.ordinal(Day(year: first, month: 1, day: 1)),
            upper: DayRange.ordinal(Day(year: last, month: 12, day: 31)))
    }

    private init(months year: Int, _ month: Int, count: Int) {
        let start = Day(year: year, month: month, day: 1)
        self.init(lower: DayRange.ordinal(start), upper: DayRange.ordinal(start.adding(months: count)) - 1)
    }

    /// The number of days covered.
    public var length: Int { upper - lower + 1 }

    /// Whether the ranges overlap once each may be `tolerance` days off.
    public func overlaps(_ other: DayRange, tolerance: Int) -> Bool {
        lower <= other.upper + tolerance && other.lower <= upper + tolerance
    }

    /// The smallest range holding both.
    public func union(_ other: DayRange) -> DayRange {
        DayRange(lower: min(lower, other.lower), upper: max(upper, other.upper))
    }

    /// `YYYY-MM-DD` of the first day.
    public var firstDay: String { DayRange.day(lower).iso }
    /// `YYYY-MM-DD` of the last day.
    public var lastDay: String { DayRange.day(upper).iso }

    /// Days since 1970-01-01 on the proleptic Gregorian calendar.
    static func ordinal(_ day: Day) -> Int {
        let y = day.month <= 2 ? day.year - 1 : day.year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (day.month + (day.month > 2 ? -3 : 9)) + 2) / 5 + day.day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    /// The day `ordinal` counts to.
    static func day(_ ordinal: Int) -> Day {
        let z = ordinal + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let mp = (5 * dayOfYear + 2) / 153
        let d = dayOfYear - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        return Day(year: yearOfEra + era * 400 + (m <= 2 ? 1 : 0), month: m, day: d)
    }

    /// The Monday of ISO week `week` of `year`: week 1 holds 4 January.
    static func mondayOfWeek(_ week: Int, year: Int) -> Int {
        let january4 = ordinal(Day(year: year, month: 1, day: 4))
        // 1970-01-01 was a Thursday: ISO weekday 4.
        let weekday = ((january4 + 3) % 7 + 7) % 7 + 1
        return january4 - (weekday - 1) + 7 * (week - 1)
    }
}
