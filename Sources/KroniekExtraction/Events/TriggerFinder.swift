import KroniekCore

/// A place in a sentence where an event pattern matched.
struct Trigger {
    var pattern: EventPattern
    /// The head token.
    var token: Int
    /// Tokens of the trigger as written: head, separable particle, companions.
    var tokens: [Int]
    /// Whether the head is a past participle in a passive clause.
    var passive: Bool
}

/// Finds pattern heads among a sentence's tokens: verb lemmas (with
/// separable particles anywhere later in the clause, or "aan te kondigen"),
/// noun forms and noun suffixes, checking companions in the clause.
struct TriggerFinder {
    let patterns: EventPatterns
    let lemmatizer: Lemmatizer
    let words: WordClasses

    /// Event triggers, and definite event nouns that refer to events reported
    /// before ("veroordeelde de raketproef").
    func triggers(in view: ClauseView) -> [Trigger] {
        scan(view).triggers
    }

    func scan(_ view: ClauseView) -> (triggers: [Trigger], references: [Trigger]) {
        let tokens = view.sentence.tokens
        var found: [Trigger] = []
        var references: [Trigger] = []
        var beginsByClause: [Int: Bool] = [:]
        // Asked for each word many times over (per candidate, per pattern, per clause word): looked up once.
        let lemmaTable = tokens.map { lemmatizer.lemmas(of: $0.key) }
        let isParticle = tokens.map { words.contains($0.key, .particle) }
        for i in tokens.indices where tokens[i].isWord && !tokens[i].isCapitalized || (i == 0 && tokens[i].isWord) {
            let clause = view.clause(of: i)
            let clauseRange = view.range(ofClause: clause)
            let base = lemmaTable[i]
            var candidates: [(lemmas: [String], particle: Int?)] = [(base, nil)]
            // Separable particles after the verb in its clause, or "aan te <verb>".
            for j in clauseRange where j != i && isParticle[j] {
                let before = j < i && i - j == 2 && words.contains(tokens[j + 1].key, .infinitive)
                let after = j > i && closesClause(j, clause: clauseRange, tokens: tokens)
                if before || after {
                    candidates.append((base.map { tokens[j].key + $0 }, j))
                }
            }
            // "staken ... over" is "oversteken": a particle that makes a known verb rules out the bare reading.
            // Only a particle that closes its clause is separated from this verb.
            let clauseEnd = clauseRange.last { tokens[$0].isWord } ?? i
            if candidates.dropFirst().contains(where: { c in
                c.particle == clauseEnd && c.particle! > i && c.lemmas.dropFirst().contains { lemmatizer.isKnownLemma($0) }
            }) {
                candidates.removeFirst()
            }
            var best: Trigger?
            // A verb pattern reached through a lemma never matches a noun ("de dood").
            let previous = i > 0 ? tokens[i - 1].key : ""
            let afterDeterminer = words.contains(previous, .determiner)
                && ![.pronoun, .passive, .perfect].contains { words.contains(previous, $0) }
            let companionSpan = companionRange(clauseRange, tokens: tokens)
            for candidate in candidates {
                var matched = patterns.patterns(forLemmas: candidate.lemmas)
                if candidate.particle == nil { matched += patterns.patterns(forSuffixOf: tokens[i].key) }
                for pattern in matched {
                    let head = pattern.trigger.split(separator: " ").first.map(String.init) ?? ""
                    if afterDeterminer, candidate.particle != nil || (head != tokens[i].key && !head.contains("|") && !head.hasPrefix("~")) { continue }
                    guard let companions = companionTokens(pattern, in: companionSpan, besides: i, tokens: tokens, lemmaTable, isParticle)
                    else { continue }
                    var used = [i] + companions
                    if let particle = candidate.particle { used.append(particle) }
                    let trigger = Trigger(pattern: pattern, token: i, tokens: used.sorted(), passive: false)
                    if best.map({ Self.isMoreSpecific(trigger, than: $0) }) ?? true { best = trigger }
                }
            }
            // "zijn gestart met hun onderhandelingen", "de inval begon": a verb of beginning reports the event anew.
            // Known per clause, and only asked for when it matters (it was found anew for every word).
            if let trigger = best, trigger.pattern.companions.isEmpty {
                let begins = beginsByClause[clause] ?? clauseRange.contains { j in
                    lemmaTable[j].contains { words.contains($0, .aspectual) }
                }
                beginsByClause[clause] = begins
                if !begins, refersBack(i, tokens: tokens) {
                    // "de aanval", "het offensief": a definite noun names an event reported before.
                    references.append(trigger)
                    continue
                }
            }
            if var trigger = best {
                trigger.passive = isPassive(i, view: view, clause: clauseRange, lemmaTable)
                found.append(trigger)
            }
        }
        // A word used by a more specific trigger ("dreigt met sancties") is no trigger of its own;
        // two readings of the same words ("wapens leveren", "leveren wapens") keep the first.
        var covered: Set<Int> = []
        var kept: Set<Int> = []
        for (index, trigger) in found.enumerated().sorted(by: { a, b in
            a.element.tokens.count != b.element.tokens.count ? a.element.tokens.count > b.element.tokens.count : a.offset < b.offset
        }) {
            guard !covered.contains(trigger.token) else { continue }
            if kept.contains(where: { Set(found[$0].tokens) == Set(trigger.tokens) }) { continue }
            kept.insert(index)
            covered.formUnion(trigger.tokens)
        }
        // "kwamen bij een luchtaanval 33 militairen om": in a clause whose verb has a victim as subject,
        // every trigger takes the subject as its target.
        var triggers = kept.sorted().map { found[$0] }
        let victimClauses = Set(triggers.filter { $0.pattern.flags.contains(.victim) }.map { view.clause(of: $0.token) })
        for i in triggers.indices where victimClauses.contains(view.clause(of: triggers[i].token)) {
            triggers[i].passive = true
        }
        return (triggers, references)
    }

