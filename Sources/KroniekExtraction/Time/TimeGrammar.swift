import KroniekCore

/// Finds time expressions in a token list: the longest expression at each
/// token, left to right, built from the words of a `TimeLexicon`.
///
/// An expression is a core (a date, month, year, weekday, relative day,
/// "vorige week", "drie weken geleden", "de afgelopen dagen", a decade or a
/// season) with optional wrappers before it: a part ("begin april"),
/// "sinds", or a range ("van zaterdag op zondag").
struct TimeGrammar: Sendable {
    let lexicon: TimeLexicon

    func phrases(in tokens: [Token]) -> [TimePhrase] {
        var found: [TimePhrase] = []
        var index = 0
        let scan = Scan(lexicon: lexicon, tokens: tokens)
        while index < tokens.count {
            if let phrase = scan.phrase(at: index) {
                found.append(phrase)
                index = phrase.last + 1
            } else {
                index += 1
            }
        }
        return found
    }
}

/// One pass over the tokens of a sentence.
private struct Scan {
    let lexicon: TimeLexicon
    let tokens: [Token]
    /// The lexicon's roles of the phrases starting at each token, looked up
    /// once: the grammar asks for them many times per token.
    private let rolesByToken: [[(role: TimeLexicon.Role, length: Int)]]

    init(lexicon: TimeLexicon, tokens: [Token]) {
        self.lexicon = lexicon
        self.tokens = tokens
        rolesByToken = tokens.indices.map { index in
            lexicon.entries(at: index, in: tokens).map { ($0.entry.role, $0.length) }
        }
    }

    // MARK: Lookups

    func roles(at index: Int) -> [(role: TimeLexicon.Role, length: Int)] {
        index < rolesByToken.count ? rolesByToken[index] : []
    }

    func shift(at index: Int) -> (shift: Int, length: Int)? {
        for (role, length) in roles(at: index) { if case .shift(let s) = role { return (s, length) } }
        return nil
    }

    func has(_ wanted: TimeLexicon.Role, at index: Int) -> Int? {
        roles(at: index).first { $0.role == wanted }?.length
    }

    func unit(at index: Int) -> TimeLexicon.Unit? {
        guard index < tokens.count, tokens[index].isWord else { return nil }
        return lexicon.units[tokens[index].key]
    }

    func dayNumber(at index: Int) -> Int? {
        guard index < tokens.count, tokens[index].isNumber, let n = Int(tokens[index].text), (1...31).contains(n) else {
            return nil
        }
        return n
    }

    func yearNumber(at index: Int) -> Int? {
        guard index < tokens.count, tokens[index].isNumber, tokens[index].text.count == 4,
            let n = Int(tokens[index].text), (1800...2199).contains(n)
        else { return nil }
        return n
    }

    /// A full month name, or a short one when `short` allows it (after a day number).
    func month(at index: Int, short: Bool) -> Int? {
        guard index < tokens.count, tokens[index].isWord else { return nil }
        let key = tokens[index].key
        if let m = lexicon.months[key] { return m }
        return short ? lexicon.shortMonths[key] : nil
    }

    /// A year after a date or month: "2020" or "vorig jaar".
    func yearAfter(_ index: Int) -> (year: YearSpec, last: Int) {
        if let y = yearNumber(at: index) { return (.absolute(y), index) }
        if let (s, length) = shift(at: index), unit(at: index + length)?.unit == .year {
            return (.relative(s), index + length)
        }
        return (.implicit, index - 1)
    }

    // MARK: Wrappers

    func phrase(at index: Int) -> TimePhrase? {
        for (role, length) in roles(at: index) {
            switch role {
            case .since:
                if var inner = core(at: index + length, cued: true) {
                    inner.first = index
                    inner.since = true
                    return inner
                }
            case .rangeOpen:
                if let range = range(at: index + length) {
                    var merged = range
                    merged.first = index
                    return merged
                }
            case .every:
                if var inner = bare(at: index + length, cued: false) {
                    inner.first = index
                    inner.recurring = true
                    return inner
                }
            default: continue
            }
        }
        return core(at: index, cued: false)
    }

    /// "zaterdag op zondag", "maart tot mei": two cores joined by a link word.
    func range(at index: Int) -> TimePhrase? {
        guard var start = core(at: index, cued: true) else { return nil }
        if start.until != nil { return start }
        guard let link = has(.rangeLink, at: start.last + 1), let end = core(at: start.last + 1 + link, cued: true)
        else { return nil }
        start.until = end.reference
        start.last = end.last
        return start
    }

