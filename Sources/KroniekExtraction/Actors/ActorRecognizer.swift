import KroniekCore
import KroniekPacks

/// Recognises actors: countries, capitals used for governments,
/// institutions, international bodies and named people with their role at
/// the article's date.
///
/// Words are first matched to pieces (a country adjective, a role noun, a
/// known person ...), then composed: "de Turkse president Recep Tayyip
/// Erdogan" is one mention of TURGOV; "Syrische soldaten" is SYRMIL; "de
/// woordvoerder van het Kremlin" is RUSGOV. An institution without a
/// country ("het leger") takes the article's main country so far; pronouns
/// and "beide landen" take the actors they point back to.
///
/// Reads: tokens. Adds: `Mention` values on each sentence (a pair reference
/// adds two mentions with the same span).
public struct ActorRecognizer: Sendable {
    let lexicon: ActorLexicon

    public init(pack: LanguagePack) throws(PackError) {
        lexicon = try ActorLexicon(pack: pack)
    }

    public func recognize(_ sentences: [AnalyzedSentence], on day: Day?) -> [AnalyzedSentence] {
        var memory = Discourse()
        return sentences.map { sentence in
            var sentence = sentence
            memory.nextSentence()
            sentence.mentions = mentions(in: sentence, on: day, memory: &memory)
            return sentence
        }
    }

    /// A matched piece with its token range.
    struct Placed {
        var piece: ActorPiece
        var start: Int
        var end: Int
    }

    func pieces(in tokens: [Token], on day: Day?) -> [Placed] {
        var placed: [Placed] = []
        var i = 0
        while i < tokens.count {
            let found = lexicon.table.matches(in: tokens, at: i)
            guard let longest = found.first?.length else {
                if let compound = compoundPiece(tokens[i], on: day) {
                    placed.append(Placed(piece: compound, start: i, end: i + 1))
                }
                i += 1
                continue
            }
            let same = found.filter { $0.length == longest }.map(\.value)
            let entries = same.flatMap { piece -> [ActorEntry] in
                if case .actor(let rows) = piece { return rows }
                return []
            }
            let piece = entries.isEmpty ? same[0] : .actor(entries)
            // Names and adjectives must be capitalised in running text, unless the pack writes them in lower case.
            if case .actor(let rows) = piece, !tokens[i].isCapitalized, !rows.contains(where: \.lowercaseForm) {
                i += 1
                continue
            }
            // "in Moskou": a seat of government after a locative preposition is a place, not an actor.
            if case .actor(let rows) = piece, i > 0, lexicon.words.contains(tokens[i - 1].key, .locative),
                rows.allSatisfy({ $0.kind == "seat" })
            {
                i += longest
                continue
            }
            if case .adjective = piece, !tokens[i].isCapitalized {
                i += 1
                continue
            }
            placed.append(Placed(piece: piece, start: i, end: i + longest))
            i += longest
        }
        return placed
    }

    /// A hyphenated compound whose first part names an actor: "VN-gezant"
    /// (IGOUNO), "Kremlin-woordvoerder" (RUSGOV), "Hamas-leider"; a country
    /// with a sector noun after the hyphen takes that sector ("VS-ambassadeur").
    func compoundPiece(_ token: Token, on day: Day?) -> ActorPiece? {
        guard token.isWord, token.isCapitalized, let hyphen = token.text.firstIndex(of: "-") else { return nil }
        let head = String(token.text[..<hyphen]), tail = String(token.text[token.text.index(after: hyphen)...])
        guard !head.isEmpty, !tail.isEmpty, tail.first!.isLowercase else { return nil }
        let headToken = Token(text: head, start: token.start, end: token.start + head.utf16.count, kind: .word)
        guard let match = lexicon.table.longest(in: [headToken], at: 0), case .actor(let entries) = match.value else { return nil }
        var entry = Self.choose(entries, on: day)
        let tailToken = Token(text: tail, start: 0, end: tail.utf16.count, kind: .word)
        if entry.kind == "country", let sector = lexicon.table.longest(in: [tailToken], at: 0), case .sector(let code, _) = sector.value {
            entry.code += code
            entry.kind = "government"
        }
        return .actor([entry])
    }

