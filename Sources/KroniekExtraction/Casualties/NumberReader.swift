import Foundation
import KroniekCore
import KroniekPacks

/// A number as a sentence states it: "meer dan 30", "zeker twaalf",
/// "tientallen", "1,5 miljoen".
struct StatedNumber: Sendable, Hashable {
    /// Tokens of the number itself (without its qualifier).
    var tokens: ClosedRange<Int>
    var count: Int?
    var qualifier: String
    /// An article that doubles as "one": it counts only right before the
    /// counted words.
    var weak: Bool

    var asCount: Count { Count(count: count, qualifier: qualifier) }
}

/// Reads the numbers of a sentence: digits ("1.200"), number words from
/// ICU's spell-out rules for the pack's language (0...1000, generated at
/// init), the pack's extra words (`numbers-words.tsv`), multipliers, and the
/// qualifier before each number (`casualties-qualifiers.tsv`).
///
/// Numbers inside a time expression, followed by a month name (ICU) or by a
/// unit word (`numbers-units.tsv`: "procent", "kilometer") count nothing and
/// are left out.
struct NumberReader: Sendable {
    enum WordKind: Sendable, Hashable {
        case number(Int, qualifier: String, weak: Bool)
        case vague(String)
        case multiplier(Int)
    }

    let words: [(pattern: WordPattern, kind: WordKind)]
    let spelled: [String: Int]
    let qualifiers: [(pattern: WordPattern, qualifier: String)]
    let units: Set<String>

    init(pack: LanguagePack) throws(PackError) {
        var words: [(WordPattern, WordKind)] = []
        for row in try pack.rows("numbers-words.tsv") {
            try row.require(3)
            let pattern = try WordPattern(cell: row[0], row: row, maxGap: 0)
            let value = Int(row[1])
            switch (row[2], value) {
            case ("weak", let value?): words.append((pattern, .number(value, qualifier: "exact", weak: true)))
            case ("multiplier", let value?): words.append((pattern, .multiplier(value)))
            case (let qualifier, let value?): words.append((pattern, .number(value, qualifier: qualifier, weak: false)))
            case (let qualifier, nil): words.append((pattern, .vague(qualifier)))
            }
        }
        self.words = words.sorted { $0.0.weight > $1.0.weight }
        var qualifiers: [(WordPattern, String)] = []
        for row in try pack.rows("casualties-qualifiers.tsv") {
            try row.require(2)
            qualifiers.append((try WordPattern(cell: row[0], row: row, maxGap: 0), row[1]))
        }
        self.qualifiers = qualifiers.sorted { $0.0.weight > $1.0.weight }
        var units = Set(try pack.rows("numbers-units.tsv").map { Token.fold($0[0]) })
        let locale = Locale(identifier: pack.language)
        let dates = DateFormatter()
        dates.locale = locale
        let months: [String] = dates.monthSymbols + dates.shortMonthSymbols
        for name in months {
            units.insert(Token.fold(name).trimmingCharacters(in: .punctuationCharacters))
        }
        self.units = units
        // Words the pack marks weak ("een") must not count as ICU numbers everywhere.
        let weak = Set(words.compactMap { pattern, kind -> String? in
            if case .number(_, _, true) = kind { return pattern.source }
            return nil
        }.map(Token.fold))
        self.spelled = SpelledNumbers.table(language: pack.language).filter { !weak.contains($0.key) }
    }

    /// Every counting number of the sentence, left to right.
    func numbers(in sentence: AnalyzedSentence) -> [StatedNumber] {
        let tokens = sentence.tokens
        let timeSpans = sentence.timexes.compactMap { sentence.span(of: $0) }
        var found: [StatedNumber] = []
        var i = 0
        while i < tokens.count {
            guard var number = number(at: i, in: tokens) else {
                i += 1
                continue
            }
            let end = number.tokens.upperBound
            let inTime = timeSpans.contains { $0.overlaps(tokens[i].start..<tokens[end].end) }
            let unit = end + 1 < tokens.count && units.contains(tokens[end + 1].key)
            if !inTime && !unit && !looksLikeYear(tokens[i], end: end, start: i) {
                if let qualifier = qualifier(before: i, in: tokens) { number.qualifier = qualifier }
                found.append(number)
            }
            i = end + 1
        }
        return found
    }