    /// Whether a particle at `j` can belong to a verb before it: anything
    /// but a particle that opens an infinitive ("komen om te praten").
    private func closesClause(_ j: Int, clause: Range<Int>, tokens: [Token]) -> Bool {
        guard j + 1 < clause.upperBound else { return true }
        let next = tokens[j + 1]
        // "uit Minsk", "aan de grens": before a noun phrase the word is a preposition.
        // "sprak de hoop uit dat ...": "dat" opens a clause here.
        if next.isWord, !words.contains(next.key, .subordinator),
            next.isCapitalized || words.contains(next.key, .determiner)
        {
            return false
        }
        if next.text.first?.isNumber == true { return false }
        return !words.contains(next.key, .infinitive)
    }

    /// More words matched wins; on a tie, the pattern whose words stand
    /// closer to the head, then one that is not a verb of saying.
    static func isMoreSpecific(_ a: Trigger, than b: Trigger) -> Bool {
        if a.tokens.count != b.tokens.count { return a.tokens.count > b.tokens.count }
        let spread = { (t: Trigger) in t.tokens.map { abs($0 - t.token) }.reduce(0, +) }
        if spread(a) != spread(b) { return spread(a) < spread(b) }
        // An act says more than a way of saying: "met X spreken over ... van" is a meeting.
        return !a.pattern.flags.contains(.speech) && b.pattern.flags.contains(.speech)
    }

    /// Whether a definite determiner or possessive stands before token `i`
    /// (directly or before one adjective).
    private func refersBack(_ i: Int, tokens: [Token]) -> Bool {
        guard i > 0 else { return false }
        if words.contains(tokens[i - 1].key, .definite) { return true }
        // One inflected adjective may stand between: "de Amerikaanse aanval".
        let endings = words.members(of: .adjectiveEnding)
        guard i > 1, tokens[i - 1].isWord, endings.contains(where: { tokens[i - 1].key.hasSuffix($0) }) else { return false }
        return words.contains(tokens[i - 2].key, .definite)
    }

