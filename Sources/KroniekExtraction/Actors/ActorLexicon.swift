import Foundation
import KroniekCore
import KroniekPacks

/// What a stretch of words can tell about an actor, before composition:
/// "Turkse" (a country adjective) + "president" (a role) + "Erdogan" (a
/// known person) become one mention.
enum ActorPiece: Sendable {
    /// A known actor; several rows when its coding changes over time.
    case actor([ActorEntry])
    case adjective(country: String)
    case demonym(country: String)
    /// An institution, group or role noun with its CAMEO sector.
    case sector(code: String, kind: SectorKind)
    /// A pronoun or phrase that points back to earlier actors.
    case reference(ReferenceKind)
    /// A name the article introduced earlier with a role or a full name
    /// ("Wong" after "de activist Joshua Wong").
    case remembered(Actor)
    /// An acronym the pack does not know, after a definite article ("het TPLF").
    case acronym
    /// A word for a region or for abroad ("westerse", "buitenlandse"): the
    /// sector noun after it names no single country.
    case region
}

/// What a referring expression points back to.
enum ReferenceKind: String, Sendable {
    /// "hij", "zij" (singular): the last person, else the last actor.
    case person
    /// "beide partijen": the last two actors of different countries.
    case pair
    /// "beide landen": like `pair`, but only countries and their bodies
    /// count, not international bodies or groups without a country.
    case countries
    /// "de staatsleiders": the last two people of different countries.
    case leaders
    /// "het land": the country the sentence is about.
    case country
    /// "zijn", "haar" before a role noun: the role belongs to the country of
    /// the person named last ("zijn eerste minister").
    case possessive
}

/// How a sector noun of `sectors.tsv` combines with what is around it.
enum SectorKind: String, Sendable {
    /// A body: "het leger", "de regering".
    case institution
    /// An office held by one person; a personal name may follow.
    case role
    /// A role that names someone of another country ("zijn ambtsgenoot"):
    /// no country from a possessive or from the article's main country.
    case counterpart
    /// People in the plural: "soldaten", "betogers".
    case group
    /// An adjective that adds its sector to an inhabitant noun after it
    /// ("militante Palestijnen").
    case qualifier

    /// Whether a personal name may follow and the mention is a person.
    var isPersonal: Bool { self == .role || self == .counterpart }
    /// The `Actor.kind` of a mention made from this noun.
    var actorKind: String { isPersonal ? "person" : rawValue }
}

/// One row of `actors.tsv` or `people.tsv`: an actor and when its coding holds.
struct ActorEntry: Sendable, Hashable {
    var code: String
    var kind: String
    var name: String
    var from: Day?
    var to: Day?
    var id: String?
    /// Whether the form may match uncapitalised text: written in lower case
    /// in the pack, or the name of a group, which news often writes so
    /// ("de taliban"). Other names need a capital.
    var lowercaseForm = false

    func holds(on day: Day) -> Bool {
        (from.map { $0 <= day } ?? true) && (to.map { day <= $0 } ?? true)
    }

    var actor: Actor {
        Actor(id: id, name: name, code: code, country: ActorCode.country(of: code), sectors: ActorCode.sectors(of: code), kind: kind)
    }
}

/// The last part of a compound noun that names a body ("-commissie"), from
/// `sector-heads.tsv`: Dutch compounds are right-headed, so an unlisted
/// "kiescommissie" after a country adjective is a body of that country.
struct CompoundHead: Sendable {
    var head: String
    var sector: String
    var kind: SectorKind
    /// Words that end in the head without being compounds of it ("voorraad").
    var exceptions: Set<String>
}

/// Reading CAMEO-style actor codes.
enum ActorCode {
    /// Prefixes that are not countries.
    static let nonCountry: Set<String> = ["IGO", "NGO", "IMG", "MNC", "UIS"]

    /// The ISO3 country of a code, nil for international bodies and groups.
    static func country(of code: String) -> String? {
        let prefix = String(code.prefix(3))
        return prefix.count == 3 && !nonCountry.contains(prefix) ? prefix : nil
    }

    /// Sector codes after the country prefix (IGO codes: none).
    static func sectors(of code: String) -> [String] {
        guard country(of: code) != nil else { return [] }
        var rest = Substring(code.dropFirst(3))
        var sectors: [String] = []
        while rest.count >= 3 {
            sectors.append(String(rest.prefix(3)))
            rest = rest.dropFirst(3)
        }
        return sectors
    }
}

/// The phrase table of actor pieces built from the pack: `actors.tsv`,
/// `people.tsv`, `country-words.tsv`, `sectors.tsv`, `references.tsv`, and
/// the country names ICU knows in the pack's language.
struct ActorLexicon: Sendable {
    var table = PhraseTable<ActorPiece>()
    /// Country names by ISO3, for naming actors made from adjectives.
    var countryNames: [String: String] = [:]
    /// Heads of compound body nouns ("-commissie"), longest first.
    var heads: [CompoundHead] = []
    /// Prepositions that give the origin of a group ("militairen uit X").
    var originWords: Set<String> = []
    let words: WordClasses