    /// A bare four-digit number between 1800 and 2100 is taken for a year.
    private func looksLikeYear(_ token: Token, end: Int, start: Int) -> Bool {
        guard token.isNumber, start == end, token.text.count == 4, let value = Int(token.text) else { return false }
        return (1800...2100).contains(value)
    }

    /// The number whose first token is `i`, with any multiplier after it.
    private func number(at i: Int, in tokens: [Token]) -> StatedNumber? {
        var number: StatedNumber
        if let (span, kind) = packWord(at: i, in: tokens) {
            switch kind {
            case .vague(let qualifier): return StatedNumber(tokens: span, count: nil, qualifier: qualifier, weak: false)
            case .number(let value, let qualifier, let weak):
                number = StatedNumber(tokens: span, count: value, qualifier: qualifier, weak: weak)
            case .multiplier: return nil
            }
        } else if let value = spelled[tokens[i].key] {
            number = StatedNumber(tokens: i...i, count: value, qualifier: "exact", weak: false)
        } else if tokens[i].isNumber, let value = Self.value(ofDigits: tokens[i].text) {
            if let (span, factor) = multiplier(at: i + 1, in: tokens) {
                let count = Int((value * Double(factor)).rounded())
                return StatedNumber(tokens: i...span.upperBound, count: count, qualifier: "exact", weak: false)
            }
            guard value == value.rounded(), value < 1e12 else { return nil }
            number = StatedNumber(tokens: i...i, count: Int(value), qualifier: "exact", weak: false)
        } else {
            return nil
        }
        if let (span, factor) = multiplier(at: number.tokens.upperBound + 1, in: tokens), let count = number.count {
            number.tokens = number.tokens.lowerBound...span.upperBound
            number.count = count * factor
            number.weak = false
        }
        return number
    }

    /// A number or vague word of the pack starting at `i` (multipliers only
    /// count after a number).
    private func packWord(at i: Int, in tokens: [Token]) -> (ClosedRange<Int>, WordKind)? {
        for (pattern, kind) in words {
            if case .multiplier = kind { continue }
            if let span = pattern.match(in: tokens, at: i, within: 0..<tokens.count) { return (span, kind) }
        }
        return nil
    }

    private func multiplier(at i: Int, in tokens: [Token]) -> (ClosedRange<Int>, Int)? {
        guard i < tokens.count else { return nil }
        for (pattern, kind) in words {
            if case .multiplier(let factor) = kind, let span = pattern.match(in: tokens, at: i, within: 0..<tokens.count) {
                return (span, factor)
            }
        }
        return nil
    }

    /// Digits as Dutch writes them: "1.200" = 1200 (a full stop before
    /// three digits groups thousands), "3,5" = 3.5.
    static func value(ofDigits text: String) -> Double? {
        let groups = text.split(separator: ".", omittingEmptySubsequences: false)
        let grouped = groups.count > 1 && groups.dropFirst().allSatisfy { $0.count == 3 || $0.contains(",") && $0.prefix { $0 != "," }.count == 3 }
        let plain = grouped ? groups.joined() : text
        return Double(String(plain.map { $0 == "," ? "." : $0 }))
    }

    /// The qualifier that ends right before token `i`.
    private func qualifier(before i: Int, in tokens: [Token]) -> String? {
        for (pattern, qualifier) in qualifiers {
            let length = pattern.weight
            guard i - length >= 0, let span = pattern.match(in: tokens, at: i - length, within: 0..<i), span.upperBound == i - 1
            else { continue }
            return qualifier
        }
        return nil
    }
}
