import KroniekCore
import KroniekPacks
import Testing

@testable import KroniekExtraction

/// How the event coder finds actors, dates and places; the vocabulary of
/// each CAMEO root is tested in EventPatternTests.
@Suite struct EventCoderTests {
    static let pipeline = try! Pipeline(pack: LanguagePack.bundled(language: "nl"))

    static func events(_ paragraphs: [String], published: String = "2020-03-02") -> [Event] {
        let article = Article(id: "t", file: "t", title: "", published: published, paragraphs: paragraphs)
        return pipeline.extract(article).events
    }

    static func summary(_ events: [Event]) -> [String] {
        events.map { "\($0.cameo.prefix(2)) \($0.source?.code ?? "-") \($0.target?.code ?? "-")" }
    }

    @Test(arguments: [
        // active clause, subject first
        ("Turkije bombardeerde Syrië.", "19 TUR SYR"),
        // inverted clause after an adverbial
        ("Zondag viel Rusland Oekraïne aan.", "19 RUS UKR"),
        // passive with an agent
        ("Syrië werd door Turkije gebombardeerd.", "19 TUR SYR"),
        // "onder anderen" between the agent preposition and the agent
        ("Syrië werd door onder anderen Turkije gebombardeerd.", "19 TUR SYR"),
        // target after the pattern's preposition
        ("Daar begint Frankrijk een offensief tegen Mali.", "19 FRA MLI"),
        // subordinate clause has its own subject
        ("Frankrijk meldt dat Rusland Oekraïne heeft aangevallen.", "19 RUS UKR"),
        // a verb after "en" that ends a subordinate stretch without subject continues the main clause
        ("Iran ziet de aanval als een fout en waarschuwt de Verenigde Staten.", "13 IRN USA"),
        // one with its own subject keeps it
        ("Frankrijk zegt dat Rusland Oekraïne aanviel en bezette.", "19 RUS UKR"),
        // an infinitive after "is bereid" is active, not passive
        ("Frankrijk is bereid zijn troepen terug te trekken uit Mali.", "08 FRA MLI"),
        // the owner of the object, close after a word of the trigger
        ("In Rangoon eisen betogers de vrijlating van de opgepakte Birmese regeringsleider.", "10 MMRCVL MMRGOV"),
        // an impersonal passive keeps its prepositional target
        ("In Minsk wordt opnieuw gedemonstreerd tegen de regering van Wit-Rusland.", "14 BLRCVL BLRGOV"),
    ])
    func findsSourceAndTarget(sentence: String, expected: String) {
        #expect(Self.summary(Self.events([sentence])).contains(expected))
    }

    @Test(arguments: [
        // the present tense on the publication day is going on; later it is planned
        ("Maandag waarschuwt Iran de Verenigde Staten.", Modality.asserted),
        ("Donderdag waarschuwt Iran de Verenigde Staten.", Modality.planned),
    ])
    func presentTenseIsPlannedOnlyAfterThePublicationDay(sentence: String, expected: Modality) {
        #expect(Self.events([sentence]).first { $0.cameo.hasPrefix("13") }?.modality == expected)
    }

    @Test(arguments: [
        // an arrest or expulsion without a named agent is by the authorities where it happens
        ("Twee Nederlandse journalisten zijn in Moskou opgepakt.", "17 RUSCOP NLDMED"),
        ("Vorige week werden twee Russische diplomaten in Den Haag uitgezet.", "17 NLDCOP RUSGOV"),
        // else by those of the target's country
        ("Een bekende Turkse journalist is opgepakt.", "17 TURCOP TURMED"),
    ])
    func coercionWithoutAgentIsByTheAuthoritiesOfThePlace(sentence: String, expected: String) {
        #expect(Self.summary(Self.events([sentence])).contains(expected))
    }

    @Test func aPronounSetsNoSceneForTheGroupItAddresses() {
        let events = Self.events([
            "Malinese militairen hebben de president gearresteerd.",
            "De Franse president sprak maandag over de crisis.",
            "Hij riep de militairen op naar hun kazernes terug te keren.",
        ])
        #expect(Self.summary(events.filter { $0.sentence == 2 }).contains("02 FRAGOV MLIMIL"))
    }

    @Test func reciprocalSubjectsActOnEachOther() {
        let found = Self.summary(Self.events(["Armenië en Azerbeidzjan beschuldigen elkaar van geweld."]))
        #expect(found.contains("11 ARM AZE") && found.contains("11 AZE ARM"))
    }

    @Test func symmetricMeetingIsOneEvent() {
        let found = Self.events(["Frankrijk en Duitsland ontmoeten elkaar volgende week."])
        #expect(Self.summary(found) == ["04 FRA DEU"])
        #expect(found.first?.modality == .planned)
        #expect(found.first?.date.value == "2020-W11")
    }

