import KroniekCore
import KroniekExtraction
import KroniekPacks
import Testing

/// One invented sentence, the publication day it is read against, and the
/// time expression the tagger should find in it.
struct TimexCase: Sendable, CustomTestStringConvertible {
    var sentence: String
    var anchor: String?
    var text: String
    var value: String?
    var precision: DatePrecision?

    init(_ sentence: String, _ anchor: String?, _ text: String, _ value: String?, _ precision: DatePrecision? = nil) {
        (self.sentence, self.anchor, self.text, self.value, self.precision) = (sentence, anchor, text, value, precision)
    }

    var testDescription: String { "\(text) @ \(anchor ?? "none")" }
}

/// Anchors: a Monday, a Saturday, New Year's Day (a Wednesday) and a Sunday
/// in ISO week 53.
private let monday = "2020-03-02"
private let saturday = "2020-02-29"
private let newYear = "2020-01-01"
private let sunday = "2021-01-03"

@Suite struct TimeTaggerTests {
    static let tagger = try! TimeTagger(pack: LanguagePack.bundled(language: "nl"))

    static func tag(_ text: String, anchor: String?) -> [Timex] {
        tagger.tag(AnalyzedSentence(Sentence(index: 0, text: text, paragraph: 0)), anchor: anchor.flatMap(Day.init(iso:)))
    }