    func core(at index: Int, cued: Bool) -> TimePhrase? {
        for (role, length) in roles(at: index) {
            if case .part(let part) = role, var inner = bare(at: index + length, cued: true) {
                inner.first = index
                inner.part = part
                return inner
            }
        }
        return bare(at: index, cued: cued)
    }

    // MARK: Cores

    func bare(at index: Int, cued: Bool) -> TimePhrase? {
        guard index < tokens.count else { return nil }
        return decade(at: index) ?? dayMonth(at: index) ?? counted(at: index) ?? weekday(at: index)
            ?? relative(at: index) ?? monthYear(at: index) ?? season(at: index) ?? year(at: index, cued: cued)
            ?? ongoing(at: index) ?? relativeDay(at: index)
    }

    /// "de jaren negentig", "jaren '90".
    func decade(at index: Int) -> TimePhrase? {
        guard has(.decade, at: index) != nil else { return nil }
        var next = index + 1
        if next < tokens.count, tokens[next].isPunctuation, ["'", "\u{2019}"].contains(tokens[next].text) { next += 1 }
        guard next < tokens.count else { return nil }
        let tens = lexicon.tens[tokens[next].key] ?? (tokens[next].isNumber ? Int(tokens[next].text) : nil)
        guard let tens, tens % 10 == 0, (10...90).contains(tens) else { return nil }
        return TimePhrase(reference: .decade(190 + tens / 10), first: index, last: next)
    }

    /// "5 maart", "22 maart 2016", "5 oktober vorig jaar", "3 tot 5 april", "3-5 april".
    func dayMonth(at index: Int) -> TimePhrase? {
        var firstDay: Int
        var lastDay: Int? = nil
        var monthIndex = index + 1
        if let d = dayNumber(at: index) {
            firstDay = d
            if let link = has(.rangeLink, at: index + 1), let d2 = dayNumber(at: index + 1 + link), d2 > d,
                month(at: index + 2 + link, short: true) != nil
            {
                lastDay = d2
                monthIndex = index + 2 + link
            }
        } else if index < tokens.count, tokens[index].isWord, tokens[index].text.utf8.contains(0x2D) {
            let parts = tokens[index].text.split(separator: "-")
            guard parts.count == 2, let a = Int(parts[0]), let b = Int(parts[1]), (1...31).contains(a),
                (1...31).contains(b), a < b
            else { return nil }
            (firstDay, lastDay) = (a, b)
        } else {
            return nil
        }
        guard let m = month(at: monthIndex, short: true) else { return nil }
        var last = monthIndex
        if monthIndex + 1 < tokens.count, tokens[monthIndex + 1].text == ".", lexicon.months[tokens[monthIndex].key] == nil {
            last += 1
        }
        let (year, yearLast) = yearAfter(last + 1)
        last = max(last, yearLast)
        var phrase = TimePhrase(reference: .date(day: firstDay, month: m, year: year), first: index, last: last)
        if let lastDay { phrase.until = .date(day: lastDay, month: m, year: year) }
        return phrase
    }

    /// "drie weken geleden", "over twee maanden", "twee dagen", "binnen veertien maanden".
    func counted(at index: Int) -> TimePhrase? {
        var start = index
        var sign: Int? = nil
        for (role, length) in roles(at: index) {
            if case .before(let s) = role { (sign, start) = (s, index + length) }
            if case .within = role { start = index + length }
        }
        guard start < tokens.count, let n = lexicon.count(tokens[start]), n > 0, let unit = unit(at: start + 1),
            unit.season == nil
        else { return nil }
        for (role, length) in roles(at: start + 2) {
            if case .after(let s) = role {
                return TimePhrase(reference: .ago(n, unit.unit, sign: s), first: index, last: start + 1 + length)
            }
        }
        if let sign {
            return TimePhrase(reference: .ago(n, unit.unit, sign: sign), first: index, last: start + 1)
        }
        return TimePhrase(reference: .duration(n, unit.unit), first: index, last: start + 1)
    }