    init(pack: LanguagePack) throws(PackError) {
        words = try WordClasses(pack: pack)
        try addCountries(pack)
        for file in ["actors.tsv", "people.tsv"] where pack.has(file) {
            for row in try pack.rows(file) {
                try row.require(4)
                // Country aliases ("VS") take the country's name in the pack's language.
                let name = row[2] == "country" ? countryNames[row[1]] ?? row[3] : row[3]
                let entry = ActorEntry(
                    code: row[1], kind: row[2], name: name, from: row.optional(4).flatMap(Day.init(iso:)),
                    to: row.optional(5).flatMap(Day.init(iso:)), id: row.optional(6))
                for form in row[0].split(separator: ",") {
                    let form = form.trimmed
                    var entry = entry
                    entry.lowercaseForm = (form.first?.isLowercase ?? false) || entry.kind == "group"
                    table.add(form, .actor([entry]))
                }
            }
        }
        if pack.has("country-words.tsv") {
            for row in try pack.rows("country-words.tsv") {
                try row.require(2)
                for form in row[1].split(separator: ",") { table.add(String(form), .adjective(country: row[0])) }
                for form in row[2].split(separator: ",") { table.add(String(form), .demonym(country: row[0])) }
            }
        }
        if pack.has("sectors.tsv") {
            for row in try pack.rows("sectors.tsv") {
                try row.require(2)
                let kindName = row.optional(2) ?? "institution"
                guard let kind = SectorKind(rawValue: kindName) else {
                    throw row.error("unknown sector kind '\(kindName)' (institution, role, counterpart, group, qualifier)")
                }
                table.add(row[0], .sector(code: row[1], kind: kind))
            }
        }
        for row in try pack.rows("references.tsv") {
            try row.require(2)
            guard let kind = ReferenceKind(rawValue: row[1]) else {
                throw row.error("unknown reference kind '\(row[1])' (person, pair, countries, leaders, country, possessive)")
            }
            table.add(row[0], .reference(kind))
        }
        if pack.has("region-words.tsv") {
            for row in try pack.rows("region-words.tsv") { table.add(row[0], .region) }
        }
        if pack.has("sector-heads.tsv") { try addHeads(pack) }
        if pack.has("origin-words.tsv") { originWords = Set(try pack.rows("origin-words.tsv").map { Token.fold($0[0]) }) }
    }

    private mutating func addHeads(_ pack: LanguagePack) throws(PackError) {
        for row in try pack.rows("sector-heads.tsv") {
            try row.require(3)
            guard let kind = SectorKind(rawValue: row[2]), kind != .qualifier else {
                throw row.error("unknown head kind '\(row[2])' (institution, role, counterpart, group)")
            }
            let exceptions = row[3].split(separator: ",").map { Token.fold($0.trimmingCharacters(in: .whitespaces)) }
            heads.append(CompoundHead(head: Token.fold(row[0]), sector: row[1], kind: kind, exceptions: Set(exceptions)))
        }
        heads.sort { $0.head.count > $1.head.count }
    }

    /// The sector noun a compound ends in ("kiescommissie" → "commissie"),
    /// for a word the pack does not list.
    func head(of token: Token) -> CompoundHead? {
        guard token.isWord else { return nil }
        return heads.first { token.key.hasSuffix($0.head) && token.key.count >= $0.head.count + 3 && !$0.exceptions.contains(token.key) }
    }

    /// Country names in the pack's language from ICU, mapped to ISO3 through
    /// `countries.tsv`.
    private mutating func addCountries(_ pack: LanguagePack) throws(PackError) {
        let locale = Locale(identifier: pack.language)
        for row in try pack.rows("countries.tsv") {
            try row.require(2)
            let iso3 = row[0], iso2 = row[1]
            guard let full = locale.localizedString(forRegionCode: iso2) else { continue }
            table.add(full, .actor([ActorEntry(code: iso3, kind: "country", name: Self.shortName(full))]))
            let name = Self.shortName(full)
            countryNames[iso3] = name
            if name != full { table.add(name, .actor([ActorEntry(code: iso3, kind: "country", name: name)])) }
        }
    }

    /// A region name without ICU's qualifier: "Myanmar (Birma)" is named
    /// "Myanmar", "China, vasteland" "China".
    static func shortName(_ name: String) -> String {
        let cut = name.firstIndex { $0 == "(" || $0 == "," } ?? name.endIndex
        return name[..<cut].trimmingCharacters(in: .whitespaces)
    }
}

extension ActorLexicon {
    /// "van" in "de president van Rusland": the pack's `of` words.
    func isOfWord(_ key: String) -> Bool { words.contains(key, .of) }
    func isDeterminer(_ key: String) -> Bool { words.contains(key, .determiner) }
    func isCoordinator(_ key: String) -> Bool { words.contains(key, .coordinator) }
    /// A closed-class word, which cannot be part of a personal name.
    func isFunctionWord(_ key: String) -> Bool {
        [WordClass.determiner, .preposition, .locative, .of, .coordinator, .subordinator, .pronoun, .relative]
            .contains { words.contains(key, $0) }
    }
    /// A preposition before "het land" makes it a place ("in het land").
    func isPreposition(_ key: String) -> Bool {
        words.contains(key, .preposition) || words.contains(key, .locative) || words.contains(key, .of)
    }
}
