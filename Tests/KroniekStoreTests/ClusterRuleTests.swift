import KroniekCore
import Testing

@testable import KroniekStore

/// One pair of invented mentions and whether they report the same event.
struct RuleCase: Sendable, CustomTestStringConvertible {
    let name: String
    let a: ClusterItem
    let b: ClusterItem
    let same: Bool
    var testDescription: String { name }

    init(_ name: String, _ a: ClusterItem, _ b: ClusterItem, _ same: Bool) {
        self.name = name
        self.a = a
        self.b = b
        self.same = same
    }
}

private typealias F = ClusterFixture

private let aleppo = F.place("Aleppo", "SYR", "city", 36.20, 37.16)
private let idlibCity = F.place("Idlib", "SYR", "city", 35.93, 36.63)
private let idlibRegion = F.place("Idlib", "SYR", "region", 35.83, 36.60)
private let saraqib = F.place("Saraqib", "SYR", "city", 35.86, 36.80)
private let deirEzZor = F.place("Deir ez-Zor", "SYR", "city", 35.34, 40.14)

@Suite struct ClusterRuleTests {
    static let families: [RuleCase] = [
        RuleCase("same root, actors and day", F.item("x", article: "a1"), F.item("y", article: "a2"), true),
        RuleCase(
            "intent to meet (036) joins consult (04)",
            F.item("x", article: "a1", cameo: "036", modality: .planned), F.item("y", article: "a2", cameo: "040"), true
        ),
        RuleCase(
            "consult and statement differ", F.item("x", article: "a1"), F.item("y", article: "a2", cameo: "010"), false),
        RuleCase(
            "air strike (195) and bombing (183) are one violence family",
            F.item("x", article: "a1", cameo: "195", source: "ISRMIL", target: "SYR"),
            F.item("y", article: "a2", cameo: "183", source: "ISR", target: "SYRGOV"), true),
        RuleCase(
            "mass violence (20) with fighting (19)",
            F.item("x", article: "a1", cameo: "200", source: "SYRGOV", target: "SYRCVL"),
            F.item("y", article: "a2", cameo: "190", source: "SYRMIL", target: "SYR"), true),
        RuleCase(
            "arrest (173) with coerce (170)",
            F.item("x", article: "a1", cameo: "173", source: "RUSCOP", target: "RUSOPP"),
            F.item("y", article: "a2", cameo: "170", source: "RUS", target: "RUS"), true),
        RuleCase(
            "fighting and protest differ",
            F.item("x", article: "a1", cameo: "190"), F.item("y", article: "a2", cameo: "141"), false),
    ]

    static let actors: [RuleCase] = [
        RuleCase(
            "consult is symmetric: crossed roles match",
            F.item("x", article: "a1"), F.item("y", article: "a2", source: "DEUGOV", target: "FRA"), true),
        RuleCase(
            "assault is directed: crossed roles stay apart",
            F.item("x", article: "a1", cameo: "190", source: "ISR", target: "PSE"),
            F.item("y", article: "a2", cameo: "190", source: "PSE", target: "ISR"), false),
        RuleCase(
            "other target", F.item("x", article: "a1"), F.item("y", article: "a2", target: "ITAGOV"), false),
        RuleCase(
            "talks are placed by their topic: a meeting about Syria joins the visit to Russia",
            F.item("x", article: "a1", cameo: "040", place: F.place("Syrië", "SYR", "country", 35.0, 38.0)),
            F.item("y", article: "a2", cameo: "042", place: F.place("Rusland", "RUS", "country", 61.5, 105.3)), true),
        RuleCase(
            "within one country, another side's demand is another event",
            F.item("x", article: "a1", cameo: "100", source: "MMRGOV", target: "MMR"),
            F.item("y", article: "a2", cameo: "100", source: "MMRCVL", target: "MMRGOV"), false),
        RuleCase(
            "sources of one country on different sides act apart, also without a target",
            F.item("x", article: "a1", cameo: "100", source: "MMRGOV", target: nil),
            F.item("y", article: "a2", cameo: "100", source: "MMRCVL", target: nil), false),
        RuleCase(
            "targets of one country on different sides are different parties",
            F.item("x", article: "a1", cameo: "190", source: "SYRGOV", target: "TURMIL"),
            F.item("y", article: "a2", cameo: "190", source: "SYRGOV", target: "TURREB"), false),
        RuleCase(
            "within one country, the same side matches",
            F.item("x", article: "a1", cameo: "100", source: "MMRCVL", target: "MMR"),
            F.item("y", article: "a2", cameo: "100", source: "MMRCVL", target: "MMRGOV"), true),
        RuleCase(
            "missing target matches on the source",
            F.item("x", article: "a1", target: nil), F.item("y", article: "a2"), true),
        RuleCase(
            "no shared actor across articles",
            F.item("x", article: "a1", source: nil, target: nil), F.item("y", article: "a2"), false),
        RuleCase(
            "no shared actor needed within one article",
            F.item("x", article: "a1", source: nil, target: nil), F.item("y", article: "a1"), true),
        RuleCase(
            "conflicting source within one article",
            F.item("x", article: "a1", source: "ITAGOV"), F.item("y", article: "a1"), false),
        RuleCase(
            "same international body",
            F.item("x", article: "a1", source: "IGONAT"), F.item("y", article: "a2", source: "IGONAT"), true),
        RuleCase(
            "different international bodies",
            F.item("x", article: "a1", source: "IGONAT"), F.item("y", article: "a2", source: "IGOEU"), false),
    ]

