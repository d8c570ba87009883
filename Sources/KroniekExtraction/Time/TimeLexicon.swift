import Foundation
import KroniekCore
import KroniekPacks

/// The words time expressions are built from, read from the language pack
/// (`time-words.tsv`, `time-units.tsv`, `time-dayparts.tsv`) and from ICU
/// (month names, weekday names and number words of the pack's language).
///
/// Everything is keyed by `Token.fold`ed text so that matching ignores case
/// and accents.
struct TimeLexicon: Sendable {
    /// What a word or phrase from `time-words.tsv` does in a time expression.
    enum Role: Sendable, Hashable {
        case day(Int)
        case shift(Int)
        case span(Int)
        case part(Part)
        case since
        case rangeOpen
        case rangeLink
        case after(Int)
        case before(Int)
        case within
        case yearCue
        case decade
        case ongoing
        case every
    }

    /// A calendar unit as the units file names it.
    struct Unit: Sendable, Hashable {
        var unit: CalendarUnit
        var plural: Bool
        /// TIMEX3 season code and first month, for seasons.
        var season: (code: String, month: Int)?

        static func == (a: Unit, b: Unit) -> Bool {
            a.unit == b.unit && a.plural == b.plural && a.season?.code == b.season?.code
        }
        func hash(into hasher: inout Hasher) {
            hasher.combine(unit)
            hasher.combine(plural)
            hasher.combine(season?.code)
        }
    }

    struct Entry: Sendable, Hashable {
        var role: Role
        /// Words that cancel the entry when they come right before it.
        var notAfter: Set<String>
    }

    var months: [String: Int] = [:]
    var shortMonths: [String: Int] = [:]
    /// Weekday name to ISO weekday (1 = Monday).
    var weekdays: [String: Int] = [:]
    var dayparts: [String: String] = [:]
    var numbers: [String: Int] = [:]
    /// Words for the tens (20 ... 90) that name a decade.
    var tens: [String: Int] = [:]
    var units: [String: Unit] = [:]
    /// Phrases as sequences of token keys.
    var phrases: [[String]: [Entry]] = [:]
    var longestPhrase = 1
    /// The first key of every phrase: most tokens start none, and are
    /// passed over without building key sequences.
    var firstKeys: Set<String> = []

    init(pack: LanguagePack) throws(PackError) {
        let locale = Locale(identifier: pack.language)
        let formatter = DateFormatter()
        formatter.locale = locale
        for (index, name) in formatter.monthSymbols.enumerated() {
            months[Token.fold(name)] = index + 1
        }
        for (index, name) in formatter.shortMonthSymbols.enumerated() {
            shortMonths[Token.fold(name).trimmingCharacters(in: .punctuationCharacters)] = index + 1
        }
        for (index, name) in formatter.weekdaySymbols.enumerated() {
            weekdays[Token.fold(name)] = index == 0 ? 7 : index
        }
        let spelled = SpelledNumbers.table(language: pack.language)
        numbers = spelled.filter { (1...999).contains($0.value) }
        tens = spelled.filter { $0.value >= 20 && $0.value <= 90 && $0.value % 10 == 0 }
        for row in try pack.rows("time-dayparts.tsv") {
            try row.require(2)
            dayparts[Token.fold(row[0])] = row[1]
        }
        for row in try pack.rows("time-units.tsv") {
            try row.require(3)
            guard let unit = CalendarUnit(rawValue: row[1]) else { throw row.error("unknown unit '\(row[1])'") }
            var season: (String, Int)?
            if unit == .season {
                guard let month = Int(row[4]), (1...12).contains(month), !row[3].isEmpty else {
                    throw row.error("a season needs a code and a first month")
                }
                season = (row[3], month)
            }
            units[Token.fold(row[0])] = Unit(unit: unit, plural: row[2] == "plural", season: season)
        }
        for row in try pack.rows("time-words.tsv") {
            try row.require(2)
            let role = try Self.role(of: row)
            let keys = Tokenizer.tokens(of: row[0]).map(\.key)
            guard !keys.isEmpty else { throw row.error("empty phrase") }
            let notAfter = Set(row[3].split(separator: ",").map { Token.fold(String($0)) })
            phrases[keys, default: []].append(Entry(role: role, notAfter: notAfter))
            firstKeys.insert(keys[0])
            longestPhrase = max(longestPhrase, keys.count)
        }
    }

    private static func role(of row: PackRow) throws(PackError) -> Role {
        let number = Int(row[2].filter { $0 != "+" })
        func needNumber() throws(PackError) -> Int {
            guard let number else { throw row.error("role '\(row[1])' needs a number in column 3") }
            return number
        }
        switch row[1] {
        case "day": return .day(try needNumber())
        case "shift": return .shift(try needNumber())
        case "span": return .span(try needNumber())
        case "part":
            guard let part = Part(rawValue: row[2]) else { throw row.error("part must be start, middle or end") }
            return .part(part)
        case "since": return .since
        case "range-open": return .rangeOpen
        case "range-link": return .rangeLink
        case "after": return .after(try needNumber())
        case "before": return .before(try needNumber())
        case "within": return .within
        case "year-cue": return .yearCue
        case "decade": return .decade
        case "ongoing": return .ongoing
        case "every": return .every
        default: throw row.error("unknown role '\(row[1])'")
        }
    }

    /// The entries of the longest phrase starting at token `index`, with the
    /// number of tokens it covers; entries cancelled by the word before are left out.
    func entries(at index: Int, in tokens: [Token]) -> [(entry: Entry, length: Int)] {
        guard firstKeys.contains(tokens[index].key) else { return [] }
        var found: [(Entry, Int)] = []
        let before = index > 0 ? tokens[index - 1].key : ""
        for length in stride(from: min(longestPhrase, tokens.count - index), through: 1, by: -1) {
            let keys = tokens[index..<(index + length)].map(\.key)
            for entry in phrases[keys] ?? [] where !entry.notAfter.contains(before) {
                found.append((entry, length))
            }
        }
        return found
    }

    /// The ISO weekday and part of day of a weekday word ("dinsdag",
    /// "dinsdagavond").
    func weekday(_ key: String) -> (weekday: Int, daypart: String?)? {
        if let day = weekdays[key] { return (day, nil) }
        for (name, day) in weekdays where key.utf8.count > name.utf8.count && key.utf8.starts(with: name.utf8) {
            if let part = dayparts[String(key.dropFirst(name.count))] { return (day, part) }
        }
        return nil
    }

    /// A cardinal written in digits or in words.
    func count(_ token: Token) -> Int? {
        if token.isNumber { return Int(token.text) }
        return numbers[token.key]
    }
}
