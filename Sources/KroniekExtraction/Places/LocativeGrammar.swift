import KroniekPacks

/// The pack's words around place names (`places-locatives.tsv`,
/// `places-stoplist.tsv`): what makes a mention locative, which hyphen
/// prefixes name part of a place, and which names are usually not places.
///
/// "in het noordwesten van Syrië" says where something happens; "Syrië" as a
/// subject is an actor. Keeping the phrases as data lets a language pack
/// describe its own prepositions without Swift.
struct LocativeGrammar: Sendable {
    enum Role: String, Sendable {
        case preposition, direction, article, placenoun, conjunction, compass
    }

    /// Phrases by role, each as its folded token keys.
    private var phrases: [Role: [[String]]] = [:]
    private(set) var compass: Set<String> = []
    private(set) var neverPlaces: Set<String> = []
    private(set) var notAtSentenceStart: Set<String> = []

    init(pack: LanguagePack) throws(PackError) {
        if pack.has("places-locatives.tsv") {
            for row in try pack.rows("places-locatives.tsv") {
                try row.require(2)
                guard let role = Role(rawValue: row[1]) else { throw row.error("unknown role '\(row[1])'") }
                let keys = Tokenizer.tokens(of: row[0]).map(\.key)
                if role == .compass { compass.insert(keys.joined()) }
                phrases[role, default: []].append(keys)
            }
        }
        if pack.has("places-stoplist.tsv") {
            for row in try pack.rows("places-stoplist.tsv") {
                try row.require(2)
                let key = Token.fold(row[0])
                switch row[1] {
                case "always": neverPlaces.insert(key)
                case "sentence-start": notAtSentenceStart.insert(key)
                default: throw row.error("scope '\(row[1])' is not 'always' or 'sentence-start'")
                }
            }
        }
    }

    /// Whether the tokens before `start` make a name there locative: a
    /// preposition, then optionally a direction ("het noorden van"), an
    /// article with up to two modifiers, and a place noun ("de Syrische stad").
    func isLocative(_ tokens: [Token], before start: Int) -> Bool {
        var end = start
        if let k = phraseEnding(.placenoun, in: tokens, at: end) { end = k }
        if let k = articleWithModifiers(tokens, endingAt: end) { end = k }
        if let k = phraseEnding(.direction, in: tokens, at: end) { end = k }
        return phraseEnding(.preposition, in: tokens, at: end) != nil
    }

    /// Whether `tokens[from..<to]` only join two names of one list (", ", "en").
    func joinsList(_ tokens: [Token], from: Int, to: Int) -> Bool {
        guard from < to else { return false }
        var end = to
        while end > from, let k = phraseEnding(.conjunction, in: tokens, at: end), k >= from { end = k }
        return end == from
    }

    /// The start of an article with up to two capitalised modifiers before
    /// `end`: "de", "het Syrische", "de Noord-Syrische".
    private func articleWithModifiers(_ tokens: [Token], endingAt end: Int) -> Int? {
        var position = end
        for _ in 0...2 {
            if let k = phraseEnding(.article, in: tokens, at: position) { return k }
            guard position > 0, tokens[position - 1].isWord, tokens[position - 1].isCapitalized,
                phraseEnding(.preposition, in: tokens, at: position) == nil
            else { return nil }
            position -= 1
        }
        return nil
    }

    /// The start index of a phrase of `role` that ends right before `end`.
    private func phraseEnding(_ role: Role, in tokens: [Token], at end: Int) -> Int? {
        var best: Int?
        for phrase in phrases[role] ?? [] where phrase.count <= end {
            let start = end - phrase.count
            if zip(tokens[start..<end], phrase).allSatisfy({ $0.key == $1 }) {
                best = min(best ?? start, start)
            }
        }
        return best
    }
}
