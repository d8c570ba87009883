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
}

/// What a referring expression points back to.
enum ReferenceKind: String, Sendable {
    /// "hij", "zij" (singular): the last person, else the last actor.
    case person
    /// "beide landen": the last two actors of different countries.
    case pair
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
                    let form = form.trimmingCharacters(in: .whitespaces)
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
                throw row.error("unknown reference kind '\(row[1])' (person, pair, leaders, country, possessive)")
            }
            table.add(row[0], .reference(kind))
        }
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
