import KroniekCore

/// Picks the source and target actors of a trigger from the clause view.
///
/// Active clauses: the source is the first actor not governed by a
/// preposition (the subject, before or after the finite verb), the target
/// the actor after one of the pattern's target prepositions, else the next
/// ungoverned actor (the object). Passive clauses: the source follows the
/// agent preposition ("door"), the subject is the target. Coordinated
/// subjects give one event per member; symmetric patterns pair them up.
struct RoleFinder {
    let words: WordClasses
    let lemmatizer: Lemmatizer

    struct Roles {
        var sources: [Actor?]
        var targets: [Actor?]
        /// Whether source and target came from one coordinated group ("A en B ontmoeten elkaar").
        var mutual: Bool
    }

    func roles(for trigger: Trigger, in view: ClauseView) -> Roles {
        let clause = view.clause(of: trigger.token)
        var inClause = view.actors(inClause: clause).filter { !trigger.tokens.contains($0.start) }
        let clauseStart = view.range(ofClause: clause).lowerBound
        if borrowsMainSubject(clauseStart: clauseStart, trigger: trigger, view: view),
            let subject = view.actors.first(where: { $0.preposition == nil && $0.end <= clauseStart })
        {
            // "De Grieken zeggen dat ze Turkije hebben gewaarschuwd": "ze" is the main subject, Turkije the object.
            inClause = view.members(ofGroup: subject.group) + inClause
        } else if !inClause.contains(where: { $0.preposition == nil }) {
            // Fall back to the whole sentence when the clause has no unmarked actor (a "te" clause, a short clause).
            // "het dorp dat ..." is relative; "zegt dat ..." is a complement clause.
            let opensWithRelative = words.contains(view.sentence.tokens[clauseStart].key, .relative)
                && !(clauseStart > 0 && lemmatizer.isInflectedVerb(view.sentence.tokens[clauseStart - 1].key))
            if opensWithRelative, let antecedent = view.actors.last(where: { $0.end <= clauseStart }), antecedent.end == clauseStart,
                antecedent.preposition == nil
            {
                // "troepen die de haven beschoten": the relative's antecedent.
                var subject = antecedent
                subject.preposition = nil
                inClause = [subject] + inClause
            } else if sharesSubject(trigger, clauseStart: clauseStart, view: view) {
                let main = view.actors.filter { $0.preposition == nil && $0.start < trigger.token }
                inClause = main + inClause
            }
        }
        let targetPreps = trigger.pattern.targetPrepositions
        let agentActors = inClause.filter { $0.preposition.map { words.contains($0, .agent) } ?? false }
        let unmarked = inClause.filter { $0.preposition == nil }
        let groups = Dictionary(grouping: unmarked, by: \.group).sorted { $0.key < $1.key }.map(\.value)

        var sourceGroup: [ClauseView.Placed] = []
        var targetGroup: [ClauseView.Placed] = []
        let prepositionTarget = inClause.first { a in
            a.start > trigger.token && (a.preposition.map { targetPreps.contains($0) } ?? false)
        }
        if trigger.passive || trigger.pattern.flags.contains(.victim) {
            sourceGroup = agentActors.isEmpty ? [] : view.members(ofGroup: agentActors[0].group)
            // A noun keeps its own target in a passive clause: "bij protesten tegen X zijn betogers opgepakt".
            let nounTarget = view.sentence.tokens[trigger.token].key == trigger.pattern.trigger.split(separator: " ").first.map { Token.fold(String($0)) }
            // Without a subject ("er wordt gedemonstreerd tegen X") the prepositional target stands.
            let prepositional = prepositionTarget.map { view.members(ofGroup: $0.group) }
            targetGroup = (nounTarget ? prepositional : nil) ?? groups.first ?? prepositional ?? []
        } else if let speaker = invertedSpeaker(trigger, in: inClause, view: view) {
            // "..., zegt Turkije": the speaker follows the verb of saying.
            sourceGroup = view.members(ofGroup: speaker.group)
        } else {
            sourceGroup = groups.first ?? []
            if let prepTarget = inClause.first(where: { a in
                a.preposition.map { targetPreps.contains($0) } ?? false
            }) {
                targetGroup = view.members(ofGroup: prepTarget.group)
            } else if !trigger.pattern.flags.contains(.notarget), !trigger.pattern.flags.contains(.speech), groups.count > 1 {
                targetGroup = groups[1]
            }
        }
        if targetGroup.isEmpty, !trigger.pattern.flags.contains(.notarget), !trigger.pattern.flags.contains(.speech),
            let owner = inClause.first(where: { a in
                // Close after any word of the trigger: "eist de vrijlating van de opgepakte leider".
                let near = trigger.tokens.contains { a.start > $0 && a.start <= $0 + 5 }
                return a.start > trigger.token && near && (a.preposition.map { words.contains($0, .of) } ?? false)
                    && !view.sentence.tokens[trigger.token..<a.start].contains { $0.isPunctuation }
            })
        {
            // "steunt de eis van Griekenland": the owner of the object.
            targetGroup = view.members(ofGroup: owner.group)
        }
        let symmetric = trigger.pattern.flags.contains(.symmetric)
        let reciprocal = view.range(ofClause: clause).contains { words.contains(view.sentence.tokens[$0].key, .reciprocal) }
        if reciprocal, targetGroup.isEmpty, sourceGroup.count < 2,
            let owners = inClause.first(where: { $0.preposition.map { words.contains($0, .of) } ?? false && view.members(ofGroup: $0.group).count >= 2 })
        {
            // "Ministers van beide landen spraken elkaar": the owners are the parties.
            sourceGroup = view.members(ofGroup: owners.group)
        }
        if (symmetric || reciprocal), targetGroup.isEmpty, sourceGroup.count >= 2 {
            // "A en B ontmoeten elkaar": one event between the first two.
            return Roles(sources: [sourceGroup[0].mention.actor], targets: [sourceGroup[1].mention.actor], mutual: true)
        }
        if symmetric, sourceGroup.isEmpty, targetGroup.count >= 2 {
            // "overleg tussen Rusland en Turkije": the parties named together.
            return Roles(sources: [targetGroup[0].mention.actor], targets: [targetGroup[1].mention.actor], mutual: true)
        }
        let sources: [Actor?] = sourceGroup.isEmpty ? [nil] : unique(sourceGroup.map(\.mention.actor))
        var targets: [Actor?] = targetGroup.isEmpty ? [nil] : unique(targetGroup.map(\.mention.actor))
        // A country acting on its own institution ("Frankrijk" → "Franse militairen") is no event between two actors.
        if sources.count == 1, targets.count == 1, let source = sources[0], let target = targets[0], source.country == target.country,
            source.code == target.code || source.sectors.isEmpty || target.sectors.isEmpty
        {
            targets = [nil]
        }
        return Roles(sources: sources, targets: targets, mutual: false)
    }

