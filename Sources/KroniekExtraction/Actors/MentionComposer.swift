import KroniekCore

/// Composes the pieces of one sentence into mentions, left to right:
/// adjective + role + name, role "van" owner, group word + sector noun,
/// references resolved against what the article named before.
struct MentionComposer {
    typealias Placed = ActorRecognizer.Placed

    let recognizer: ActorRecognizer
    let sentence: AnalyzedSentence
    let tokens: [Token]
    let placed: [Placed]
    let day: Day?
    /// The sentence's places (whole words), for the country of a role or body
    /// named without one.
    let places: [PlaceMention]
    var memory: Discourse
    private(set) var result: [Mention] = []
    /// Token ranges of the mentions emitted, for coordination.
    private var ranges: [Range<Int>] = []
    /// Indices in `result` of mentions whose country came from the context
    /// ("de militairen" after "In Bamako"): they lend no country to others.
    private(set) var inferred: Set<Int> = []
    /// Whether `emit` is emitting a mention whose country came from the context.
    private var inferring = false

    init(
        recognizer: ActorRecognizer, sentence: AnalyzedSentence, tokens: [Token], placed: [Placed], day: Day?, memory: Discourse,
        places: [PlaceMention] = []
    ) {
        self.recognizer = recognizer
        self.sentence = sentence
        self.tokens = tokens
        self.placed = placed
        self.day = day
        self.memory = memory
        self.places = places
    }

    var lexicon: ActorLexicon { recognizer.lexicon }

    mutating func compose() {
        var k = 0
        while k < placed.count {
            k += compose(at: k)
        }
    }

    /// Composes the mention starting with piece `k`; returns how many pieces it used.
    private mutating func compose(at k: Int) -> Int {
        let p = placed[k]
        switch p.piece {
        case .actor(let entries):
            return composeActor(ActorRecognizer.choose(entries, on: day), at: k)
        case .remembered(let actor):
            emit(actor, p.start, p.end)
            return 1
        case .acronym:
            if let country = sceneCountry(for: p.start..<p.end, sector: nil) {
                let actor = Actor(name: tokens[p.start].text, code: country, country: country, kind: "group")
                inferring = true
                emit(actor, p.start, p.end)
                inferring = false
                memory.rememberName(tokens[p.start..<p.end], for: actor)
            }
            return 1
        case .demonym(let country):
            emit(recognizer.countryActor(country, kind: "country"), p.start, p.end)
            return 1
        case .adjective(let country):
            return composeAdjective(country, at: k)
        case .sector(let sector, let kind):
            return composeSector(sector, kind, at: k)
        case .reference(let kind):
            return composeReference(kind, at: k)
        case .region:
            // "westerse inlichtingendiensten": no single country, so no actor.
            if let n = next(k, at: p.end), case .sector(_, let kind) = n.piece, kind != .qualifier { return 2 }
            return 1
        }
    }

    /// A known actor; a group word before a sector noun makes a group actor
    /// ("Koerdische strijders"); a role compound takes a name ("VN-gezant X").
    private mutating func composeActor(_ entry: ActorEntry, at k: Int) -> Int {
        let p = placed[k]
        if entry.kind == "group", ActorCode.country(of: entry.code) != nil, ActorCode.sectors(of: entry.code).isEmpty,
            let n = next(k, at: p.end),
            case .sector(let sector, let kind) = n.piece, kind != .qualifier
        {
            if let m = next(k + 1, at: n.end), case .actor(let rows) = m.piece {
                emitKnown(ActorRecognizer.choose(rows, on: day), p.start, m.end, name: m.start..<m.end)
                return 3
            }
            var actor = entry.actor
            actor.code += sector
            actor.sectors = ActorCode.sectors(of: actor.code)
            actor.kind = kind.actorKind
            emit(actor, p.start, n.end)
            return 2
        }
        if p.takesName {
            let end = ActorRecognizer.nameEnd(tokens, from: p.end)
            if end > p.end {
                var actor = entry.actor
                actor.kind = "person"
                actor.name = ActorRecognizer.text(tokens, p.end, end)
                emit(actor, p.start, end)
                memory.rememberName(tokens[p.end..<end], for: actor)
                return 1
            }
        }
        emitKnown(entry, p.start, p.end, name: p.start..<p.end)
        return 1
    }

    /// Adjective + person, or adjective + role/institution (+ name); a second
    /// sector noun joined by "en" shares the adjective ("Malinese president en premier").
    private mutating func composeAdjective(_ country: String, at k: Int) -> Int {
        let p = placed[k]
        if let listed = composeAdjectiveList(country, at: k) { return listed }
        guard let n = next(k, at: p.end) else { return 1 }
        if case .actor(let entries) = n.piece {
            emitKnown(ActorRecognizer.choose(entries, on: day), p.start, n.end, name: n.start..<n.end)
            return 2
        }
        guard case .sector(let sector, let kind) = n.piece, kind != .qualifier else { return 1 }
        if let m = next(k + 1, at: n.end), case .actor(let entries) = m.piece {
            emitKnown(ActorRecognizer.choose(entries, on: day), p.start, m.end, name: m.start..<m.end)
            return 3
        }
        emitRole(country, sector, kind, from: p.start, role: n.start..<n.end)
        if n.end < tokens.count, lexicon.isCoordinator(tokens[n.end].key), let m = next(k + 1, at: n.end + 1),
            case .sector(let second, let secondKind) = m.piece, secondKind != .qualifier
        {
            emitRole(country, second, secondKind, from: m.start, role: m.start..<m.end)
            return 3
        }
        return 2
    }

