import KroniekCore

/// A time expression's TIMEX3 reading: what `Timex` carries besides text and span.
struct TimeReading: Sendable, Hashable {
    var type = "DATE"
    var value: String?
    var precision: DatePrecision?
    var from: String?
    var to: String?
}

extension TimePhrase {
    /// The phrase read against the publication day. Without one, only
    /// expressions that name their year resolve.
    func reading(anchor: Day?, direction: Direction) -> TimeReading {
        if recurring { return TimeReading(type: "SET", value: reference.recurrence) }
        let direction = since ? .pastStrict : direction
        var reading = reference.reading(anchor: anchor, direction: direction)
        guard let value = reading.value else { return reading }
        if let part, let period = reference.period(anchor: anchor, direction: direction),
            let bounds = period.bounds(of: part)
        {
            (reading.from, reading.to) = (bounds.from, bounds.to)
        }
        if since {
            reading.from = value
            reading.to = nil
        }
        if let until {
            reading.from = value
            reading.to = until.reading(anchor: anchor, direction: direction).value
        }
        return reading
    }
}

extension TimeReference {
    /// The TIMEX3 SET value of "elke zondag" (`XXXX-WXX-7`) or "elke week" (`P1W`).
    var recurrence: String? {
        switch self {
        case .weekday(let weekday, _): return "XXXX-WXX-\(weekday)"
        case .unit(let unit, _): return Self.duration(1, unit)
        default: return nil
        }
    }

    func reading(anchor: Day?, direction: Direction) -> TimeReading {
        switch self {
        case .duration(let count, let unit):
            return TimeReading(type: "DURATION", value: Self.duration(count, unit))
        case .stretch(let unit, let sign, let count):
            return stretch(unit, sign: sign, count: count, anchor: anchor)
        default:
            guard let period = period(anchor: anchor, direction: direction) else {
                return TimeReading(value: nil, precision: nil)
            }
            return TimeReading(value: period.value, precision: period.precision)
        }
    }

    /// The calendar period the reference names, or nil when it needs a
    /// publication day that is missing (or names an impossible date).
    func period(anchor: Day?, direction: Direction) -> CalendarPeriod? {
        switch self {
        case .date(let day, let month, let year):
            if case .implicit = year {
                guard let anchor else { return nil }
                let candidates = (anchor.year - 1...anchor.year + 1).compactMap { Self.day($0, month, day) }
                return Self.pick(candidates, around: anchor, direction: direction, slack: 7).map { .day($0) }
            }
            guard let y = Self.year(year, anchor: anchor), let found = Self.day(y, month, day) else { return nil }
            return .day(found)
        case .month(let month, let year):
            if case .implicit = year {
                guard let anchor else { return nil }
                let here = Day(year: anchor.year, month: anchor.month, day: 1)
                let candidates = (anchor.year - 1...anchor.year + 1).map { Day(year: $0, month: month, day: 1) }
                return Self.pick(candidates, around: here, direction: direction, slack: 0).map { .month(year: $0.year, month: $0.month) }
            }
            guard let y = Self.year(year, anchor: anchor) else { return nil }
            return .month(year: y, month: month)
        case .year(let year):
            return .year(year)
        case .decade(let decade):
            return .decade(decade)
        case .season(let code, let firstMonth, let year, let shift):
            if let year { return .season(year: year, code: code, firstMonth: firstMonth) }
            guard let anchor else { return nil }
            return Self.season(code, firstMonth: firstMonth, shift: shift, anchor: anchor)
        case .relativeDay(let offset):
            return anchor.map { .day($0.adding(days: offset)) }
        case .weekday(let weekday, let shift):
            return anchor.map { .day(Self.weekday(weekday, shift: shift, anchor: $0, direction: direction)) }
        case .weekdayOfWeek(let weekday, let weekShift):
            return anchor.map { .day($0.adding(days: 1 - $0.isoWeekday + 7 * weekShift + weekday - 1)) }
        case .unit(let unit, let shift):
            return anchor.map { CalendarPeriod.holding($0.moved(by: shift, unit), unit: unit) }
        case .ago(let count, let unit, let sign):
            guard let anchor else { return nil }
            let day = anchor.moved(by: sign * count, unit)
            return unit == .week ? .day(day) : CalendarPeriod.holding(day, unit: unit)
        case .stretch, .duration:
            return nil
        }
    }

