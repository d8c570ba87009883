import KroniekCore
import KroniekPacks

/// The time a clause speaks in, as far as its cue words show.
///
/// A bare weekday or month points back in a past-tense clause and ahead in
/// a future one; the event dater reads it to tell planned from reported acts.
public enum Tense: String, Sendable, Hashable, CaseIterable {
    case past, present, future
}

/// Reads a clause's tense from the cue words of `time-tense.tsv`: future
/// and past auxiliaries, past forms, perfect auxiliaries with a participle,
/// and weak past endings.
///
/// Clauses end at punctuation and at words that open a subordinate clause,
/// so that "zei zondag dat hij donderdag komt" reads each day in its own clause.
struct TenseCues: Sendable {
    var words: [String: Tense] = [:]
    var perfect: Set<String> = []
    var participleStarts: [String] = []
    var participleEnds: [String] = []
    var pastEndings: [String] = []
    var notPast: Set<String> = []
    var clauseStarts: Set<String> = []

    init(pack: LanguagePack) throws(PackError) {
        for row in try pack.rows("time-tense.tsv") {
            try row.require(2)
            let form = Token.fold(row[0])
            switch row[1] {
            case "future": words[form] = .future
            case "past": words[form] = .past
            case "perfect": perfect.insert(form)
            case "participle-start": participleStarts.append(form)
            case "participle-end": participleEnds.append(form)
            case "past-ending": pastEndings.append(String(form.drop { $0 == "-" }))
            case "not-past": notPast.insert(form)
            case "clause-start": clauseStarts.insert(form)
            default: throw row.error("unknown role '\(row[1])'")
            }
        }
    }

    /// The tense of the clause around token `index`; a main clause without
    /// cues takes the sentence's tense, a subordinate one reads as present.
    func tense(of tokens: [Token], around index: Int) -> Tense {
        let clause = clause(of: tokens, around: index)
        if let tense = cue(in: tokens[clause]) { return tense }
        if clause.lowerBound < tokens.count, clauseStarts.contains(tokens[clause.lowerBound].key) { return .present }
        return tense(of: tokens)
    }

    /// The tense of the first clause that shows one; present when none does.
    func tense(of tokens: [Token]) -> Tense {
        var start = 0
        while start < tokens.count {
            let clause = clause(of: tokens, around: start)
            if let tense = cue(in: tokens[clause]) { return tense }
            start = max(clause.upperBound, start + 1)
        }
        return .present
    }

    private func isBoundary(_ token: Token) -> Bool {
        token.isPunctuation && !["-", "'", "\u{2019}", "/"].contains(token.text)
    }

    private func clause(of tokens: [Token], around index: Int) -> Range<Int> {
        var start = min(index, tokens.count)
        while start > 0, !isBoundary(tokens[start - 1]), !clauseStarts.contains(tokens[start].key) { start -= 1 }
        if start < tokens.count, isBoundary(tokens[start]) { start += 1 }
        var end = max(start, index) + 1
        while end < tokens.count, !isBoundary(tokens[end]), !clauseStarts.contains(tokens[end].key) { end += 1 }
        return start..<min(end, tokens.count)
    }

    private func cue(in clause: ArraySlice<Token>) -> Tense? {
        var perfectSeen = false
        var participleSeen = false
        for token in clause where token.isWord && !notPast.contains(token.key) {
            if let tense = words[token.key] { return tense }
            if perfect.contains(token.key) { perfectSeen = true }
            if isParticiple(token.key) { participleSeen = true }
            if pastEndings.contains(where: { token.key.count > $0.count + 1 && token.key.hasSuffix($0) }),
                !token.isCapitalized || token.start == 0
            {
                return .past
            }
        }
        return perfectSeen && participleSeen ? .past : nil
    }

    private func isParticiple(_ key: String) -> Bool {
        key.count >= 6 && participleStarts.contains { key.hasPrefix($0) } && participleEnds.contains { key.hasSuffix($0) }
    }
}