    /// Adjectives listed before one role or body share it: "zijn Nigeriaanse,
    /// Ivoriaanse en Senegalese ambtgenoten" are three counterparts. Returns
    /// the pieces used, or nil when no list of two or more ends in a sector noun.
    private mutating func composeAdjectiveList(_ country: String, at k: Int) -> Int? {
        var countries = [(country, placed[k].start..<placed[k].end)]
        var j = k
        while placed[j].end < tokens.count, tokens[placed[j].end].text == "," || lexicon.isCoordinator(tokens[placed[j].end].key),
            let n = next(j, at: placed[j].end + 1), case .adjective(let another) = n.piece
        {
            countries.append((another, n.start..<n.end))
            j += 1
        }
        guard countries.count > 1, let n = next(j, at: placed[j].end), case .sector(let sector, let kind) = n.piece,
            kind != .qualifier
        else { return nil }
        for (listed, range) in countries.dropLast() {
            emit(recognizer.countryActor(listed, kind: kind.actorKind, sector: sector), range.lowerBound, range.upperBound)
        }
        emitRole(countries[countries.count - 1].0, sector, kind, from: placed[j].start, role: n.start..<n.end)
        return j - k + 2
    }

    /// A sector noun: with a person after it, with "van" + owner, with a
    /// possessive's country, or with the article's main country.
    private mutating func composeSector(_ sector: String, _ kind: SectorKind, at k: Int) -> Int {
        let p = placed[k]
        if kind == .qualifier {
            // "militante Palestijnen": the qualifier's sector on the inhabitants' country.
            if let n = next(k, at: p.end), case .demonym(let country) = n.piece {
                emit(recognizer.countryActor(country, kind: "group", sector: sector), p.start, n.end)
                return 2
            }
            return 1
        }
        // Sector noun + known actor: the actor ("persbureau Reuters", "premier Rutte").
        if let n = next(k, at: p.end), case .actor(let entries) = n.piece {
            let entry = ActorRecognizer.choose(entries, on: day)
            if kind.isPersonal || !["country", "seat"].contains(entry.kind) {
                emitKnown(entry, p.start, n.end, name: n.start..<n.end)
                return 2
            }
        }
        // Institution "van" actor: "de president van Rusland", "woordvoerder van het Kremlin".
        if let (owner, ownerEnd, used) = ofPhrase(after: k) {
            var actor = owner
            if let country = owner.country, ActorCode.sectors(of: owner.code).isEmpty || owner.kind == "seat" {
                actor = recognizer.countryActor(country, kind: kind.actorKind, sector: sector)
            } else if kind.isPersonal {
                actor.kind = "person"
            }
            appose(actor, to: p.start..<ownerEnd, personal: kind.isPersonal)
            return used + 1
        }
        // "Poetins woordvoerder": the role of the person in the genitive.
        if kind == .role, k > 0, placed[k - 1].end == p.start, let country = placed[k - 1].owner?.country {
            emitRole(country, sector, kind, from: p.start, role: p.start..<p.end)
            return 1
        }
        if kind.isPersonal, k > 0, placed[k - 1].end == p.start, case .reference(.possessive) = placed[k - 1].piece {
            if kind == .role, let country = memory.lastPerson?.country {
                emitRole(country, sector, kind, from: p.start, role: p.start..<p.end)
            }
            return 1
        }
        if kind != .counterpart, let country = sceneCountry(for: p.start..<p.end, sector: sector) {
            inferring = true
            emitRole(country, sector, kind, from: p.start, role: p.start..<p.end)
            inferring = false
        }
        return 1
    }

    /// A pronoun or referring phrase.
    private mutating func composeReference(_ kind: ReferenceKind, at k: Int) -> Int {
        let p = placed[k]
        var actors = memory.resolve(kind)
        if kind == .country {
            // "in het land" is the article's scene; "het land" as a subject the country named last as one.
            let afterPreposition = p.start > 0 && lexicon.isPreposition(tokens[p.start - 1].key)
            let country = afterPreposition ? memory.topicCountry ?? memory.subjectCountry : memory.subjectCountry ?? memory.topicCountry
            actors = country.map { [recognizer.countryActor($0, kind: "country")] } ?? []
        }
        for actor in actors {
            let a = tokens[p.start].start, b = tokens[p.end - 1].end
            // A pronoun's country came from the context: it sets no scene.
            inferred.insert(result.count)
            result.append(Mention(sentence: sentence.index, text: sentence.text(a, b), actor: actor, span: [a, b]))
        }
        return 1
    }