    @Test func blamedPartyIsTheAllegedAttacker() {
        let found = Self.events(["Tien soldaten zijn gedood bij aanvallen die Turkije aan Syrië toeschreef."])
        let attack = found.first { $0.cameo.hasPrefix("19") || $0.cameo.hasPrefix("18") }
        #expect(attack?.source?.code == "SYR")
        #expect(attack?.modality == .alleged)
        #expect(attack?.attribution?.code == "TUR")
    }

    @Test func sayingIsCodedOnlyWhenTheSpeakerActsOnNothingElse() {
        #expect(Self.summary(Self.events(["Frankrijk zegt dat de situatie ernstig is."])) == ["01 FRA -"])
        // What another party did is the speaker's report: both are coded.
        #expect(Set(Self.summary(Self.events(["Frankrijk zegt dat Rusland Oekraïne heeft aangevallen."]))) == ["01 FRA -", "19 RUS UKR"])
        // The speaker's own act makes the saying redundant.
        #expect(Self.summary(Self.events(["Frankrijk zegt Rusland te zullen aanvallen."])) == ["19 FRA RUS"])
    }

    @Test func eventWithoutTimeTakesThePublicationDate() {
        let found = Self.events(["Turkije bombardeerde Syrië."])
        #expect(found.first?.date == EventDate(value: "2020-03-02", precision: .day, basis: .publication))
    }

    @Test func pronounSentenceTakesTheEarlierDate() {
        let found = Self.events(["Frankrijk reist donderdag naar Duitsland. Het zal er met Duitsland overleggen."])
        #expect(found.last?.date.value == "2020-03-05")
        #expect(found.last?.date.basis == .context)
    }

    @Test func visitTakesPlaceAtItsDestination() {
        let found = Self.events(["Frankrijk reist donderdag naar Duitsland."])
        #expect(found.first?.location?.country == "DEU")
    }

    @Test func definiteNounRefersToAnEarlierEvent() {
        #expect(Self.events(["Frankrijk veroordeelde de aanval."]).allSatisfy { !$0.cameo.hasPrefix("19") })
    }

    @Test func everyEventCarriesItsCodebookValues() throws {
        let event = try #require(Self.events(["Turkije bombardeerde Syrië."]).first)
        #expect(event.plover == "ASSAULT")
        #expect(event.quadClass == 4)
        #expect(event.goldstein < 0)
    }

    @Test(arguments: [
        // the act in an infinitive after an appeal is the addressee's
        ("De NAVO roept Frankrijk op om Duitsland aan te vallen.", "19 FRA DEU"),
        // a pronoun subject of a complement clause is the main subject
        ("De Grieken zeggen dat ze Turkije hebben aangevallen.", "19 GRC TUR"),
        // a new clause after a comma keeps its own subject out
        ("Turkije heeft Syrië aangevallen, al spreekt Rusland dat tegen.", "19 TUR SYR"),
        // "..., zegt X": the speaker follows the verb of saying
        ("De situatie is ernstig, zegt Frankrijk.", "01 FRA -"),
        // a verb after an apposition has the subject before it
        ("De president van Frankrijk, een ervaren diplomaat, veroordeelt Rusland.", "11 FRAGOV RUS"),
        // "is begonnen" is an active perfect, not a passive
        ("Turkije zegt dat het begonnen is met een offensief tegen Syrië.", "19 TUR SYR"),
        // violence without a named target hits the country where it happens
        ("In Syrië voerde Turkije luchtaanvallen uit.", "19 TUR SYR"),
    ])
    func resolvesPartiesFromStructure(sentence: String, expected: String) {
        #expect(Self.summary(Self.events([sentence])).contains(expected))
    }

    @Test func reproachWithoutAddresseeTargetsTheLatestCounterpart() {
        let found = Self.summary(Self.events(["Frankrijk viel Duitsland aan. Frankrijk dreigde opnieuw."]))
        #expect(found.contains("13 FRA DEU"))
    }

    @Test func reflexiveVerbOfSayingIsNoSaying() {
        #expect(Self.events(["De ambassadeur van Frankrijk moest zich melden."]).allSatisfy { !$0.cameo.hasPrefix("01") })
    }

    @Test func necessityDoesNotSilenceTheSaying() {
        let found = Self.events(["Frankrijk zegt dat overleg met Duitsland noodzakelijk is."])
        #expect(found.contains { $0.cameo.hasPrefix("01") && $0.source?.code == "FRA" })
        #expect(found.first { $0.cameo.hasPrefix("04") }?.modality == .hypothetical)
    }

