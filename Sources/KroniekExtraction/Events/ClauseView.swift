import KroniekCore

/// A light syntactic view of one sentence: where clauses begin, which
/// actor mentions sit in a prepositional phrase, and which are coordinated
/// ("Rusland en Turkije").
///
/// Clauses start at a subordinating word ("dat", "omdat", "waarbij"), an
/// infinitive opener ("om ... te"), a coordinated main clause ("en Y doet"),
/// after ";" and ":", and after a comma followed by a finite verb; other
/// commas do not split, so an apposition ("Jansen, woordvoerder van de
/// regering, verwacht") stays with its verb.
struct ClauseView {
    let sentence: AnalyzedSentence
    let words: WordClasses
    /// Clause number of each token.
    private(set) var clauseOf: [Int] = []
    /// Mentions with their token ranges, in order; same-span mentions are kept.
    private(set) var actors: [Placed] = []

    struct Placed {
        var mention: Mention
        var start: Int
        var end: Int
        /// The preposition that governs it, if any ("tegen", "door").
        var preposition: String?
        /// Index of its coordination group.
        var group: Int
    }

    init(_ sentence: AnalyzedSentence, words: WordClasses, lemmatizer: Lemmatizer) {
        self.sentence = sentence
        self.words = words
        let mentionStarts = Set(sentence.mentions.compactMap { $0.span.map { sentence.tokenIndex(atOrAfter: $0[0]) } })
        let mentionEnds = Set(sentence.mentions.compactMap { m in
            m.span.map { span in sentence.tokens.firstIndex { $0.start >= span[1] } ?? sentence.tokens.count }
        })
        let tokens = sentence.tokens
        clauseOf = Self.clauses(tokens, words: words) { i in
            // Only after a clause that has its own verb: "A en B voeren" is one clause.
            guard tokens[..<i].contains(where: { lemmatizer.isInflectedVerb($0.key) }) else { return false }
            // "en Rusland steunt ...": a coordinator followed by a new subject and an inflected verb.
            var j = i + 1
            while j < sentence.tokens.count, words.contains(sentence.tokens[j].key, .determiner) { j += 1 }
            guard mentionStarts.contains(j), let end = mentionEnds.filter({ $0 > j }).min(), end < sentence.tokens.count else { return false }
            return lemmatizer.isInflectedVerb(sentence.tokens[end].key)
        } startsMainClause: { i in
            // ", al spreekt X dat tegen": after a comma, a word and a finite verb open a new clause.
            // ", zegt X": a finite verb right after a comma does too.
            i + 1 < tokens.count && tokens[i].isWord && !tokens[i].isCapitalized
                && (lemmatizer.isInflectedVerb(tokens[i].key)
                    || (lemmatizer.isInflectedVerb(tokens[i + 1].key) && !words.contains(tokens[i].key, .determiner)))
        }
        var placed: [Placed] = []
        for mention in sentence.mentions {
            guard let span = mention.span else { continue }
            let start = sentence.tokenIndex(atOrAfter: span[0])
            var end = start
            while end < sentence.tokens.count, sentence.tokens[end].end <= span[1] { end += 1 }
            placed.append(Placed(mention: mention, start: start, end: max(end, start + 1), preposition: preposition(before: start), group: 0))
        }
        // Coordination: mentions joined only by "en" / "," / determiners, or sharing a span.
        var group = 0
        for i in placed.indices {
            if i > 0 {
                let previous = placed[i - 1]
                let sameSpan = previous.start == placed[i].start
                let between = sentence.tokens[min(previous.end, placed[i].start)..<placed[i].start]
                let joined = !between.isEmpty && between.allSatisfy {
                    words.contains($0.key, .coordinator) || $0.text == "," || words.contains($0.key, .determiner)
                } && between.contains { words.contains($0.key, .coordinator) || $0.text == "," }
                if !(sameSpan || joined) { group += 1 }
                if joined, placed[i].preposition == nil { placed[i].preposition = previous.preposition }
            }
            placed[i].group = group
        }
        actors = placed
    }