    /// A role or institution of `country`, with the name of its holder when
    /// one follows ("premier Abiy", "minister Blok van Buitenlandse Zaken").
    private mutating func emitRole(_ country: String, _ sector: String, _ kind: SectorKind, from start: Int, role: Range<Int>) {
        var sector = sector, end = role.upperBound
        var name: Range<Int>?
        if kind.isPersonal {
            // The name stops before the next matched piece ("president Macron van Frankrijk").
            let limit = placed.first { $0.start >= role.upperBound }?.start ?? tokens.count
            let nameEnd = ActorRecognizer.nameEnd(Array(tokens[..<limit]), from: role.upperBound)
            if let split = recognizer.splitRole(tokens, role: role, nameEnd: nameEnd) {
                name = role.upperBound..<split.nameEnd
                sector = split.sector
                end = split.end
            } else if nameEnd > role.upperBound {
                name = role.upperBound..<nameEnd
                end = nameEnd
            }
        }
        var actor = recognizer.countryActor(country, kind: kind.actorKind, sector: sector)
        if let name {
            actor.name = ActorRecognizer.text(tokens, name.lowerBound, name.upperBound)
            emit(actor, start, end)
            memory.rememberName(tokens[name], for: actor)
        } else {
            appose(actor, to: start..<end, personal: kind.isPersonal)
        }
    }

    /// Emits a role mention with the name set off by a comma beside it, if any.
    private mutating func appose(_ actor: Actor, to range: Range<Int>, personal: Bool) {
        guard personal, let name = recognizer.appositiveName(tokens, mention: range, placed: placed) else {
            emit(actor, range.lowerBound, range.upperBound)
            return
        }
        var person = actor
        person.kind = "person"
        person.name = ActorRecognizer.text(tokens, name.lowerBound, name.upperBound)
        if name.lowerBound < range.lowerBound {
            emit(person, name.lowerBound, name.upperBound)
            emit(actor, range.lowerBound, range.upperBound)
        } else {
            emit(actor, range.lowerBound, range.upperBound)
            emit(person, name.lowerBound, name.upperBound)
        }
        memory.rememberName(tokens[name], for: person)
    }

    /// A known actor; a person's name is remembered for later surnames.
    private mutating func emitKnown(_ entry: ActorEntry, _ start: Int, _ end: Int, name: Range<Int>) {
        emit(entry.actor, start, end)
        if entry.kind == "person" { memory.rememberName(tokens[name], for: entry.actor) }
    }

    private mutating func emit(_ actor: Actor, _ start: Int, _ end: Int) {
        let a = tokens[start].start, b = tokens[end - 1].end
        if let last = ranges.last, let previous = result.last, last.upperBound < start,
            tokens[last.upperBound..<start].contains(where: { lexicon.isCoordinator($0.key) }),
            tokens[last.upperBound..<start].allSatisfy({ lexicon.isCoordinator($0.key) || lexicon.isDeterminer($0.key) }),
            (previous.actor.country ?? previous.actor.code) != (actor.country ?? actor.code)
        {
            memory.rememberPair(previous.actor, actor)
        }
        if inferring { inferred.insert(result.count) }
        result.append(Mention(sentence: sentence.index, text: sentence.text(a, b), actor: actor, span: [a, b]))
        ranges.append(start..<end)
        memory.remember(actor, participant: !isPlaceLike(at: start), inferred: inferring)
    }

    private func next(_ index: Int, at token: Int) -> Placed? {
        index + 1 < placed.count && placed[index + 1].start == token ? placed[index + 1] : nil
    }

    /// "van [het|de] X" right after piece `k`: the actor X, where it ends, and
    /// how many pieces it used.
    private func ofPhrase(after k: Int) -> (Actor, Int, Int)? {
        let end = placed[k].end
        guard end < tokens.count, lexicon.isOfWord(tokens[end].key), k + 1 < placed.count else { return nil }
        let n = placed[k + 1]
        let gap = n.start - end - 1
        guard gap == 0 || (gap == 1 && lexicon.isDeterminer(tokens[end + 1].key)) else { return nil }
        switch n.piece {
        case .actor(let entries):
            return (ActorRecognizer.choose(entries, on: day).actor, n.end, 1)
        case .remembered(let actor):
            return (actor, n.end, 1)
        case .demonym(let country):
            return (recognizer.countryActor(country, kind: "country"), n.end, 1)
        case .adjective(let country):
            // "van het Armeense ministerie van Defensie": the owner is itself adjective + institution.
            guard let m = next(k + 1, at: n.end), case .sector(let sector, let kind) = m.piece, kind == .institution else { return nil }
            return (recognizer.countryActor(country, kind: kind.actorKind, sector: sector), m.end, 2)
        default:
            return nil
        }
    }
}
