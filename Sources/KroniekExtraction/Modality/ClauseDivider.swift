import KroniekPacks

/// Cuts a sentence into clauses so that a cue ("niet", "zal", "meer dan")
/// only reaches the words of its own clause.
///
/// Kept simple on purpose, as no parser is at hand: a clause ends at `;`,
/// `:`, a bracket or a dash; at a comma followed by a word that opens a
/// clause (`after-comma` in `modality-clauses.tsv`: subordinators, relative
/// pronouns, coordinators); and before a word that always opens one
/// (`always`: "maar", "terwijl"). "en" with a new subject is not detected,
/// nor a subordinate clause that opens without a comma.
struct ClauseDivider: Sendable {
    let afterComma: Set<String>
    let always: Set<String>
    let breaks: Set<String>

    init(pack: LanguagePack) throws(PackError) {
        var afterComma: Set<String> = []
        var always: Set<String> = []
        var breaks: Set<String> = []
        for row in try pack.rows("modality-clauses.tsv") {
            try row.require(2)
            switch row[1] {
            case "after-comma": afterComma.insert(Token.fold(row[0]))
            case "always": always.insert(Token.fold(row[0]))
            case "break": breaks.insert(row[0])
            default: throw row.error("unknown clause role '\(row[1])' (after-comma, always, break)")
            }
        }
        self.afterComma = afterComma
        self.always = always
        self.breaks = breaks
    }

    /// Token indices at which a new clause starts (0 always included).
    func starts(in tokens: [Token]) -> [Int] {
        guard !tokens.isEmpty else { return [] }
        var starts = [0]
        for i in 1..<tokens.count {
            let previous = tokens[i - 1]
            let opens =
                breaks.contains(previous.text)
                || (previous.text == "," && afterComma.contains(tokens[i].key))
                || always.contains(tokens[i].key)
            if opens && starts.last != i { starts.append(i) }
        }
        return starts
    }

    /// The token range of the clause that holds token `index`.
    func clause(around index: Int, in tokens: [Token]) -> Range<Int> {
        let starts = starts(in: tokens)
        let lower = starts.last { $0 <= index } ?? 0
        let upper = starts.first { $0 > index } ?? tokens.count
        return lower..<upper
    }

    /// The clauses that hold tokens `first` through `last`, joined.
    func clause(covering first: Int, _ last: Int, in tokens: [Token]) -> Range<Int> {
        guard !tokens.isEmpty else { return 0..<0 }
        let a = clause(around: max(0, min(first, tokens.count - 1)), in: tokens)
        let b = clause(around: max(0, min(last, tokens.count - 1)), in: tokens)
        return min(a.lowerBound, b.lowerBound)..<max(a.upperBound, b.upperBound)
    }
}