    @Test func hostReceivesAtHome() {
        let found = Self.events(["Duitsland ontving de Franse president."])
        #expect(found.first?.cameo == "043")
        #expect(found.first?.location?.country == "DEU")
    }

    @Test(arguments: [
        // before a noun phrase "uit" is a preposition, not the particle of "uitzetten"
        ("De Turkse politie zette traangas in tegen betogers uit Ankara.", "17 TURCOP TURCVL", "175"),
        // before "dat" the particle still closes its clause
        ("Erdogan sprak de hoop uit dat de gesprekken slagen.", "01 TURGOV -", "01"),
    ])
    func particleBeforeANounPhraseIsAPreposition(sentence: String, expected: String, code: String) {
        let events = Self.events([sentence])
        #expect(Self.summary(events).contains(expected))
        #expect(events.contains { $0.cameo.hasPrefix(code) })
    }

    @Test func particleClosingTheClauseMakesAnotherVerb() {
        // "staken ... over" is crossing, not a strike.
        #expect(Self.events(["Duizenden Syriërs staken de grens met Turkije over."]).allSatisfy { !$0.cameo.hasPrefix("14") })
    }

    @Test func deathsInAnEarlierAttackHaveItsAgent() {
        let found = Self.events(["Turkije beschoot gisteren dorpen in Syrië.", "Volgens Syrië zijn zeker tien mensen om het leven gekomen bij de beschietingen."])
        let deaths = found.first { $0.sentence == 1 }
        #expect(deaths?.source?.code == "TUR")
        #expect(deaths?.casualties.killed == Count(count: 10, qualifier: "at-least"))
    }

    @Test func destinationPlaceGivesTheVisitedCountry() {
        let found = Self.events(["De Franse president reist dinsdag naar Berlijn."])
        #expect(Self.summary(found).contains("04 FRAGOV DEU"))
    }

    @Test func companionIsNoTriggerOfItsOwn() {
        let codes = Self.events(["De EU dreigt met sancties tegen Georgië."]).map(\.cameo)
        #expect(codes.contains { $0.hasPrefix("13") })
        #expect(!codes.contains { $0.hasPrefix("16") })
    }

    @Test func protestersAreThePeopleOfThePlace() {
        let found = Self.events(["In Tbilisi zijn duizenden mensen de straat op gegaan tegen de regering van Georgië."])
        #expect(found.first?.cameo.hasPrefix("14") == true)
        #expect(found.first?.source?.code == "GEOCVL")
        #expect(found.first?.target?.code == "GEOGOV")
    }

    @Test func accordingToIsAttributionNotAllegation() {
        let found = Self.events(["Volgens Syrië bombardeerde Turkije gisteren drie dorpen."])
        #expect(found.first?.modality == .asserted)
        #expect(found.first?.attribution?.code == "SYR")
    }

    @Test func twoTriggersOfOneActAreOneEvent() {
        let found = Self.summary(Self.events(["Turkije begon een offensief tegen Syrië met luchtaanvallen op Syrische dorpen."]))
        #expect(found.filter { $0.hasPrefix("19 TUR") }.count == 1)
    }

    @Test func aVerbOfBeginningReportsADefiniteEventAnew() {
        let found = Self.summary(Self.events(["De onderhandelingen tussen Frankrijk en Duitsland zijn maandag begonnen."]))
        #expect(found.contains { $0.hasPrefix("04") })
        // Without it, the definite noun points back to an earlier report.
        #expect(!Self.summary(Self.events(["De onderhandelingen tussen Frankrijk en Duitsland waren moeilijk."])).contains { $0.hasPrefix("04") })
    }

    @Test func aRelativeClauseFindsItsCompanionInTheNounItHangsOn() {
        let events = Self.events(["Frankrijk deelt het standpunt dat de Afrikaanse Unie heeft ingenomen."])
        #expect(!events.contains { $0.cameo.hasPrefix("19") })
        #expect(events.contains { $0.cameo == "010" && $0.source?.code == "IGOAFU" })
    }

    @Test func ownTroopsAreWhatIsWithdrawnNotTheTarget() {
        let events = Self.events([
            "Amerikaanse troepen zijn al jaren in Syrië.",
            "De Amerikaanse president belooft de Amerikaanse militairen terug te trekken.",
        ])
        #expect(Self.summary(events.filter { $0.cameo.hasPrefix("087") }) == ["08 USAGOV SYR"])
    }

    @Test func theSubjectOfDyingIsTheVictim() {
        let found = Self.events(["Bij een luchtaanval kwamen tien Syrische soldaten om."])
        #expect(!found.isEmpty)
        #expect(found.allSatisfy { $0.source?.code != "SYRMIL" })
        #expect(found.contains { $0.target?.code == "SYRMIL" })
    }
}
