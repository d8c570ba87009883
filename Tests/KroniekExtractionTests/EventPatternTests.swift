import KroniekCore
import KroniekPacks
import Testing

@testable import KroniekExtraction

/// The Dutch event patterns of `nl/events.tsv`, run through the whole
/// pipeline on sentences written for these tests (country names as actors).
@Suite struct EventPatternTests {
    static let pipeline = try! Pipeline(pack: LanguagePack.bundled(language: "nl"))

    /// The events of one sentence, given as the title of an article of 2 March 2020.
    static func events(_ sentence: String) -> [Event] {
        let article = Article(id: "test", file: "test", title: sentence, published: "2020-03-02")
        return pipeline.extract(article).events
    }

    /// Whether an actor matches an expectation: "*" anything, "-" no actor, else its code.
    static func actor(_ reference: ActorReference?, is expected: String) -> Bool {
        switch expected {
        case "*": return true
        case "-": return reference == nil
        default: return reference?.code == expected
        }
    }

    /// An expected event: CAMEO code (or its prefix), source and target.
    struct Expected: Sendable, CustomTestStringConvertible {
        var code: String
        var source: String
        var target: String
        var testDescription: String { "\(code) \(source)->\(target)" }

        init(_ code: String, _ source: String, _ target: String) {
            self.code = code
            self.source = source
            self.target = target
        }

        func matches(_ event: Event) -> Bool {
            event.cameo.hasPrefix(code) && EventPatternTests.actor(event.source, is: source)
                && EventPatternTests.actor(event.target, is: target)
        }
    }