    /// Whether a clause takes the main clause's subject: an infinitive
    /// clause ("om ... te"), a verb right after an apposition, or one that
    /// opens with a subordinator and a pronoun no mention covers ("dat ze",
    /// "dat het begonnen is").
    private func borrowsMainSubject(clauseStart: Int, trigger: Trigger, view: ClauseView) -> Bool {
        let tokens = view.sentence.tokens
        // An infinitive clause has no subject of its own: "om Duitsland aan te vallen".
        if clauseStart > 0, words.contains(tokens[clauseStart].key, .infinitiveOpener) { return true }
        // "De president, een diplomaat, veroordeelt Rusland": after an apposition the verb comes first.
        if clauseStart > 0, tokens[clauseStart - 1].text == ",", lemmatizer.isInflectedVerb(tokens[clauseStart].key),
            !trigger.pattern.flags.contains(.speech)
        {
            return true
        }
        // "Hij ziet de aanval als een fout en waarschuwt de VS": a verb right after "en" inside a
        // subordinate stretch continues the main clause, with its subject.
        // ("dat Rusland Kiev aanviel en bezette" keeps its own subject).
        if clauseStart > 0, trigger.token > clauseStart, words.contains(tokens[trigger.token - 1].key, .coordinator),
            lemmatizer.isInflectedVerb(tokens[trigger.token].key),
            !view.actors.contains(where: { $0.preposition == nil && $0.start >= clauseStart && $0.start < trigger.token })
        {
            return true
        }
        guard clauseStart > 0, clauseStart + 2 <= trigger.token, words.contains(tokens[clauseStart].key, .subordinator) else { return false }
        let pronoun = clauseStart + 1
        guard words.contains(tokens[pronoun].key, .pronoun), !view.actors.contains(where: { $0.start == pronoun }) else { return false }
        return !words.contains(tokens[pronoun].key, .determiner) || lemmatizer.isInflectedVerb(tokens[pronoun + 1].key)
    }

    /// The actor right after a verb of saying that follows a comma or a
    /// closing quote ("..., zegt Turkije", "..., aldus de minister").
    private func invertedSpeaker(_ trigger: Trigger, in actors: [ClauseView.Placed], view: ClauseView) -> ClauseView.Placed? {
        guard trigger.pattern.flags.contains(.speech), trigger.token > 0 else { return nil }
        let before = view.sentence.tokens[trigger.token - 1]
        guard before.isPunctuation else { return nil }
        return actors.first { $0.start > trigger.token && $0.start <= trigger.token + 3 && $0.preposition == nil }
    }

    /// Whether a clause without an actor of its own shares the subject of
    /// the clause before: an infinitive ("kondigde aan een offensief te
    /// lanceren"), a coordinated verb ("en heeft troepen gestuurd"), or the
    /// sentence's first clause. A "dat" clause has a subject of its own.
    private func sharesSubject(_ trigger: Trigger, clauseStart: Int, view: ClauseView) -> Bool {
        let tokens = view.sentence.tokens
        if clauseStart == 0 || words.contains(tokens[clauseStart].key, .coordinator) { return true }
        // "Jansen, woordvoerder van de regering, verwacht": the verb after an apposition has the subject before it.
        if tokens[clauseStart - 1].text == ",", lemmatizer.isInflectedVerb(tokens[clauseStart].key) { return true }
        return (clauseStart..<trigger.token).contains { words.contains(tokens[$0].key, .infinitive) }
            || (trigger.token > 0 && words.contains(tokens[trigger.token - 1].key, .infinitive))
    }

    private func unique(_ actors: [Actor]) -> [Actor?] {
        var seen: Set<String> = []
        return actors.filter { seen.insert($0.code + $0.name).inserted }
    }
}