    /// Picks the row of a dated actor that holds on `day`: one whose dates
    /// contain it, else an undated row, else the first.
    static func choose(_ entries: [ActorEntry], on day: Day?) -> ActorEntry {
        if let day, let dated = entries.first(where: { ($0.from != nil || $0.to != nil) && $0.holds(on: day) }) {
            return dated
        }
        return entries.first { $0.from == nil && $0.to == nil } ?? entries[0]
    }

    func mentions(in sentence: AnalyzedSentence, on day: Day?, memory: inout Discourse) -> [Mention] {
        let tokens = sentence.tokens
        let dateline = Self.datelineEnd(tokens)
        let placed = pieces(in: tokens, on: day).filter { $0.start >= dateline }
        var result: [Mention] = []
        var k = 0
        func emit(_ actor: Actor, _ start: Int, _ end: Int) {
            let a = tokens[start].start, b = tokens[end - 1].end
            result.append(Mention(sentence: sentence.index, text: sentence.text(a, b), actor: actor, span: [a, b]))
            memory.remember(actor)
        }
        func next(_ index: Int, at token: Int) -> Placed? {
            index + 1 < placed.count && placed[index + 1].start == token ? placed[index + 1] : nil
        }
        while k < placed.count {
            let p = placed[k]
            switch p.piece {
            case .actor(let entries):
                let entry = Self.choose(entries, on: day)
                emit(entry.actor, p.start, p.end)
                k += 1
            case .demonym(let country):
                emit(countryActor(country, kind: "country"), p.start, p.end)
                k += 1
            case .adjective(let country):
                // Adjective + person, or adjective + role/institution (+ name).
                if let n = next(k, at: p.end) {
                    if case .actor(let entries) = n.piece {
                        emit(Self.choose(entries, on: day).actor, p.start, n.end)
                        k += 2
                        continue
                    }
                    if case .sector(let sector, let kind) = n.piece {
                        if let m = next(k + 1, at: n.end), case .actor(let entries) = m.piece {
                            emit(Self.choose(entries, on: day).actor, p.start, m.end)
                            k += 3
                            continue
                        }
                        let nameEnd = kind == "role" ? Self.nameEnd(tokens, from: n.end) : n.end
                        var actor = countryActor(country, kind: kind == "role" ? "person" : kind, sector: sector)
                        if nameEnd > n.end { actor.name = Self.text(tokens, n.end, nameEnd) }
                        emit(actor, p.start, nameEnd)
                        k += 2
                        continue
                    }
                }
                k += 1
            case .sector(let sector, let kind):
                // Role + known person: the person.
                if let n = next(k, at: p.end), case .actor(let entries) = n.piece, kind == "role" {
                    emit(Self.choose(entries, on: day).actor, p.start, n.end)
                    k += 2
                    continue
                }
                // Institution "van" actor: "de president van Rusland", "woordvoerder van het Kremlin".
                if let (owner, ownerEnd, used) = ofPhrase(after: k, placed: placed, tokens: tokens, day: day) {
                    var actor = owner
                    if let country = owner.country, ActorCode.sectors(of: owner.code).isEmpty || owner.kind == "seat" {
                        actor = countryActor(country, kind: kind == "role" ? "person" : kind, sector: sector)
                    }
                    emit(actor, p.start, ownerEnd)
                    k += used + 1
                    continue
                }
                let nameEnd = kind == "role" ? Self.nameEnd(tokens, from: p.end) : p.end
                if let country = memory.topicCountry {
                    var actor = countryActor(country, kind: kind == "role" ? "person" : kind, sector: sector)
                    if nameEnd > p.end { actor.name = Self.text(tokens, p.end, nameEnd) }
                    emit(actor, p.start, nameEnd)
                }
                k += 1
            case .reference(let kind):
                for actor in memory.resolve(kind) {
                    let a = tokens[p.start].start, b = tokens[p.end - 1].end
                    result.append(Mention(sentence: sentence.index, text: sentence.text(a, b), actor: actor, span: [a, b]))
                }
                k += 1
            }
        }
        return result
    }

