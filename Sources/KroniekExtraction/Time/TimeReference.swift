import KroniekCore

/// A unit of the calendar a time expression counts in.
enum CalendarUnit: String, Sendable, Hashable {
    case day, week, weekend, month, quarter, year, season
}

/// The part of a period an expression narrows to ("begin april").
enum Part: String, Sendable, Hashable {
    case start, middle, end
}

/// Which way an expression without its own direction points from the
/// publication day.
enum Direction: Sendable, Hashable {
    case past, future, nearest
    /// Past without slack: "sinds 5 maart" never lies ahead.
    case pastStrict
}

/// A year as the text gives it: written out, relative ("vorig jaar"), or
/// left to the publication date.
enum YearSpec: Sendable, Hashable {
    case absolute(Int)
    case relative(Int)
    case implicit
}

/// What a time expression means before it is resolved against a day.
enum TimeReference: Sendable, Hashable {
    /// "5 maart", "22 maart 2016", "5 oktober vorig jaar".
    case date(day: Int, month: Int, year: YearSpec)
    /// "maart", "januari 2020", "oktober vorig jaar".
    case month(Int, year: YearSpec)
    case year(Int)
    /// First three digits: 199 for the 1990s.
    case decade(Int)
    /// "de zomer van 2019" (year) or "vorige zomer" (shift).
    case season(code: String, firstMonth: Int, year: Int?, shift: Int)
    /// "gisteren" = -1.
    case relativeDay(Int)
    /// ISO weekday; shift nil when the tense decides the direction.
    case weekday(Int, shift: Int?)
    /// "dinsdag vorige week".
    case weekdayOfWeek(Int, weekShift: Int)
    /// "vorige week", "dit jaar", "komend weekend".
    case unit(CalendarUnit, shift: Int)
    /// "drie weken geleden" (sign -1), "over twee maanden" (+1).
    case ago(Int, CalendarUnit, sign: Int)
    /// "de afgelopen dagen" (count nil), "de komende 135 dagen".
    case stretch(CalendarUnit, sign: Int, count: Int?)
    /// "twee dagen", "al weken" (count nil).
    case duration(Int?, CalendarUnit)
}

/// A time expression found in the tokens, not yet resolved.
struct TimePhrase: Sendable, Hashable {
    var reference: TimeReference
    /// Token indices, `last` included.
    var first: Int
    var last: Int
    var part: Part? = nil
    /// "sinds december": a period open towards now.
    var since = false
    /// The other end of a range ("van 3 tot 5 maart").
    var until: TimeReference? = nil
    /// "elke zondag": a recurring time (TIMEX3 SET).
    var recurring = false
}

/// A stretch of the calendar with its TIMEX3 value.
enum CalendarPeriod: Sendable, Hashable {
    case day(Day)
    case week(monday: Day)
    case weekend(monday: Day)
    case month(year: Int, month: Int)
    case quarter(year: Int, quarter: Int)
    case season(year: Int, code: String, firstMonth: Int)
    case year(Int)
    case decade(Int)

    var value: String {
        switch self {
        case .day(let day): return day.iso
        case .week(let monday): return monday.isoWeek
        case .weekend(let monday): return monday.isoWeek + "-WE"
        case .month(let year, let month): return Day(year: year, month: month, day: 1).isoMonth
        case .quarter(let year, let quarter): return "\(Self.year(year))-Q\(quarter)"
        case .season(let year, let code, _): return "\(Self.year(year))-\(code)"
        case .year(let year): return Self.year(year)
        case .decade(let decade): return String(decade)
        }
    }

    private static func year(_ year: Int) -> String {
        Day(year: year, month: 1, day: 1).iso.prefix(4).description
    }

    var precision: DatePrecision {
        switch self {
        case .day: return .day
        case .week, .weekend: return .week
        case .month: return .month
        case .quarter: return .quarter
        case .season: return .season
        case .year: return .year
        case .decade: return .decade
        }
    }

    var firstDay: Day {
        switch self {
        case .day(let day): return day
        case .week(let monday): return monday
        case .weekend(let monday): return monday.adding(days: 5)
        case .month(let year, let month): return Day(year: year, month: month, day: 1)
        case .quarter(let year, let quarter): return Day(year: year, month: quarter * 3 - 2, day: 1)
        case .season(let year, _, let month): return Day(year: year, month: month, day: 1)
        case .year(let year): return Day(year: year, month: 1, day: 1)
        case .decade(let decade): return Day(year: decade * 10, month: 1, day: 1)
        }
    }

    var lastDay: Day {
        switch self {
        case .day(let day): return day
        case .week(let monday), .weekend(let monday): return monday.adding(days: 6)
        case .month: return firstDay.adding(months: 1).adding(days: -1)
        case .quarter: return firstDay.adding(months: 3).adding(days: -1)
        case .season: return firstDay.adding(months: 3).adding(days: -1)
        case .year(let year): return Day(year: year, month: 12, day: 31)
        case .decade(let decade): return Day(year: decade * 10 + 9, month: 12, day: 31)
        }
    }

    /// The bounds of a third of the period ("begin april" = 1-10 April,
    /// "eind 2019" = September to December), written one step finer than
    /// the period: months of a year, days of a month, years of a decade.
    func bounds(of part: Part) -> (from: String, to: String)? {
        let index = [Part.start: 0, .middle: 1, .end: 2][part] ?? 0
        switch precision {
        case .year, .season, .quarter:
            let third = (precision == .year ? 12 : 3) / 3
            let start = firstDay.adding(months: index * third)
            let end = firstDay.adding(months: (index + 1) * third).adding(days: -1)
            return (start.isoMonth, end.isoMonth)
        case .decade:
            let years = [(0, 2), (3, 5), (6, 9)][index]
            return (String(firstDay.year + years.0), String(firstDay.year + years.1))
        case .day:
            return nil
        case .week, .month:
            let length = firstDay.distance(to: lastDay) + 1
            let third = length / 3
            let start = firstDay.adding(days: index * third)
            let end = part == .end ? lastDay : firstDay.adding(days: (index + 1) * third - 1)
            return (start.iso, end.iso)
        }
    }

    /// The period of `unit` that holds `day`.
    static func holding(_ day: Day, unit: CalendarUnit) -> CalendarPeriod {
        switch unit {
        case .day: return .day(day)
        case .week: return .week(monday: day.adding(days: 1 - day.isoWeekday))
        case .weekend: return .weekend(monday: day.adding(days: 1 - day.isoWeekday))
        case .month: return .month(year: day.year, month: day.month)
        case .quarter: return .quarter(year: day.year, quarter: (day.month - 1) / 3 + 1)
        case .year, .season: return .year(day.year)
        }
    }
}

extension Day {
    /// `self` moved by `count` units (weeks are seven days, quarters three months).
    func moved(by count: Int, _ unit: CalendarUnit) -> Day {
        switch unit {
        case .day: return adding(days: count)
        case .week, .weekend: return adding(days: 7 * count)
        case .month: return adding(months: count)
        case .quarter, .season: return adding(months: 3 * count)
        case .year: return adding(months: 12 * count)
        }
    }
}