    /// "dinsdag", "vorige dinsdag", "zondagavond", "maandag 2 maart",
    /// "dinsdag vorige week".
    func weekday(at index: Int) -> TimePhrase? {
        var at = index
        var shift: Int? = nil
        if let (s, length) = self.shift(at: index) { (shift, at) = (s, index + length) }
        guard at < tokens.count, tokens[at].isWord, let (day, _) = lexicon.weekday(tokens[at].key) else { return nil }
        if var date = dayMonth(at: at + 1) {
            date.first = index
            return date
        }
        if shift == nil, let (s, length) = self.shift(at: at + 1), unit(at: at + 1 + length)?.unit == .week {
            return TimePhrase(reference: .weekdayOfWeek(day, weekShift: s), first: index, last: at + 1 + length)
        }
        return TimePhrase(reference: .weekday(day, shift: shift), first: index, last: at)
    }

    /// "vorige week", "dit jaar", "komend weekend", "vorige zomer",
    /// "de afgelopen dagen", "de komende 135 dagen", "vorige week dinsdag".
    func relative(at index: Int) -> TimePhrase? {
        for (role, length) in roles(at: index) {
            let sign: Int
            switch role {
            case .shift(let s): sign = s
            case .span(let s): sign = s
            default: continue
            }
            let next = index + length
            if sign != 0, next + 1 < tokens.count, let n = lexicon.count(tokens[next]), let unit = unit(at: next + 1) {
                return TimePhrase(reference: .stretch(unit.unit, sign: sign, count: n), first: index, last: next + 1)
            }
            guard let unit = unit(at: next) else { continue }
            if unit.plural {
                guard sign != 0 else { continue }
                return TimePhrase(reference: .stretch(unit.unit, sign: sign, count: nil), first: index, last: next)
            }
            guard case .shift = role, unit.unit != .day else { continue }
            if let season = unit.season {
                let reference = TimeReference.season(code: season.code, firstMonth: season.month, year: nil, shift: sign)
                return TimePhrase(reference: reference, first: index, last: next)
            }
            if unit.unit == .week, next + 1 < tokens.count, tokens[next + 1].isWord,
                let (day, _) = lexicon.weekday(tokens[next + 1].key)
            {
                return TimePhrase(reference: .weekdayOfWeek(day, weekShift: sign), first: index, last: next + 1)
            }
            return TimePhrase(reference: .unit(unit.unit, shift: sign), first: index, last: next)
        }
        return nil
    }

    /// "maart", "januari 2020", "oktober vorig jaar". A capitalised month
    /// inside a sentence is a name unless a year follows.
    func monthYear(at index: Int) -> TimePhrase? {
        guard let m = month(at: index, short: false) else { return nil }
        let (year, last) = yearAfter(index + 1)
        if tokens[index].isCapitalized, index > 0, case .implicit = year { return nil }
        return TimePhrase(reference: .month(m, year: year), first: index, last: last)
    }

    /// "de zomer van 2019", "zomer 2019".
    func season(at index: Int) -> TimePhrase? {
        guard let unit = unit(at: index), let season = unit.season else { return nil }
        var next = index + 1
        if yearNumber(at: next) == nil, let link = has(.rangeOpen, at: next) { next += link }
        guard let y = yearNumber(at: next) else { return nil }
        let reference = TimeReference.season(code: season.code, firstMonth: season.month, year: y, shift: 0)
        return TimePhrase(reference: reference, first: index, last: next)
    }

    /// "2019" after a year cue ("in 2019", "het jaar 2015", which keeps
    /// its unit word) or inside a wrapper.
    func year(at index: Int, cued: Bool) -> TimePhrase? {
        guard let y = yearNumber(at: index), cued || (index > 0 && has(.yearCue, at: index - 1) != nil) else { return nil }
        let named = index > 0 && unit(at: index - 1).map { $0.unit == .year && !$0.plural } == true
        return TimePhrase(reference: .year(y), first: named ? index - 1 : index, last: index)
    }

    /// "al weken": an unspecified duration up to now.
    func ongoing(at index: Int) -> TimePhrase? {
        guard let length = has(.ongoing, at: index), let unit = unit(at: index + length), unit.plural else { return nil }
        return TimePhrase(reference: .duration(nil, unit.unit), first: index, last: index + length)
    }

    /// "gisteren", "vanavond", "eerder op de dag".
    func relativeDay(at index: Int) -> TimePhrase? {
        for (role, length) in roles(at: index) {
            if case .day(let offset) = role {
                return TimePhrase(reference: .relativeDay(offset), first: index, last: index + length - 1)
            }
        }
        return nil
    }
}