    /// "van [het|de] X" right after piece `k`: the actor X, where it ends, and
    /// how many pieces it used.
    private func ofPhrase(after k: Int, placed: [Placed], tokens: [Token], day: Day?) -> (Actor, Int, Int)? {
        let end = placed[k].end
        guard end < tokens.count, lexicon.isOfWord(tokens[end].key), k + 1 < placed.count else { return nil }
        let n = placed[k + 1]
        let gap = n.start - end - 1
        guard gap == 0 || (gap == 1 && lexicon.isDeterminer(tokens[end + 1].key)) else { return nil }
        switch n.piece {
        case .actor(let entries):
            return (Self.choose(entries, on: day).actor, n.end, 1)
        case .demonym(let country):
            return (countryActor(country, kind: "country"), n.end, 1)
        default:
            return nil
        }
    }

    func countryActor(_ country: String, kind: String, sector: String? = nil) -> Actor {
        let name = lexicon.countryNames[country] ?? country
        return Actor(
            name: name, code: country + (sector ?? ""), country: ActorCode.country(of: country),
            sectors: sector.map { [$0] } ?? [], kind: kind)
    }

    /// After a role noun, the end of a following personal name: capitalised
    /// words and name particles ("Recep Tayyip Erdogan", "Bashar al-Assad").
    static func nameEnd(_ tokens: [Token], from start: Int) -> Int {
        var i = start
        while i < tokens.count, tokens[i].isWord, tokens[i].isCapitalized || (i > start && i + 1 < tokens.count && tokens[i].text.count <= 3 && tokens[i + 1].isCapitalized && tokens[i].text.first!.isLowercase) {
            i += 1
        }
        // A name that ends on a particle is no name.
        while i > start, !tokens[i - 1].isCapitalized { i -= 1 }
        return i - start > 4 ? start : i
    }

    /// The token after a dateline such as "SINGAPORE (AFN/RTR) -": a place
    /// in capitals, an optional agency in brackets, and a dash; 0 without one.
    static func datelineEnd(_ tokens: [Token]) -> Int {
        var i = 0
        while i < tokens.count, tokens[i].isWord, tokens[i].text == tokens[i].text.uppercased(), tokens[i].text.count > 1 { i += 1 }
        guard i > 0, i < tokens.count else { return 0 }
        if tokens[i].text == "(" {
            while i < tokens.count, tokens[i].text != ")" { i += 1 }
            i += 1
        }
        guard i < tokens.count, ["-", "\u{2013}", "\u{2014}"].contains(tokens[i].text) else { return 0 }
        return i + 1
    }

    static func text(_ tokens: [Token], _ start: Int, _ end: Int) -> String {
        tokens[start..<end].map(\.text).joined(separator: " ")
    }
}

/// What the recogniser remembers across sentences of one article: the
/// actors so far, for pronouns and for institutions named without a country.
struct Discourse {
    /// Actors by sentence, in order of mention.
    private(set) var sentences: [[Actor]] = [[]]
    private var countryCounts: [String: Int] = [:]
    private var lastCountry: String?

    var recent: [Actor] { sentences.flatMap { $0 } }

    mutating func nextSentence() {
        if !(sentences.last?.isEmpty ?? true) { sentences.append([]) }
    }

    mutating func remember(_ actor: Actor) {
        sentences[sentences.count - 1].append(actor)
        if let country = actor.country {
            countryCounts[country, default: 0] += 1
            lastCountry = country
        }
    }

    /// The country named most so far (the latest on a tie).
    var topicCountry: String? {
        guard let best = countryCounts.values.max() else { return nil }
        if let lastCountry, countryCounts[lastCountry] == best { return lastCountry }
        return countryCounts.filter { $0.value == best }.keys.sorted().first
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
            return lastTwo(of: recent)
        case .leaders:
            return lastTwo(of: recent.filter { $0.kind == "person" })
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
