import Foundation

/// Month and weekday names of a language, from ICU (`DateFormatter` with the
/// pack's locale), lowercased and without abbreviation dots.
///
/// Taken from ICU rather than a pack file so that every language ICU knows
/// reads its date lines without new data.
struct MonthNames: Sendable {
    /// Month name or abbreviation to month number (1...12).
    let months: [String: Int]
    let weekdays: Set<String>

    init(language: String) {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: language)
        var months: [String: Int] = [:]
        let lists: [[String]] = [
            formatter.monthSymbols, formatter.shortMonthSymbols, formatter.standaloneMonthSymbols,
            formatter.shortStandaloneMonthSymbols,
        ]
        for list: [String] in lists {
            for (index, name) in list.enumerated() {
                months[Self.key(name)] = index + 1
            }
        }
        self.months = months
        let long: [String] = formatter.weekdaySymbols
        let short: [String] = formatter.shortWeekdaySymbols
        let days = long + short
        weekdays = Set(days.map(Self.key))
    }

    static func key(_ name: some StringProtocol) -> String {
        name.lowercased().trimmingCharacters(in: CharacterSet(charactersIn: ".,"))
    }
}

/// A date line such as `02 maart 2020`, described in Unicode date pattern
/// letters (`dd MMMM yyyy`) by the pack and matched token by token.
struct DateLinePattern: Sendable {
    enum Field: Sendable {
        case day, monthName, monthNumber, year, weekday
        case literal(String)
    }

    let fields: [Field]
    let names: MonthNames

    init(format: String, names: MonthNames) {
        self.names = names
        fields = format.split(separator: " ").map { token in
            switch token {
            case "d", "dd": .day
            case "MMMM", "MMM", "LLLL", "LLL": .monthName
            case "M", "MM": .monthNumber
            case "yyyy", "y": .year
            case "EEEE", "EEE": .weekday
            default: .literal(String(token))
            }
        }
    }

    /// The day the whole of `line` names, or nil when it is not such a line.
    func day(in line: String) -> CalendarDay? {
        // Split no further than one piece too many: most lines are longer than a date line.
        let tokens = line.split(maxSplits: fields.count, whereSeparator: \.isWhitespace)
        guard tokens.count == fields.count else { return nil }
        var day: Int?
        var month: Int?
        var year: Int?
        for (field, token) in zip(fields, tokens) {
            switch field {
            case .day: day = Int(token)
            case .monthNumber: month = Int(token)
            case .year: year = token.count == 4 ? Int(token) : nil
            case .monthName: month = names.months[MonthNames.key(token)]
            case .weekday: if !names.weekdays.contains(MonthNames.key(token)) { return nil }
            case .literal(let text): if token.lowercased() != text.lowercased() { return nil }
            }
        }
        guard let day, let month, let year else { return nil }
        return CalendarDay(year: year, month: month, day: day)
    }
}

/// A valid calendar day, with the ISO 8601 forms the reader writes.
struct CalendarDay: Sendable, Hashable {
    let year: Int
    let month: Int
    let day: Int

    init?(year: Int, month: Int, day: Int) {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC") ?? .current
        guard (1...12).contains(month), (1...31).contains(day),
            let date = calendar.date(from: DateComponents(year: year, month: month, day: day)),
            calendar.component(.day, from: date) == day
        else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// `2020-03-02`.
    var iso: String { String(format: "%04d-%02d-%02d", year, month, day) }

    /// `2020-03-02T09:41:00+01:00`: the local time in `zone` with the offset
    /// that zone had at that moment (summer time included).
    func iso(hour: Int, minute: Int, in zone: TimeZone) -> String? {
        guard (0...23).contains(hour), (0...59).contains(minute) else { return nil }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        let components = DateComponents(year: year, month: month, day: day, hour: hour, minute: minute)
        guard let date = calendar.date(from: components) else { return nil }
        let offset = zone.secondsFromGMT(for: date)
        let sign = offset < 0 ? "-" : "+"
        let minutes = abs(offset) / 60
        return iso + String(format: "T%02d:%02d:00", hour, minute) + sign
            + String(format: "%02d:%02d", minutes / 60, minutes % 60)
    }
}
