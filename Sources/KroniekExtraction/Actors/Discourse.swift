import KroniekCore

/// What the recogniser remembers across sentences of one article: the
/// actors so far, for pronouns and for institutions named without a country,
/// the names it introduced, and the last pair of actors named together.
struct Discourse {
    /// Actors by sentence, in order of mention.
    private(set) var sentences: [[Actor]] = [[]]
    private var countryCounts: [String: Int] = [:]
    private var lastCountry: String?
    /// People and groups introduced in this article, by folded name and by
    /// surname: "joshua wong" and "wong".
    private var names: [String: Actor] = [:]
    /// The last two actors joined by a coordinator ("Armenië en Azerbeidzjan").
    private(set) var lastPair: [Actor]?
    /// Actors named as participants, not as the place of an event ("in
    /// Syrië"): the candidates for "beide landen".
    private var participants: [Actor] = []
    /// Actors whose country the text gives, for "het leger" to point back to.
    private var antecedents: [Actor] = []
    /// Countries of the actors and places of the current sentence, and of the
    /// one before, in text order.
    private var scene: [String] = []
    private(set) var previousScene: [String] = []

    var recent: [Actor] { sentences.flatMap { $0 } }

    mutating func nextSentence() {
        if !(sentences.last?.isEmpty ?? true) { sentences.append([]) }
        previousScene = scene
        scene = []
    }

    /// Sets the countries of the current sentence's actors and places.
    mutating func setScene(_ countries: [String]) { scene = countries }

    /// Remembers an actor; `participant` is false for a place-like mention
    /// after a locative preposition ("in Syrië"); an `inferred` actor, whose
    /// country came from the context, is not the body "het leger" points
    /// back to (it still counts toward the article's main country).
    mutating func remember(_ actor: Actor, participant: Bool = true, inferred: Bool = false) {
        sentences[sentences.count - 1].append(actor)
        if participant { participants.append(actor) }
        if actor.country != nil { antecedents.append(actor) }
        if let country = actor.country {
            countryCounts[country, default: 0] += 1
            lastCountry = country
        }
    }

    /// Remembers a name written in `tokens` for `actor`: the whole name and,
    /// for a person, the last word (the surname).
    mutating func rememberName(_ tokens: ArraySlice<Token>, for actor: Actor) {
        guard let last = tokens.last, tokens.allSatisfy({ $0.isWord && ($0.isCapitalized || $0.text.count <= 3) }) else { return }
        names[tokens.map(\.key).joined(separator: " ")] = actor
        if actor.kind == "person", tokens.count > 1, last.isCapitalized { names[last.key] = actor }
    }

    mutating func rememberPair(_ first: Actor, _ second: Actor) {
        lastPair = [first, second]
    }

    /// A remembered name starting at token `i` (longest first), capitalised.
    func name(in tokens: [Token], at i: Int) -> (Actor, Int)? {
        guard !names.isEmpty, tokens[i].isCapitalized else { return nil }
        for length in stride(from: min(4, tokens.count - i), through: 1, by: -1) {
            let slice = tokens[i..<(i + length)]
            guard slice.allSatisfy(\.isWord), slice.last!.isCapitalized else { continue }
            if let actor = names[slice.map(\.key).joined(separator: " ")] { return (actor, length) }
        }
        return nil
    }

    /// The country named most so far (the latest on a tie).
    var topicCountry: String? {
        guard let best = countryCounts.values.max() else { return nil }
        if let lastCountry, countryCounts[lastCountry] == best { return lastCountry }
        return countryCounts.filter { $0.value == best }.keys.sorted().first
    }

    /// The last actor of a country with `sector` ("het leger" after "het
    /// Israëlische leger").
    func lastActor(ofSector sector: String) -> Actor? {
        antecedents.last { $0.sectors.contains(sector) }
    }

    /// The person named last: the owner of "zijn" in "zijn premier".
    var lastPerson: Actor? { recent.last { $0.kind == "person" } }

    /// The country a sentence is about: the first country named in the
    /// current sentence, else in the latest sentence that names one.
    var subjectCountry: String? {
        for sentence in sentences.reversed() {
            if let country = sentence.first(where: { $0.kind == "country" })?.country { return country }
        }
        return nil
    }

    func resolve(_ kind: ReferenceKind) -> [Actor] {
        switch kind {
        case .person:
            // The first person (the subject, usually) of the latest sentence that names one.
            for sentence in sentences.reversed() {
                if let person = sentence.first(where: { $0.kind == "person" }) { return [person] }
            }
            return recent.last.map { [$0] } ?? []
        case .country:
            return recent.last(where: { $0.country != nil }).map { [$0] } ?? []
        case .pair:
            return lastPair ?? lastTwo(of: participants).nonEmpty ?? lastTwo(of: recent)
        case .countries:
            if let lastPair, lastPair.allSatisfy({ $0.country != nil }) { return lastPair }
            return lastTwo(of: participants.filter { $0.country != nil }).nonEmpty
                ?? lastTwo(of: recent.filter { $0.country != nil })
        case .leaders:
            return lastTwo(of: recent.filter { $0.kind == "person" })
        case .possessive:
            return []
        }
    }

    /// The last two actors of different countries, in order of mention.
    private func lastTwo(of actors: [Actor]) -> [Actor] {
        var seen: [Actor] = []
        for actor in actors.reversed() {
            let key = actor.country ?? actor.code
            if !seen.contains(where: { ($0.country ?? $0.code) == key }) { seen.append(actor) }
            if seen.count == 2 { break }
        }
        return seen.count == 2 ? seen.reversed() : []
    }
}

extension Array {
    /// The array, or nil when it is empty.
    fileprivate var nonEmpty: Self? { isEmpty ? nil : self }
}
