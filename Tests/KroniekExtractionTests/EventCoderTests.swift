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
        // target after the pattern's preposition
        ("In dat gebied voert Turkije een offensief tegen Syrië.", "19 TUR SYR"),
        // subordinate clause has its own subject
        ("Frankrijk meldt dat Rusland Oekraïne heeft aangevallen.", "19 RUS UKR"),
    ])
    func findsSourceAndTarget(sentence: String, expected: String) {
        #expect(Self.summary(Self.events([sentence])).contains(expected))
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
}