    @Test(arguments: [
        // 01 make public statement
        ("Rusland zegt dat de situatie in Syrië rustig is.", Expected("010", "RUS", "-")),
        ("Iran ontkent elke betrokkenheid.", Expected("016", "IRN", "-")),
        ("Duitsland betuigt zijn medeleven aan Turkije.", Expected("018", "DEU", "TUR")),
        // 02 appeal
        ("Frankrijk roept Duitsland op tot terughoudendheid.", Expected("0256", "FRA", "DEU")),
        ("Egypte doet een beroep op Israël.", Expected("020", "EGY", "ISR")),
        // 03 intent to cooperate
        ("Japan belooft Egypte steun bij de wederopbouw.", Expected("030", "JPN", "EGY")),
        ("Japan heeft aan Egypte nieuwe steun toegezegd.", Expected("030", "JPN", "EGY")),
        ("Rusland nodigt Turkije uit voor een top.", Expected("036", "RUS", "TUR")),
        // 04 consult
        ("Rusland en Turkije ontmoeten elkaar in Moskou.", Expected("040", "RUS", "TUR")),
        ("Japan brengt volgende week een bezoek aan Egypte.", Expected("042", "JPN", "EGY")),
        ("Frankrijk had telefonisch contact met Duitsland.", Expected("04", "FRA", "DEU")),
        ("Egypte bemiddelde tussen Israël en Jordanië.", Expected("045", "EGY", "ISR")),
        ("Japan en Zuid-Korea voeren onderhandelingen.", Expected("046", "JPN", "KOR")),
        // 05 diplomatic cooperation
        ("Egypte erkent Israël.", Expected("054", "EGY", "ISR")),
        ("Japan en Zuid-Korea hebben een akkoord ondertekend.", Expected("057", "JPN", "KOR")),
        ("Turkije sluit een akkoord met Rusland.", Expected("057", "TUR", "RUS")),
        ("Frankrijk biedt Libanon excuses aan.", Expected("055", "FRA", "LBN")),
        ("Egypte heeft Israël geprezen.", Expected("051", "EGY", "ISR")),
        // 06 material cooperation
        ("Japan en Zuid-Korea gaan samenwerken.", Expected("060", "JPN", "KOR")),
        ("Frankrijk houdt een gezamenlijke oefening met Duitsland.", Expected("062", "FRA", "DEU")),
        ("Irak heeft tien militanten uit Syrië uitgeleverd aan Turkije.", Expected("063", "IRQ", "TUR")),
        // 07 provide aid
        ("Duitsland stuurt humanitaire hulp naar Syrië.", Expected("073", "DEU", "SYR")),
        ("Rusland levert wapens aan Syrië.", Expected("072", "RUS", "SYR")),
        ("Rusland stuurt troepen naar Syrië.", Expected("074", "RUS", "SYR")),
        ("Spanje heeft Marokko asiel verleend.", Expected("075", "ESP", "MAR")),
        // 08 yield
        ("De Verenigde Staten trekken hun troepen terug uit Afghanistan.", Expected("087", "USA", "AFG")),
        ("Israël heeft drie gevangenen vrijgelaten.", Expected("0841", "ISR", "-")),
        ("Noord-Korea en Zuid-Korea kondigden een staakt-het-vuren af.", Expected("0871", "PRK", "KOR")),
        ("De Verenigde Staten heffen de sancties tegen Cuba op.", Expected("085", "USA", "CUB")),
        // 09 investigate
        ("Nederland onderzoekt de rol van Rusland.", Expected("090", "NLD", "RUS")),
        ("Duitsland opent een onderzoek naar Iran.", Expected("090", "DEU", "IRN")),
        // 10 demand
        ("Turkije eist de vrijlating van twee journalisten.", Expected("1053", "TUR", "-")),
        ("Oekraïne eist de terugtrekking van Rusland.", Expected("1056", "UKR", "RUS")),
        // 11 disapprove
        ("Frankrijk hekelt Rusland.", Expected("111", "FRA", "RUS")),
        ("Iran beschuldigt Israël van oorlogsmisdaden.", Expected("1124", "IRN", "ISR")),
        ("Rusland heeft Nederland op het matje geroepen.", Expected("110", "RUS", "NLD")),
        ("Duitsland stelt Rusland verantwoordelijk voor de aanslag.", Expected("112", "DEU", "RUS")),
        // 12 reject
        ("Egypte wijst het plan van Israël af.", Expected("127", "EGY", "ISR")),
        ("Iran weigert de gevangenen vrij te laten.", Expected("1243", "IRN", "-")),
        ("Rusland sprak een veto uit tegen de resolutie.", Expected("129", "RUS", "-")),
        // 13 threaten
        ("Noord-Korea dreigt Japan met een aanval.", Expected("138", "PRK", "JPN")),
        ("Iran waarschuwt de Verenigde Staten voor vergelding.", Expected("130", "IRN", "USA")),
        ("Rusland heeft Japan een ultimatum gesteld.", Expected("139", "RUS", "JPN")),
        ("Noord-Korea dreigt kernwapens te gebruiken tegen Japan.", Expected("1385", "PRK", "JPN")),
        // 14 protest
        ("Griekenland protesteert tegen de plannen van Turkije.", Expected("140", "GRC", "TUR")),
        ("Griekenland kondigt een algemene staking aan.", Expected("143", "GRC", "-")),
        ("Duizenden inwoners van Georgië demonstreerden tegen Rusland.", Expected("141", "*", "RUS")),
        // 15 exhibit force posture
        ("Noord-Korea heeft een raket afgevuurd.", Expected("150", "PRK", "-")),
        ("Rusland trekt troepen samen aan de grens met Oekraïne.", Expected("154", "RUS", "-")),
        ("Iran mobiliseert zijn leger.", Expected("154", "IRN", "*")),
        // 16 reduce relations
        ("De Verenigde Staten leggen Rusland sancties op.", Expected("163", "USA", "RUS")),
        ("Nederland wijst twee diplomaten van Rusland uit.", Expected("166", "NLD", "-")),
        ("Marokko heeft de banden met Iran verbroken.", Expected("161", "MAR", "IRN")),
        // 17 coerce
        ("Turkije heeft vijf journalisten uit Zweden gearresteerd.", Expected("173", "TUR", "*")),
        ("Drie journalisten uit Zweden werden door Turkije gearresteerd.", Expected("173", "TUR", "*")),
        ("Egypte nam drie Israëliërs in hechtenis.", Expected("173", "EGY", "*")),
        ("Egypte kondigde de noodtoestand af.", Expected("1724", "EGY", "-")),
        ("Zweden heeft drie burgers van Rusland het land uitgezet.", Expected("174", "SWE", "*")),
        ("De Wit-Russische politie zette traangas in tegen betogers uit Minsk.", Expected("175", "BLRCOP", "BLRCVL")),
        // 18 assault
        ("Syrië ontvoerde twee soldaten van Turkije.", Expected("181", "SYR", "TURMIL")),
        ("Israël heeft een aanslag gepleegd op Iran.", Expected("183", "ISR", "IRN")),
        ("Noord-Korea heeft een moordaanslag op Zuid-Korea beraamd.", Expected("185", "PRK", "KOR")),
        // 19 fight
        ("Turkije lanceerde een offensief tegen Syrië.", Expected("190", "TUR", "SYR")),
        ("Het Turkse leger pleegde een staatsgreep.", Expected("190", "TURMIL", "*")),
        ("Egypte heeft nieuwe aanklachten ingediend tegen Israël.", Expected("115", "EGY", "ISR")),
        ("Rusland bombardeerde Oekraïne.", Expected("195", "RUS", "UKR")),
        ("Syrië vuurde raketten af op Israël.", Expected("190", "SYR", "ISR")),
        ("Armenië en Azerbeidzjan vochten opnieuw.", Expected("190", "ARM", "AZE")),
        ("Armenië vecht met Azerbeidzjan om de regio.", Expected("190", "ARM", "AZE")),
        ("Syrië opende het vuur op Turkije.", Expected("193", "SYR", "TUR")),
        ("Rusland is door Oekraïne aangevallen.", Expected("190", "UKR", "RUS")),
        ("Turkije werd door Syrië beschoten.", Expected("190", "SYR", "TUR")),
        ("Rusland viel Oekraïne binnen.", Expected("190", "RUS", "UKR")),
        ("Armenië en Azerbeidzjan leveren zware gevechten.", Expected("190", "ARM", "AZE")),
        ("Oekraïne heeft de stad Cherson heroverd op Rusland.", Expected("192", "UKR", "RUS")),
        ("Israël heeft de wapenstilstand met Libanon geschonden.", Expected("196", "ISR", "LBN")),
        // 20 unconventional mass violence
        ("Syrië zette chemische wapens in tegen Turkije.", Expected("2041", "SYR", "TUR")),
        ("Irak voerde een gifgasaanval uit op Iran.", Expected("2041", "IRQ", "IRN")),
        ("Irak heeft een genocide gepleegd tegen Koeweit.", Expected("202", "IRQ", "KWT")),
    ])
    func codesEvent(sentence: String, expected: Expected) {
        let events = Self.events(sentence)
        #expect(events.contains(where: expected.matches), "got \(events.map { "\($0.cameo) \($0.source?.code ?? "-")->\($0.target?.code ?? "-")" })")
    }