    static let dates: [RuleCase] = [
        RuleCase(
            "a day inside its ISO week", F.item("x", article: "a1"), F.item("y", article: "a2", date: "2020-W10"), true),
        RuleCase(
            "a day outside the week", F.item("x", article: "a1"), F.item("y", article: "a2", date: "2020-W12"), false),
        RuleCase(
            "a day inside its month", F.item("x", article: "a1"), F.item("y", article: "a2", date: "2020-03"), true),
        RuleCase(
            "a day one day later (report lag)", F.item("x", article: "a1"),
            F.item("y", article: "a2", date: "2020-03-06"), true),
        RuleCase("days three apart", F.item("x", article: "a1"), F.item("y", article: "a2", date: "2020-03-08"), false),
        RuleCase(
            "a report dated by its publication two days later",
            F.item("x", article: "a1"),
            F.item("y", article: "a2", date: "2020-03-07", basis: .publication, published: "2020-03-07"), true),
        RuleCase(
            "a report dated by its publication a week later",
            F.item("x", article: "a1"),
            F.item("y", article: "a2", date: "2020-03-12", basis: .publication, published: "2020-03-12"), false),
        RuleCase(
            "a planned meeting without a date meets the later report",
            F.item(
                "x", article: "a1", date: "2020-03-01", basis: .publication, modality: .planned, published: "2020-03-01"
            ),
            F.item("y", article: "a2", date: "2020-03-10"), true),
        RuleCase(
            "a planned meeting announced long before stays apart",
            F.item(
                "x", article: "a1", date: "2020-02-01", basis: .publication, modality: .planned, published: "2020-02-01"
            ),
            F.item("y", article: "a2", date: "2020-03-10"), false),
        RuleCase(
            "a planned meeting dated ahead matches the report of that day",
            F.item("x", article: "a1", date: "2020-03-05", modality: .planned, published: "2020-03-02"),
            F.item("y", article: "a2", date: "2020-03-05", published: "2020-03-06"), true),
        RuleCase(
            "a title dated by publication matches its lead",
            F.item("x", article: "a1", date: "2020-03-02", basis: .publication, published: "2020-03-02"),
            F.item("y", article: "a1", date: "2020-03-05", modality: .planned, published: "2020-03-02"), true),
        RuleCase(
            "within one article, two days a day apart are two days",
            F.item("x", article: "a1", cameo: "190", date: "2020-03-05"),
            F.item("y", article: "a1", cameo: "190", date: "2020-03-06"), false),
        RuleCase(
            "within one article, an undated mention of another code keeps its publication window",
            F.item("x", article: "a1", cameo: "190", date: "2020-03-02", published: "2020-03-09"),
            F.item("y", article: "a1", cameo: "193", date: "2020-03-09", basis: .publication, published: "2020-03-09"),
            false),
        RuleCase(
            "within one article, an undated mention restating code and parties matches the dated one",
            F.item("x", article: "a1", cameo: "190", date: "2020-03-02", published: "2020-03-09"),
            F.item("y", article: "a1", cameo: "190", date: "2020-03-09", basis: .publication, published: "2020-03-09"),
            true),
        RuleCase(
            "within one article, a month and a day in it are two events unless restated",
            F.item("x", article: "a1", cameo: "190", source: "MMRMIL", target: "MMR", date: "2021-02"),
            F.item("y", article: "a1", cameo: "193", source: "MMRCOP", target: "MMRCVL", date: "2021-02-28"), false),
        RuleCase(
            "negated and asserted differ", F.item("x", article: "a1", modality: .negated), F.item("y", article: "a2"),
            false),
    ]

    static let places: [RuleCase] = [
        RuleCase(
            "different countries",
            F.item("x", article: "a1", place: F.place("Berlijn", "DEU", "city")),
            F.item("y", article: "a2", place: F.place("Parijs", "FRA", "city")), false),
        RuleCase(
            "two cities of one country",
            F.item("x", article: "a1", cameo: "195", place: aleppo),
            F.item("y", article: "a2", cameo: "195", place: idlibCity),
            false),
        RuleCase(
            "one city under two spellings, close together",
            F.item("x", article: "a1", place: F.place("Den Haag", "NLD", "city", 52.08, 4.31)),
            F.item("y", article: "a2", place: F.place("'s-Gravenhage", "NLD", "city", 52.07, 4.30)), true),
        RuleCase(
            "one city, case and accents aside",
            F.item("x", article: "a1", place: F.place("Kyïv", "UKR", "city")),
            F.item("y", article: "a2", place: F.place("kyiv", "UKR", "city")), true),
        RuleCase(
            "a city inside its country",
            F.item("x", article: "a1", place: F.place("Berlijn", "DEU", "city")),
            F.item("y", article: "a2", place: F.place("Duitsland", "DEU", "country")), true),
        RuleCase(
            "a city inside a nearby region",
            F.item("x", article: "a1", cameo: "190", place: idlibRegion),
            F.item("y", article: "a2", cameo: "190", place: saraqib),
            true),
        RuleCase(
            "a city far from the region",
            F.item("x", article: "a1", cameo: "190", place: idlibRegion),
            F.item("y", article: "a2", cameo: "190", place: deirEzZor), false),
        RuleCase(
            "one place unknown",
            F.item("x", article: "a1", place: aleppo), F.item("y", article: "a2"), true),
    ]

    @Test(arguments: families + actors + dates + places)
    func sameEvent(_ row: RuleCase) {
        let rule = SameEventRule()
        #expect(rule.matches(row.a, row.b) == row.same)
        #expect(rule.matches(row.b, row.a) == row.same)
    }

    @Test(arguments: [
        ("042", "04"), ("036", "04"), ("0361", "04"), ("030", "03"), ("195", "18-20"), ("20", "18-20"), ("174", "17"),
    ])
    func family(cameo: String, family: String) {
        #expect(ClusteringOptions().family(ofCameo: cameo) == family)
    }
}