    /// Clause numbers: a new clause starts at a subordinator or relative word
    /// (unless a determiner reading fits: "in dat gebied") and after ; or :.
    static func clauses(
        _ tokens: [Token], words: WordClasses, startsClause: (Int) -> Bool, startsMainClause: (Int) -> Bool
    ) -> [Int] {
        var result: [Int] = []
        var clause = 0
        for (i, token) in tokens.enumerated() {
            if i > 0 {
                let previous = tokens[i - 1]
                if previous.text == ";" || previous.text == ":" {
                    clause += 1
                } else if previous.text == ",", startsMainClause(i) {
                    clause += 1
                } else if words.contains(token.key, .coordinator), startsClause(i) {
                    clause += 1
                } else if words.contains(token.key, .infinitiveOpener),
                    let te = tokens[(i + 1)...].firstIndex(where: { words.contains($0.key, .infinitive) }),
                    !tokens[(i + 1)..<te].contains(where: { $0.isPunctuation })
                {
                    // "om Duitsland aan te vallen": an infinitive clause of its own.
                    clause += 1
                } else if words.contains(token.key, .subordinator) || words.contains(token.key, .relative) {
                    let determinerReading = words.contains(token.key, .determiner) && words.contains(previous.key, .preposition)
                    if !determinerReading { clause += 1 }
                }
            }
            result.append(clause)
        }
        return result
    }

    /// The preposition right before token `index`, skipping determiners.
    /// One lowercase title word may stand between: "volgens persbureau AFP".
    func preposition(before index: Int) -> String? {
        let tokens = sentence.tokens
        let endings = words.members(of: .adjectiveEnding)
        // Determiners and inflected adjectives ("op de vreedzame betogers").
        func skipDeterminers(_ start: Int) -> Int {
            var i = start
            while i >= 0, !words.contains(tokens[i].key, .preposition),
                words.contains(tokens[i].key, .determiner)
                    || (tokens[i].isWord && !tokens[i].isCapitalized && endings.contains { tokens[i].key.hasSuffix($0) }
                        && !words.contains(tokens[i].key, .coordinator) && !words.contains(tokens[i].key, .pronoun))
            {
                i -= 1
            }
            return i
        }
        var i = skipDeterminers(index - 1)
        guard i >= 0 else { return nil }
        // "door onder anderen president X": "onder anderen" stands between the preposition and its actor.
        if i >= 2, words.contains(tokens[i].key, .inclusive), words.contains(tokens[i - 1].key, .preposition) {
            i = skipDeterminers(i - 2)
            return i >= 0 && words.contains(tokens[i].key, .preposition) ? tokens[i].key : nil
        }
        // "om" opening an infinitive clause governs nothing.
        if words.contains(tokens[i].key, .infinitiveOpener), i > 0, clauseOf[i] != clauseOf[i - 1] { return nil }
        if words.contains(tokens[i].key, .preposition) { return tokens[i].key }
        guard i == index - 1, index < tokens.count, tokens[index].isCapitalized, tokens[i].isWord, !tokens[i].isCapitalized,
            !words.contains(tokens[i].key, .coordinator)
        else { return nil }
        i = skipDeterminers(i - 1)
        return i >= 0 && words.contains(tokens[i].key, .preposition) ? tokens[i].key : nil
    }

    func clause(of token: Int) -> Int { clauseOf[token] }

    /// Token range of a clause.
    func range(ofClause clause: Int) -> Range<Int> {
        let start = clauseOf.firstIndex(of: clause) ?? 0
        let end = (clauseOf.lastIndex(of: clause) ?? (clauseOf.count - 1)) + 1
        return start..<end
    }

    /// Mentions in a clause.
    func actors(inClause clause: Int) -> [Placed] {
        actors.filter { clauseOf[$0.start] == clause }
    }

    /// All mentions of a coordination group.
    func members(ofGroup group: Int) -> [Placed] {
        actors.filter { $0.group == group }
    }
}