    /// Token indices of a pattern's companions in the clause, or nil when one is missing.
    /// Where a trigger's companions may stand: its clause, and for a relative
    /// clause the noun it hangs on ("het standpunt dat X heeft ingenomen").
    private func companionRange(_ clause: Range<Int>, tokens: [Token]) -> Range<Int> {
        let start = clause.lowerBound
        guard start > 0, words.contains(tokens[start].key, .relative), tokens[start - 1].isWord else { return clause }
        return (start - 1)..<clause.upperBound
    }

    private func companionTokens(
        _ pattern: EventPattern, in clause: Range<Int>, besides head: Int, tokens: [Token], _ lemmaTable: [[String]],
        _ isParticle: [Bool]
    ) -> [Int]? {
        var used: [Int] = []
        for companion in pattern.companions {
            guard
                let j = clause.first(where: {
                    $0 != head && !used.contains($0)
                        && matches(companion, at: $0, in: clause, tokens: tokens, lemmas: lemmaTable[$0], isParticle)
                })
            else { return nil }
            used.append(j)
        }
        return used
    }

    /// Whether token `j` is the companion word, a form of it, or a verb whose
    /// separated particle later in the clause makes it ("vuurde ... af" for "afvuren").
    private func matches(
        _ companion: String, at j: Int, in clause: Range<Int>, tokens: [Token], lemmas: [String], _ isParticle: [Bool]
    ) -> Bool {
        if tokens[j].key == companion || lemmas.contains(companion) { return true }
        return clause.contains { k in
            k > j && isParticle[k] && lemmas.contains { tokens[k].key + $0 == companion }
        }
    }

    /// A clause in the passive: a passive auxiliary and a past participle
    /// ("werden gedood", "zijn neergehaald"), and no active perfect
    /// ("heeft ... aangevallen"). Every trigger in it takes its source from
    /// the agent ("door X") and its target from the subject.
    private func isPassive(_ i: Int, view: ClauseView, clause: Range<Int>, _ lemmaTable: [[String]]) -> Bool {
        let tokens = view.sentence.tokens
        // "is bereid zijn troepen terug te trekken": a verb trigger that is no participle is active.
        let key = tokens[i].key
        if lemmatizer.isInflectedVerb(key) || lemmatizer.isKnownLemma(key), !looksParticiple(key, lemmaTable[i]) { return false }
        // "is begonnen", "zijn vertrokken": verbs that make their perfect with "zijn" are active.
        let hasParticiple = clause.contains { j in
            looksParticiple(tokens[j].key, lemmaTable[j]) && !lemmaTable[j].contains { words.contains($0, .activePerfect) }
        }
        let hasAux = clause.contains { words.contains(tokens[$0].key, .passive) }
        let hasActivePerfect = clause.contains { words.contains(tokens[$0].key, .perfect) && !words.contains(tokens[$0].key, .passive) }
        return hasParticiple && hasAux && !hasActivePerfect
    }

    /// `lemmas`: the form's lemmas, the form first.
    private func looksParticiple(_ key: String, _ lemmas: [String]) -> Bool {
        guard lemmas.count > 1 else { return false }
        let prefixes = words.members(of: .participlePrefix) + words.members(of: .inseparablePrefix)
        let particle = words.members(of: .particle).first { key.hasPrefix($0) }
        let stem = particle.map { String(key.dropFirst($0.count)) } ?? key
        guard prefixes.contains(where: { stem.hasPrefix($0) }) else { return false }
        // "betuigt" is present tense when "betuigd" is the participle.
        if key.hasSuffix("t"), lemmatizer.isInflectedVerb(String(key.dropLast()) + "d") { return false }
        return stem.hasSuffix("d") || stem.hasSuffix("t") || stem.hasSuffix("en")
    }
}
