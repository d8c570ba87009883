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
/// and "beide landen" take the actors they point back to. People the pack
/// does not know become actors when a role introduces them ("minister Blok",
/// "Nyi Nyi, parlementslid"), and their surname names them for the rest of
/// the article.
///
/// Reads: tokens. Adds: `Mention` values on each sentence (a pair reference
/// adds two mentions with the same span).
public struct ActorRecognizer: Sendable {
    let lexicon: ActorLexicon
    /// Place names, whose countries lend a country to "de militairen" in
    /// "In Bamako grepen de militairen de macht".
    let placeResolver: PlaceResolver

    public init(pack: LanguagePack) throws(PackError) {
        try self.init(pack: pack, places: PlaceResolver(pack: pack))
    }

    /// Shares a place resolver already built from the same pack.
    public init(pack: LanguagePack, places: PlaceResolver) throws(PackError) {
        lexicon = try ActorLexicon(pack: pack)
        placeResolver = places
    }

    /// `places`: the places of each sentence, when found already (the
    /// pipeline finds them first); otherwise they are looked up here.
    public func recognize(_ sentences: [AnalyzedSentence], on day: Day?, places: [[PlaceMention]]? = nil)
        -> [AnalyzedSentence]
    {
        var memory = Discourse()
        return sentences.indices.map { index in
            var sentence = sentences[index]
            memory.nextSentence()
            let scene = scenery(in: sentence, places: places.flatMap { index < $0.count ? $0[index] : nil })
            sentence.mentions = mentions(in: sentence, on: day, memory: &memory, scenery: scene)
            return sentence
        }
    }

    /// A matched piece with its token range.
    struct Placed {
        var piece: ActorPiece
        var start: Int
        var end: Int
        /// A compound such as "VN-gezant" whose second part is a role noun:
        /// a personal name may follow it.
        var takesName = false
        /// A name in the genitive ("Poetins"): it owns the role noun after it.
        var owner: Actor?
    }

    func pieces(in tokens: [Token], on day: Day?, memory: Discourse) -> [Placed] {
        var placed: [Placed] = []
        var i = 0
        while i < tokens.count {
            let found = lexicon.table.matches(in: tokens, at: i)
            if let genitive = genitivePiece(tokens, at: i, on: day, memory: memory), genitive.end - i > found.first?.length ?? 0 {
                placed.append(genitive)
                i = genitive.end
                continue
            }
            guard let longest = found.first?.length else {
                if let head = headPiece(tokens, at: i, after: placed.last) {
                    placed.append(head)
                    i += 1
                } else if let unknown = unlistedPiece(tokens, at: i, on: day, memory: memory) {
                    placed.append(unknown)
                    i = unknown.end
                } else {
                    i += 1
                }
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
            // "in Moskou", "in de Russische hoofdstad Moskou": a seat of government in a place phrase is a place.
            if case .actor(let rows) = piece, rows.allSatisfy({ $0.kind == "seat" }), inPlacePhrase(tokens, before: i) {
                i += longest
                continue
            }
            if case .adjective = piece, !tokens[i].isCapitalized {
                i += 1
                continue
            }
            // "marine- en luchtmachtbasis": the first part of a compound cut short is no noun of its own.
            if case .sector = piece, Self.isCutShort(tokens, at: i + longest) {
                i += longest
                continue
            }
            placed.append(Placed(piece: piece, start: i, end: i + longest))
            i += longest
        }
        return placed
    }

    /// Whether the token at `index` is a hyphen attached to the word before it.
    static func isCutShort(_ tokens: [Token], at index: Int) -> Bool {
        index < tokens.count && index > 0 && tokens[index].text == "-" && tokens[index].start == tokens[index - 1].end
    }

    /// Whether a locative preposition opens the phrase that ends at token
    /// `index`: "in Tbilisi", "in de Georgische hoofdstad Tbilisi" (up to
    /// three determiners, adjectives or nouns between).
    func inPlacePhrase(_ tokens: [Token], before index: Int) -> Bool {
        var i = index - 1
        var skipped = 0
        while i >= 0, skipped <= 3 {
            let key = tokens[i].key
            if lexicon.words.contains(key, .locative) { return true }
            guard tokens[i].isWord, !lexicon.words.contains(key, .preposition), !lexicon.words.contains(key, .coordinator) else {
                return false
            }
            i -= 1
            skipped += 1
        }
        return false
    }

    /// Picks the row of a dated actor that holds on `day`: one whose dates
    /// contain it, else an undated row, else the first.
    static func choose(_ entries: [ActorEntry], on day: Day?) -> ActorEntry {
        if let day, let dated = entries.first(where: { ($0.from != nil || $0.to != nil) && $0.holds(on: day) }) {
            return dated
        }
        return entries.first { $0.from == nil && $0.to == nil } ?? entries[0]
    }

    func mentions(in sentence: AnalyzedSentence, on day: Day?, memory: inout Discourse, scenery: [PlaceMention])
        -> [Mention]
    {
        let tokens = sentence.tokens
        let dateline = Self.datelineEnd(tokens)
        let placed = Self.droppingBareRegions(pieces(in: tokens, on: day, memory: memory).filter { $0.start >= dateline })
        var composer = MentionComposer(
            recognizer: self, sentence: sentence, tokens: tokens, placed: placed, day: day, memory: memory,
            places: scenery)
        composer.compose()
        memory = composer.memory
        memory.setScene(composer.scene(before: Int.max))
        return composer.result
    }

    /// A region word matters only before a sector noun ("westerse
    /// inlichtingendiensten"); elsewhere it is an ordinary word ("minister Blok
    /// van Buitenlandse Zaken").
    static func droppingBareRegions(_ placed: [Placed]) -> [Placed] {
        placed.indices.compactMap { k in
            guard case .region = placed[k].piece else { return placed[k] }
            guard k + 1 < placed.count, placed[k + 1].start == placed[k].end, case .sector = placed[k + 1].piece else { return nil }
            return placed[k]
        }
    }

    /// The places of a sentence that say where it happens: whole words, not
    /// a place inside a compound such as "anti-Israël" or "pro-Rusland",
    /// which names whom a group opposes or supports.
    func scenery(in sentence: AnalyzedSentence, places: [PlaceMention]? = nil) -> [PlaceMention] {
        let starts = Set(sentence.tokens.map(\.start))
        return (places ?? placeResolver.places(in: sentence)).filter { starts.contains($0.start) }
    }

    /// An unlisted compound after a country adjective whose head names a body
    /// ("de Keniaanse kiescommissie"), or after a region word.
    func headPiece(_ tokens: [Token], at i: Int, after previous: Placed?) -> Placed? {
        guard let previous, previous.end == i, let head = lexicon.head(of: tokens[i]) else { return nil }
        switch previous.piece {
        case .adjective, .region:
            return Placed(piece: .sector(code: head.sector, kind: head.kind), start: i, end: i + 1)
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