    @Test(arguments: [
        // Weekdays, by tense.
        TimexCase("De president trekt donderdag naar Moskou.", monday, "donderdag", "2020-03-05", .day),
        TimexCase("Zondag kondigde de regering nieuwe maatregelen aan.", monday, "Zondag", "2020-03-01", .day),
        TimexCase("De minister sprak zaterdag met zijn ambtgenoot.", monday, "zaterdag", "2020-02-29"),
        TimexCase("De top zal vrijdag in Genève plaatsvinden.", monday, "vrijdag", "2020-03-06"),
        TimexCase("Het leger meldde vrijdag nieuwe aanvallen.", monday, "vrijdag", "2020-02-28"),
        TimexCase("De delegatie vertrekt maandag naar Brussel.", monday, "maandag", "2020-03-02"),
        TimexCase("Zaterdag werden zes betogers gedood.", saturday, "Zaterdag", "2020-02-29"),
        TimexCase("De betoging was vrijdag al afgelopen.", saturday, "vrijdag", "2020-02-28"),
        TimexCase("De staking begint zondag in de haven.", saturday, "zondag", "2020-03-01"),
        TimexCase("Maandag sprak de koning het land toe.", newYear, "Maandag", "2019-12-30"),
        TimexCase("De rebellen vielen dinsdagavond een kazerne aan.", monday, "dinsdagavond", "2020-02-25"),
        TimexCase("Zondagochtend werden schoten gehoord.", monday, "Zondagochtend", "2020-03-01"),
        TimexCase("Komende vrijdag stemt de senaat.", monday, "Komende vrijdag", "2020-03-06"),
        TimexCase("Vorige maandag viel de regering.", monday, "Vorige maandag", "2020-02-24"),
        TimexCase("Dinsdag vorige week landde het toestel.", monday, "Dinsdag vorige week", "2020-02-25"),
        TimexCase("De grens is sinds vrijdag dicht.", monday, "sinds vrijdag", "2020-02-28"),
        // Days relative to the publication day.
        TimexCase("Gisteren werden drie activisten opgepakt.", monday, "Gisteren", "2020-03-01", .day),
        TimexCase("Eergisteren viel het kabinet.", monday, "Eergisteren", "2020-02-29"),
        TimexCase("De premier spreekt vandaag het parlement toe.", monday, "vandaag", "2020-03-02"),
        TimexCase("Morgen begint de conferentie.", monday, "Morgen", "2020-03-03"),
        TimexCase("Overmorgen stemt de senaat over het verdrag.", monday, "Overmorgen", "2020-03-04"),
        TimexCase("Vanochtend landde het vliegtuig in Ankara.", monday, "Vanochtend", "2020-03-02"),
        TimexCase("Gisteren sloot het land de grens.", newYear, "Gisteren", "2019-12-31"),
        // Weeks, months, years relative to the publication day.
        TimexCase("Vorige week trokken de troepen zich terug.", monday, "Vorige week", "2020-W09", .week),
        TimexCase("Deze week overleggen de ministers.", monday, "Deze week", "2020-W10"),
        TimexCase("Volgende week reist de koning naar Spanje.", monday, "Volgende week", "2020-W11"),
        TimexCase("Vorige week sloot het land de grens.", newYear, "Vorige week", "2019-W52"),
        TimexCase("Deze week begint de nieuwe regering.", sunday, "Deze week", "2020-W53"),
        TimexCase("Vorige maand liep de inflatie op.", monday, "Vorige maand", "2020-02", .month),
        TimexCase("Vorige maand werd de wet aangenomen.", newYear, "Vorige maand", "2019-12"),
        TimexCase("Het parlement stemt volgende maand over de wet.", monday, "volgende maand", "2020-04"),
        TimexCase("Vorig jaar kwamen er minder vluchtelingen.", monday, "Vorig jaar", "2019", .year),
        TimexCase("Dit jaar wil de regering het leger uitbreiden.", monday, "Dit jaar", "2020"),
        TimexCase("Volgend jaar worden er verkiezingen gehouden.", newYear, "Volgend jaar", "2021"),
        TimexCase("Dit weekend demonstreren duizenden mensen.", monday, "Dit weekend", "2020-W10-WE"),
        TimexCase("Afgelopen weekend werd in de hoofdstad betoogd.", monday, "Afgelopen weekend", "2020-W09-WE"),
        TimexCase("Vorige zomer brandden de bossen.", monday, "Vorige zomer", "2019-SU", .season),
        TimexCase("Drie weken geleden werd de ambassadeur ontboden.", monday, "Drie weken geleden", "2020-02-10"),
        TimexCase("Een week geleden brak de opstand uit.", saturday, "Een week geleden", "2020-02-22"),
        TimexCase("Over twee maanden volgen nieuwe verkiezingen.", monday, "Over twee maanden", "2020-05"),
        // Calendar dates.
        TimexCase("De top vindt plaats op 5 maart.", monday, "5 maart", "2020-03-05", .day),
        TimexCase("De aanslag gebeurde op 22 maart 2016 in Brussel.", monday, "22 maart 2016", "2016-03-22"),
        TimexCase("De aanslag gebeurde op 22 maart 2016 in Brussel.", nil, "22 maart 2016", "2016-03-22"),
        TimexCase("De activist werd op 4 oktober vorig jaar veroordeeld.", monday, "4 oktober vorig jaar", "2019-10-04"),
        TimexCase("Op 30 december werd het akkoord getekend.", newYear, "30 december", "2019-12-30"),
        TimexCase("De activist kwam maandag 2 maart 2020 vrij.", nil, "maandag 2 maart 2020", "2020-03-02"),
        TimexCase("In 2019 sloten de landen een akkoord.", monday, "2019", "2019", .year),
        TimexCase("Het verdrag dateert uit het jaar 2015.", monday, "jaar 2015", "2015"),
        TimexCase("De brand woedde afgelopen nacht in de haven.", monday, "afgelopen nacht", "2020-03-02"),
        TimexCase("Tussen 2014 en 2016 vochten de milities om de stad.", monday, "Tussen 2014 en 2016", "2014"),
        TimexCase("In het najaar van 2019 braken rellen uit.", monday, "najaar van 2019", "2019-FA", .season),
        TimexCase("Dit voorjaar zullen de troepen vertrekken.", monday, "Dit voorjaar", "2020-SP"),
        TimexCase("In januari 2020 viel de eerste sneeuw.", nil, "januari 2020", "2020-01", .month),
        TimexCase("In december werd de wet aangenomen.", newYear, "december", "2019-12"),
        TimexCase("Eind augustus lanceerde het land een raket.", monday, "Eind augustus", "2019-08"),
        TimexCase("De verkiezingen zullen in oktober plaatsvinden.", monday, "oktober", "2020-10"),
        TimexCase("In oktober vorig jaar braken protesten uit.", monday, "oktober vorig jaar", "2019-10"),
        TimexCase("In de jaren negentig woedde er een burgeroorlog.", monday, "jaren negentig", "199", .decade),
        // Parts, open periods and ranges.
        TimexCase("Het offensief loopt sinds december.", monday, "sinds december", "2019-12"),
        TimexCase("De gevechten duren de afgelopen dagen voort.", monday, "afgelopen dagen", "2020-03", .month),
        TimexCase("De spanningen zijn de afgelopen jaren toegenomen.", monday, "afgelopen jaren", "2020", .year),
        TimexCase("Eind vorig jaar braken er rellen uit.", monday, "Eind vorig jaar", "2019"),
        TimexCase("Begin april komt de commissie met een rapport.", monday, "Begin april", "2020-04"),
        TimexCase("Midden volgende week valt een besluit.", monday, "Midden volgende week", "2020-W11"),
        TimexCase("De oogst mislukte half maart.", monday, "half maart", "2020-03"),
        TimexCase("De beurs is van 3 tot 5 maart gesloten.", monday, "van 3 tot 5 maart", "2020-03-03"),
        TimexCase("De oefening loopt tussen 1 en 3 april.", monday, "tussen 1 en 3 april", "2020-04-01"),
        TimexCase("In de nacht van zaterdag op zondag vielen er doden.", monday, "van zaterdag op zondag", "2020-02-29"),
        // Relative expressions without a publication day keep no value.
        TimexCase("Zondag kondigde de regering nieuwe maatregelen aan.", nil, "Zondag", nil),
        TimexCase("Vorige week trokken de troepen zich terug.", nil, "Vorige week", nil),
    ])
    func resolves(_ row: TimexCase) throws {
        let found = Self.tag(row.sentence, anchor: row.anchor)
        let timex = try #require(found.first { $0.text == row.text }, "found \(found.map(\.text))")
        #expect(timex.value == row.value)
        if let precision = row.precision { #expect(timex.precision == precision) }
        #expect(timex.type == "DATE")
    }

    @Test(arguments: [
        "Het meisje heet Maart en woont in Utrecht.",
        "De vergadering begon om 15.00 uur.",
        "Er kwamen 2000 mensen op de betoging af.",
        "De meiboom staat op het plein.",
        "Hij kreeg 52 procent van de stemmen.",
        "Keizer Augustus regeerde lang.",
    ])
    func ignoresNonDates(_ sentence: String) {
        #expect(Self.tag(sentence, anchor: monday).isEmpty)
    }

    @Test(arguments: [
        ("Het offensief loopt sinds december.", "sinds december", "2019-12", nil as String?),
        ("De beurs is van 3 tot 5 maart gesloten.", "van 3 tot 5 maart", "2020-03-03", "2020-03-05" as String?),
        ("Begin april komt de commissie met een rapport.", "Begin april", "2020-04-01", "2020-04-10" as String?),
        ("Eind vorig jaar braken er rellen uit.", "Eind vorig jaar", "2019-09", "2019-12" as String?),
        ("De gevechten duren de afgelopen dagen voort.", "afgelopen dagen", "2020-02-24", "2020-03-02" as String?),
    ])
    func bounds(sentence: String, text: String, from: String, to: String?) throws {
        let timex = try #require(Self.tag(sentence, anchor: monday).first { $0.text == text })
        #expect(timex.from == from)
        #expect(timex.to == to)
    }

    @Test(arguments: [
        ("De wapenstilstand hield twee dagen stand.", "twee dagen", "P2D"),
        ("De troepen vertrekken binnen veertien maanden.", "binnen veertien maanden", "P14M"),
        ("Studenten betogen al weken in de hoofdstad.", "al weken", "PXW"),
    ])
    func durations(sentence: String, text: String, value: String) throws {
        let timex = try #require(Self.tag(sentence, anchor: monday).first { $0.text == text })
        #expect(timex.type == "DURATION")
        #expect(timex.value == value)
    }

    @Test func recurringWeekdayIsASet() throws {
        let timex = try #require(Self.tag("Elke zondag wordt er gedemonstreerd.", anchor: monday).first)
        #expect(timex.text == "Elke zondag")
        #expect(timex.type == "SET")
        #expect(timex.value == "XXXX-WXX-7")
    }

    @Test func spanCoversTheExpression() throws {
        let sentence = "De minister sprak zaterdag met zijn ambtgenoot."
        let timex = try #require(Self.tag(sentence, anchor: monday).first)
        let span = try #require(timex.span)
        #expect(AnalyzedSentence(Sentence(index: 0, text: sentence, paragraph: 0)).text(span[0], span[1]) == "zaterdag")
    }
}
