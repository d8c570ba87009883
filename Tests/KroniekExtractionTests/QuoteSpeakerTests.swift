import KroniekCore
import KroniekExtraction
import KroniekPacks
import Testing

/// A few sentences of an invented article, the quote to look for and who should say it.
struct QuoteScene: Sendable, CustomTestStringConvertible {
    struct Line: Sendable {
        var text: String
        var paragraph: Int
        var mentions: [(String, String)]
    }

    var rule: String
    var lines: [Line]
    var quoted: String
    var code: String

    var testDescription: String { rule }

    var sentences: [AnalyzedSentence] {
        lines.enumerated().map { i, line in
            TestSentence.make(line.text, index: i, paragraph: line.paragraph, mentions: line.mentions)
        }
    }
}

@Suite struct QuoteSpeakerTests {
    static let finder = try! QuoteFinder(pack: LanguagePack.bundled(language: "nl"))

    /// One sentence, several actors: the speaker is the one the rule picks.
    @Test(arguments: [
        ("the nearest verb before the quote names it", "Nadat de bondskanselier het verdrag tekende, dat Macron omschreef als een „historische stap”, zei Scholz dat Europa sterker wordt.",
         [("de bondskanselier", "DEUGOV"), ("Macron", "FRAGOV"), ("Scholz", "DEUGOV")], "historische stap", "FRAGOV"),
        ("a verb after a fronted clause takes the actor after it", "Toen de Duitse kanselier arriveerde, zei Macron dat beide landen „samen verder willen gaan”.",
         [("de Duitse kanselier", "DEUGOV"), ("Macron", "FRAGOV")], "samen verder willen gaan", "FRAGOV"),
        ("a place after a preposition is no subject", "In Parijs zei minister Dupont dat het „een zwarte dag voor de Unie” was.",
         [("Parijs", "FRAGOV"), ("minister Dupont", "BELGOV")], "een zwarte dag voor de Unie", "BELGOV"),
        ("'op de website van X' attributes", "Op de website van het Chileense ministerie van Justitie stond dat de rechter is ontslagen wegens „ernstig plichtsverzuim”.",
         [("Chileense ministerie van Justitie", "CHLGOV"), ("de rechter", "CHLJUD")], "ernstig plichtsverzuim", "CHLGOV"),
        ("without a verb of saying the subject speaks, not a country after a preposition", "De Braziliaanse president besprak de crisis in Peru met zijn ambtgenoten en belooft „alle steun aan de gesprekken in Lima”.",
         [("De Braziliaanse president", "BRAGOV"), ("Peru", "PER")], "alle steun aan de gesprekken in Lima", "BRAGOV"),
        ("a verb in the quote does not speak", "“Heeft Poetin dat gezegd?”, vroeg de Letse premier aan de journalisten.",
         [("Poetin", "RUSGOV"), ("de Letse premier", "LVAGOV")], "Heeft Poetin dat gezegd?", "LVAGOV"),
    ])
    func speakerInSentence(rule: String, text: String, mentions: [(String, String)], quoted: String, code: String) {
        let quotes = Self.finder.quotes(in: [TestSentence.make(text, mentions: mentions)])
        #expect(quotes.map(\.text) == [quoted], "\(rule)")
        #expect(quotes.first?.speaker?.code == code, "\(rule)")
    }

    /// The speaker is named in an earlier sentence or paragraph.
    @Test(arguments: [
        QuoteScene(
            rule: "'volgens hem' points to the subject before",
            lines: [
                .init(text: "De Georgische minister van Defensie sprak donderdag met Reuters.", paragraph: 0,
                      mentions: [("De Georgische minister van Defensie", "GEOGOV"), ("Reuters", "GBRMED")]),
                .init(text: "Volgens hem zijn de Russische troepen met „gerichte acties” begonnen.", paragraph: 0,
                      mentions: [("Russische troepen", "RUSMIL")]),
            ], quoted: "gerichte acties", code: "GEOGOV"),
        QuoteScene(
            rule: "'luidt het' points back over a paragraph break",
            lines: [
                .init(text: "De politie van Kiev hield de activist urenlang vast.", paragraph: 1,
                      mentions: [("De politie van Kiev", "UKRCOP"), ("de activist", "UKRCVL")]),
                .init(text: "“Hij wordt verdacht van deelname aan een verboden betoging”, luidt het.", paragraph: 2, mentions: []),
            ], quoted: "Hij wordt verdacht van deelname aan een verboden betoging", code: "UKRCOP"),
        QuoteScene(
            rule: "a phrase naming an unknown speaker takes the nearest actor before",
            lines: [
                .init(text: "Litouwen werd scherp aangevallen in een bericht van persbureau Tass.", paragraph: 3,
                      mentions: [("Litouwen", "LTU"), ("persbureau Tass", "RUSMED")]),
                .init(text: "“Vilnius zal voor deze provocatie boeten”, aldus het comité.", paragraph: 3, mentions: []),
            ], quoted: "Vilnius zal voor deze provocatie boeten", code: "RUSMED"),
        QuoteScene(
            rule: "a statement named in the sentence before speaks",
            lines: [
                .init(text: "In een verklaring van Indonesië staat dat de boot na de aanval van de piraten is gezonken.", paragraph: 4,
                      mentions: [("Indonesië", "IDN"), ("piraten", "SOMREB")]),
                .init(text: "“De bemanning heeft het schip door een technische fout niet meer kunnen redden.”", paragraph: 4, mentions: []),
            ], quoted: "De bemanning heeft het schip door een technische fout niet meer kunnen redden.", code: "IDN"),
        QuoteScene(
            rule: "a quote opening a paragraph continues the previous paragraph's speaker",
            lines: [
                .init(text: "“We blijven onderhandelen”, zei de Keniaanse president na afloop.", paragraph: 5,
                      mentions: [("de Keniaanse president", "KENGOV")]),
                .init(text: "“Maar ons geduld raakt stilaan op.”", paragraph: 6, mentions: []),
            ], quoted: "Maar ons geduld raakt stilaan op.", code: "KENGOV"),
        QuoteScene(
            rule: "a later quote of the paragraph keeps the speaker of the first",
            lines: [
                .init(text: "De Zweedse premier zei: „Wij sturen hulp.”", paragraph: 7, mentions: [("De Zweedse premier", "SWEGOV")]),
                .init(text: "Het parlement in Oslo stemde intussen over het plan.", paragraph: 7, mentions: [("Het parlement in Oslo", "NORLEG")]),
                .init(text: "„En wij blijven dat ook de komende maanden doen.”", paragraph: 7, mentions: []),
            ], quoted: "En wij blijven dat ook de komende maanden doen.", code: "SWEGOV"),
    ])
    func speakerFromContext(scene: QuoteScene) {
        let quote = Self.finder.quotes(in: scene.sentences).first { $0.text == scene.quoted }
        #expect(quote != nil, "\(scene.rule)")
        #expect(quote?.speaker?.code == scene.code, "\(scene.rule)")
    }
}
