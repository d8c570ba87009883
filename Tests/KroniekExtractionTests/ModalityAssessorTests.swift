import KroniekCore
import KroniekExtraction
import KroniekPacks
import Testing

@Suite struct ModalityAssessorTests {
    static let assessor = try! ModalityAssessor(pack: LanguagePack.bundled(language: "nl"))
    /// A Monday; "donderdag" in its week is 10 June.
    static let anchor = Day(year: 2021, month: 6, day: 7)

    static func assess(_ text: String, trigger: String, timexes: [(String, String)] = [], mentions: [(String, String)] = [])
        -> ModalityAssessor.Assessment
    {
        let sentence = TestSentence.make(text, mentions: mentions, timexes: timexes)
        return assessor.assess(trigger: TestSentence.range(of: trigger, in: text), in: sentence, anchor: anchor)
    }

    @Test(arguments: [
        ("Het leger beschoot gisteren de haven.", "beschoot", Modality.asserted),
        ("De minister zal volgende maand naar Parijs reizen.", "reizen", .planned),
        ("De regering gaat de grens met het buurland sluiten.", "sluiten", .planned),
        ("Een akkoord wordt na het overleg verwacht.", "akkoord", .planned),
        ("Het overleg staat gepland voor eind juni.", "overleg", .planned),
        ("De rebellen willen de hoofdstad innemen.", "innemen", .intended),
        ("De premier is van plan de sancties op te heffen.", "heffen", .intended),
        ("De president belooft hulp aan de getroffen provincie.", "hulp", .intended),
        ("Het land streeft naar een handelsakkoord met de buren.", "handelsakkoord", .intended),
        ("De troepen zouden het dorp hebben geplunderd.", "geplunderd", .alleged),
        ("Naar verluidt werden drie journalisten opgepakt.", "opgepakt", .alleged),
        ("De oppositieleider werd beschuldigd van het beramen van een staatsgreep.", "staatsgreep", .alleged),
        ("De bombardementen die de regering aan de opstandelingen toeschreef, troffen een markt.", "bombardementen", .alleged),
        ("Het ministerie ontkent dat er burgers zijn beschoten.", "beschoten", .denied),
        ("Het leger heeft het dorp niet aangevallen.", "aangevallen", .negated),
        ("Er werden geen raketten afgevuurd.", "afgevuurd", .negated),
        ("Als de gesprekken mislukken, zal het leger ingrijpen.", "ingrijpen", .hypothetical),
        ("Als reactie vuurde het leger granaten af op de stad.", "vuurde", .asserted),
        ("De regering zou kunnen besluiten tot nieuwe sancties.", "sancties", .hypothetical),
        ("Mogelijk volgt een nieuwe aanval op de kazerne.", "aanval", .hypothetical),
        ("Het kabinet zal de ambassadeur niet ontbieden.", "ontbieden", .negated),
        ("De rebellen vielen het dorp aan, maar de soldaten trokken zich niet terug.", "vielen", .asserted),
        ("Niet alleen de hoofdstad werd gebombardeerd.", "gebombardeerd", .asserted),
    ])
    func cueGivesModality(text: String, trigger: String, expected: Modality) {
        #expect(Self.assess(text, trigger: trigger).modality == expected)
    }

    @Test(arguments: [
        ("De premier reist donderdag naar Berlijn.", "reist", "donderdag", "2021-06-10", Modality.planned),
        ("De premier reisde zondag naar Berlijn.", "reisde", "zondag", "2021-06-06", .asserted),
        ("De top vindt volgende week plaats in Wenen.", "top", "volgende week", "2021-W24", .planned),
        ("De top vond deze week plaats in Wenen.", "top", "deze week", "2021-W23", .asserted),
        ("De verkiezingen worden in 2022 gehouden.", "verkiezingen", "2022", "2022", .planned),
    ])
    func futureTimeMakesPlanned(text: String, trigger: String, timex: String, value: String, expected: Modality) {
        #expect(Self.assess(text, trigger: trigger, timexes: [(timex, value)]).modality == expected)
    }

    @Test(arguments: [
        ("Het leger heeft het dorp niet aangevallen.", "aangevallen", true),
        ("Het ministerie ontkent dat er burgers zijn beschoten.", "beschoten", true),
        ("Het leger heeft het dorp aangevallen.", "aangevallen", false),
        ("De soldaten schoten, maar niemand raakte gewond.", "schoten", false),
    ])
    func negationFlag(text: String, trigger: String, negated: Bool) {
        #expect(Self.assess(text, trigger: trigger).negated == negated)
    }

    @Test(arguments: [
        ("Volgens de Turkse regering werden twee dorpen gebombardeerd.", "gebombardeerd", "de Turkse regering", "TURGOV"),
        ("Twee soldaten kwamen om, aldus het Russische leger.", "kwamen", "het Russische leger", "RUSMIL"),
        ("Bij de aanval vielen doden, meldt de Syrische staatstelevisie.", "aanval", "de Syrische staatstelevisie", "SYRMED"),
    ])
    func attributionNamesTheVouchingParty(text: String, trigger: String, party: String, code: String) {
        let result = Self.assess(text, trigger: trigger, mentions: [(party, code)])
        #expect(result.attribution?.code == code)
    }

    @Test func noAttributionWithoutPhrase() {
        let result = Self.assess(
            "De Turkse regering bombardeerde twee dorpen.", trigger: "bombardeerde",
            mentions: [("De Turkse regering", "TURGOV")])
        #expect(result.attribution == nil)
        #expect(result.modality == .asserted)
    }
}