    private static func day(_ year: Int, _ month: Int, _ day: Int) -> Day? {
        guard (1...12).contains(month), (1...Day.daysIn(month: month, year: year)).contains(day) else { return nil }
        return Day(year: year, month: month, day: day)
    }

    private static func year(_ spec: YearSpec, anchor: Day?) -> Int? {
        switch spec {
        case .absolute(let year): return year
        case .relative(let shift): return anchor.map { $0.year + shift }
        case .implicit: return anchor?.year
        }
    }

    /// The nearest candidate, unless the tense points the other way and the
    /// nearest lies more than `slack` days on the wrong side of `anchor`:
    /// then the latest before it (past) or the earliest after it (future).
    private static func pick(_ candidates: [Day], around anchor: Day, direction: Direction, slack: Int) -> Day? {
        let nearest = candidates.min { abs(anchor.distance(to: $0)) < abs(anchor.distance(to: $1)) }
        guard let nearest else { return nil }
        switch direction {
        case .pastStrict:
            return candidates.filter { $0 <= anchor }.max()
        case .past where anchor.distance(to: nearest) > slack:
            return candidates.filter { $0 <= anchor }.max()
        case .future where nearest.distance(to: anchor) > slack:
            return candidates.filter { $0 >= anchor }.min()
        default:
            return nearest
        }
    }

    private static func weekday(_ weekday: Int, shift: Int?, anchor: Day, direction: Direction) -> Day {
        let back = (anchor.isoWeekday - weekday + 7) % 7
        let ahead = (weekday - anchor.isoWeekday + 7) % 7
        switch shift {
        case .some(let s) where s < 0: return anchor.adding(days: back == 0 ? -7 : -back)
        case .some(let s) where s > 0: return anchor.adding(days: ahead == 0 ? 7 : ahead)
        case .some: return anchor.adding(days: weekday - anchor.isoWeekday)
        case .none:
            switch direction {
            case .past, .pastStrict: return anchor.adding(days: -back)
            case .future: return anchor.adding(days: ahead)
            case .nearest: return anchor.adding(days: ahead <= back ? ahead : -back)
            }
        }
    }

    private static func season(_ code: String, firstMonth: Int, shift: Int, anchor: Day) -> CalendarPeriod {
        let seasons = (anchor.year - 2...anchor.year + 1).map { CalendarPeriod.season(year: $0, code: code, firstMonth: firstMonth) }
        switch shift {
        case ..<0: return seasons.last { $0.lastDay < anchor } ?? seasons[0]
        case 1...: return seasons.first { $0.firstDay > anchor } ?? seasons[3]
        default: return seasons.first { $0.firstDay <= anchor && anchor <= $0.lastDay } ?? seasons[2]
        }
    }

    /// "de afgelopen dagen": the publication month (year for years) with the
    /// stretch as bounds; with a count it is a duration.
    private func stretch(_ unit: CalendarUnit, sign: Int, count: Int?, anchor: Day?) -> TimeReading {
        let typical: [CalendarUnit: Int] = [.day: 7, .week: 4, .weekend: 2, .month: 3, .quarter: 2, .year: 3, .season: 2]
        var reading = TimeReading()
        if let count {
            reading.type = "DURATION"
            reading.value = Self.duration(count, unit)
        }
        guard let anchor else { return reading }
        let other = anchor.moved(by: sign * (count ?? typical[unit] ?? 1), unit)
        let (start, end) = other < anchor ? (other, anchor) : (anchor, other)
        if unit == .year || unit == .season {
            reading.from = String(start.iso.prefix(4))
            reading.to = String(end.iso.prefix(4))
            if count == nil { (reading.value, reading.precision) = (String(anchor.iso.prefix(4)), .year) }
        } else {
            (reading.from, reading.to) = (start.iso, end.iso)
            if count == nil { (reading.value, reading.precision) = (anchor.isoMonth, .month) }
        }
        return reading
    }

    private static func duration(_ count: Int?, _ unit: CalendarUnit) -> String {
        let letter: [CalendarUnit: String] = [.day: "D", .week: "W", .weekend: "WE", .month: "M", .quarter: "Q", .year: "Y", .season: "M"]
        let amount = count.map { unit == .season ? String($0 * 3) : String($0) } ?? "X"
        return "P\(amount)\(letter[unit] ?? "D")"
    }
}