    @Test(arguments: [
        ("Iran beschuldigt Israël nadat Israël Syrië had gebombardeerd.", [Expected("112", "IRN", "ISR"), Expected("195", "ISR", "SYR")]),
        ("Egypte veroordeelt Israël omdat Israël Libanon heeft aangevallen.", [Expected("111", "EGY", "ISR"), Expected("190", "ISR", "LBN")]),
        ("Rusland viel Oekraïne aan; Polen stuurde hulp naar Oekraïne.", [Expected("190", "RUS", "UKR"), Expected("070", "POL", "UKR")]),
        ("Noord-Korea vuurde een raket af, waarna Japan de ambassadeur van Noord-Korea ontbood.", [Expected("150", "PRK", "-"), Expected("110", "JPN", "-")]),
    ])
    func codesSeveralEvents(sentence: String, expected: [Expected]) {
        let events = Self.events(sentence)
        for one in expected {
            #expect(events.contains(where: one.matches), "\(one.testDescription) missing in \(events.map(\.cameo))")
        }
    }

    @Test(arguments: [
        "Rusland is een bondgenoot van Syrië.",
        "Turkije steunt rebellengroepen in Syrië.",
        "Hij had de dood niet verwacht.",
        "De dood van de soldaten in Syrië kwam onverwacht.",
        "De operatie van de patiënt in Duitsland verliep goed.",
        "De strijd om de titel in Frankrijk is spannend.",
        "Het geweld in films is in Duitsland een bekend thema.",
        "In Frankrijk gaan veel mensen in augustus op vakantie.",
        "Egypte telt meer dan honderd miljoen inwoners.",
        "Japan heeft een sterke economie.",
        "Noorwegen is rijk aan olie en gas.",
        "Frankrijk maakt veel kaas.",
        "Spanje en Portugal liggen naast elkaar.",
    ])
    func codesNoEvent(sentence: String) {
        #expect(Self.events(sentence).map(\.cameo) == [])
    }

    /// Every code in the pattern file is a CAMEO code of the base codebook.
    @Test func patternCodesAreInCodebook() throws {
        let pack = try LanguagePack.bundled(language: "nl")
        let known = Set(try pack.rows("cameo.tsv").map { $0[0] })
        let used = Set(try pack.rows("events.tsv").map { $0[0] })
        #expect(!used.isEmpty)
        #expect(used.allSatisfy { (1...20).contains(Int($0.prefix(2)) ?? 0) })
        #expect(used.subtracting(known).sorted() == [])
    }

    @Test(arguments: [
        ["190", "staatsgreep|coup|militaire staatsgreep", "-", ""],
        ["190", "beschieting", "-", "unknown"],
    ])
    func malformedRowsAreRefusedWithTheirLine(fields: [String]) {
        let rows = [PackRow(fields: fields, file: "nl/events.tsv", line: 7)]
        let error = #expect(throws: PackError.self) { try EventPatterns(rows: rows, validate: { _ in nil }) }
        #expect(error?.description.contains("nl/events.tsv") == true && error?.description.contains("7") == true)
    }
}
