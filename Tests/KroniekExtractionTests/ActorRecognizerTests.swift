import KroniekCore
import KroniekPacks
import Testing

@testable import KroniekExtraction

@Suite struct ActorRecognizerTests {
    static let pack = try! LanguagePack.bundled(language: "nl")
    static let recognizer = try! ActorRecognizer(pack: pack)
    static let splitter = try! SentenceSplitter(pack: pack)

    /// Mentions of every sentence of a paragraph, as (text, code) pairs.
    static func mentions(_ text: String, on day: String = "2020-03-02") -> [[String]] {
        let sentences = splitter.split(paragraph: text).enumerated().map { index, text in
            AnalyzedSentence(Sentence(index: index, text: text, paragraph: 0))
        }
        return recognizer.recognize(sentences, on: Day(iso: day)).flatMap(\.mentions).map { [$0.text, $0.actor.code] }
    }

    @Test(arguments: [
        // A capital after a preposition of place is a place, not its government.
        ("De Turkse president Recep Tayyip Erdogan reist naar Moskou.", [["Turkse president Recep Tayyip Erdogan", "TURGOV"]]),
        ("Moskou reageerde boos.", [["Moskou", "RUSGOV"]]),
        ("Het Kremlin reageerde niet.", [["Kremlin", "RUSGOV"]]),
        ("Syrische soldaten trokken zich terug.", [["Syrische soldaten", "SYRMIL"]]),
        ("De NAVO vergadert in Brussel.", [["NAVO", "IGONAT"]]),
        ("Rusland en Turkije praten.", [["Rusland", "RUS"], ["Turkije", "TUR"]]),
        ("De woordvoerder van het Kremlin zweeg.", [["woordvoerder van het Kremlin", "RUSGOV"]]),
        ("De president van Frankrijk sprak.", [["president van Frankrijk", "FRAGOV"]]),
        ("Het Russische ministerie van Buitenlandse Zaken protesteerde.", [["Russische ministerie van Buitenlandse Zaken", "RUSGOV"]]),
        ("Amerikaanse troepen landden.", [["Amerikaanse troepen", "USAMIL"]]),
        ("De Oekraïense politie greep in.", [["Oekraïense politie", "UKRCOP"]]),
        ("VN-gezant Jansen vertrok.", [["VN-gezant", "IGOUNO"]]),
        ("Den Haag reageerde verbaasd.", [["Den Haag", "NLDGOV"]]),
        ("Hamas vuurde raketten af.", [["Hamas", "PSEREB"]]),
        ("De Russen trokken zich terug.", [["Russen", "RUS"]]),
        ("Het is koud in het land.", []),
    ])
    func recognisesMentions(sentence: String, expected: [[String]]) {
        #expect(Self.mentions(sentence) == expected)
    }

    @Test(arguments: [
        ("De taliban namen de stad in.", "2020-03-02", "AFGREB"),
        ("De taliban namen de stad in.", "2022-03-02", "AFGGOV"),
        ("Poetin sprak.", "2020-03-02", "RUSGOV"),
    ])
    func codingFollowsTheDate(sentence: String, day: String, code: String) {
        #expect(Self.mentions(sentence, on: day).last?[1] == code)
    }

    @Test func pronounTakesTheLastPerson() {
        let found = Self.mentions("De Russische president Poetin landde in Ankara. Hij sprak er met Erdogan.")
        #expect(found.contains(["Hij", "RUSGOV"]))
    }

    @Test func bothCountriesPointBack() {
        let found = Self.mentions("Armenië en Azerbeidzjan vochten. Beide landen beschuldigen elkaar.")
        #expect(found.filter { $0[0] == "Beide landen" }.map { $0[1] } == ["ARM", "AZE"])
    }

    @Test func institutionWithoutCountryTakesTheArticleCountry() {
        let found = Self.mentions("In Myanmar is het onrustig. Het leger schoot op betogers.")
        #expect(found.contains(["leger", "MMRMIL"]))
    }

    @Test func datelineIsNoActor() {
        let found = Self.mentions("MOSKOU (ANP) - Rusland stuurt troepen.")
        #expect(found.first == ["Rusland", "RUS"])
    }
}
