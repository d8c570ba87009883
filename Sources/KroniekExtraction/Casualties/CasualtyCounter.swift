import KroniekCore
import KroniekPacks

/// Reads counts of killed, injured, arrested and displaced people, and of
/// destroyed or fired equipment, with their qualifiers.
///
/// Event data sets count victims per event ("19 Syrische soldaten gedood" =
/// killed 19 exact), so the counter links each casualty word of
/// `casualties-terms.tsv` to the nearest number of its own clause: before
/// it ("meer dan 30 soldaten zijn omgekomen"), inside a separable verb
/// ("kwamen 12 mensen om") or after it ("het dodental steeg tot 40"), as
/// the row says. Equipment verbs of `casualties-equipment.tsv` give
/// `Quantity` values with the counted noun ("twee vliegtuigen neergehaald").
/// Numbers come from `NumberReader`.
///
/// Reads: the sentence's tokens and timexes. Adds: `Casualties` and
/// `Quantity` values.
public struct CasualtyCounter: Sendable {
    enum Link: String, Sendable {
        case before, after
    }

    struct Term: Sendable {
        var pattern: WordPattern
        var label: String
        var link: Link
    }

    let terms: [Term]
    let equipment: [Term]
    let functionWords: Set<String>
    let numbers: NumberReader
    let clauses: ClauseDivider

    /// Most words between a number and the words it counts.
    static let reach = 8
    /// Most words between a weak number ("een") and the words it counts.
    static let weakReach = 2

    public init(pack: LanguagePack) throws(PackError) {
        terms = try Self.terms(pack, "casualties-terms.tsv", labels: ["killed", "injured", "arrested", "displaced"])
        equipment = try Self.terms(pack, "casualties-equipment.tsv", labels: nil)
        functionWords = Set(try pack.rows("casualties-function-words.tsv").map { Token.fold($0[0]) })
        numbers = try NumberReader(pack: pack)
        clauses = try ClauseDivider(pack: pack)
    }

    private static func terms(_ pack: LanguagePack, _ file: String, labels: Set<String>?) throws(PackError) -> [Term] {
        var terms: [Term] = []
        for row in try pack.rows(file) {
            try row.require(3)
            if let labels, !labels.contains(row[1]) {
                throw row.error("unknown category '\(row[1])' (\(labels.sorted().joined(separator: ", ")))")
            }
            guard let link = Link(rawValue: row[2]) else { throw row.error("unknown link '\(row[2])' (before, after)") }
            terms.append(Term(pattern: try WordPattern(cell: row[0], row: row), label: row[1], link: link))
        }
        return terms.sorted { $0.pattern.weight > $1.pattern.weight }
    }

    /// The counts the sentence states, and its counted equipment.
    public func count(in sentence: AnalyzedSentence) -> (casualties: Casualties, quantities: [Quantity]) {
        let tokens = sentence.tokens
        let stated = numbers.numbers(in: sentence)
        var used: Set<Int> = []
        var casualties = Casualties()
        // Right to left: where two terms reach one number, the later one (the
        // predicate: "veertig gewonde burgers overleden") counts it; within a
        // category the leftmost count stays.
        for (span, term) in matches(of: terms, in: tokens).reversed() {
            guard let number = link(term, at: span, to: stated, in: tokens, excluding: used) else { continue }
            switch term.label {
            case "killed": casualties.killed = number.asCount
            case "injured": casualties.injured = number.asCount
            case "arrested": casualties.arrested = number.asCount
            case "displaced": casualties.displaced = number.asCount
            default: continue
            }
            used.insert(number.tokens.lowerBound)
        }
        var quantities: [Quantity] = []
        for (span, term) in matches(of: equipment, in: tokens) {
            // An article ("een") before equipment is no count.
            guard let number = link(term, at: span, to: stated, in: tokens, excluding: used), !number.weak,
                let noun = noun(after: number, before: span, in: tokens)
            else { continue }
            used.insert(number.tokens.lowerBound)
            quantities.append(
                Quantity(count: number.count, qualifier: number.qualifier, noun: noun, what: term.label))
        }
        return (casualties, quantities)
    }

    /// Non-overlapping matches of the terms, left to right.
    private func matches(of terms: [Term], in tokens: [Token]) -> [(ClosedRange<Int>, Term)] {
        var found: [(span: ClosedRange<Int>, weight: Int, value: Term)] = []
        let present = Set(tokens.map(\.key))
        for term in terms where term.pattern.mayMatch(in: present) {
            for span in term.pattern.matches(in: tokens, within: 0..<tokens.count) {
                found.append((span, term.pattern.weight, term))
            }
        }
        return nonOverlapping(found).map { ($0.span, $0.value) }
    }

    /// The number a term counts: the nearest one in its clause on the side
    /// its row names, or inside the term's own gap.
    private func link(
        _ term: Term, at span: ClosedRange<Int>, to stated: [StatedNumber], in tokens: [Token], excluding used: Set<Int>
    ) -> StatedNumber? {
        let clause = clauses.clause(covering: span.lowerBound, span.upperBound, in: tokens)
        let candidates = stated.filter { number in
            !used.contains(number.tokens.lowerBound) && clause.contains(number.tokens.lowerBound)
                && clause.contains(number.tokens.upperBound)
        }
        if let inside = candidates.first(where: { span.contains($0.tokens.lowerBound) }) { return inside }
        switch term.link {
        case .before:
            return candidates.last { number in
                let gap = span.lowerBound - number.tokens.upperBound - 1
                return gap >= 0 && gap <= (number.weak ? Self.weakReach : Self.reach)
            }
        case .after:
            return candidates.first { number in
                let gap = number.tokens.lowerBound - span.upperBound - 1
                return gap >= 0 && gap <= (number.weak ? Self.weakReach : Self.reach)
            }
        }
    }

    /// The counted noun: the last word after the number and before a
    /// function word, punctuation or the verb's words ("twee Turkse F-16's",
    /// "vuurde drie raketten af").
    private func noun(after number: StatedNumber, before span: ClosedRange<Int>, in tokens: [Token]) -> String? {
        var noun: String?
        let end = number.tokens.upperBound
        // The verb's next word after the number: its first, or the last of a separable verb around it.
        let stop = span.lowerBound > end ? span.lowerBound : span.upperBound > end ? span.upperBound : tokens.count
        var i = end + 1
        while i < min(stop, end + 5) {
            let token = tokens[i]
            guard token.isWord, !functionWords.contains(token.key) else { break }
            noun = token.text
            i += 1
        }
        return noun
    }
}
