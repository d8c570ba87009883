import KroniekCore
import KroniekExtraction
import KroniekPacks
import Testing

@Suite struct TimeTenseTests {
    static let tagger = try! TimeTagger(pack: LanguagePack.bundled(language: "nl"))

    static func sentence(_ text: String) -> AnalyzedSentence {
        AnalyzedSentence(Sentence(index: 0, text: text, paragraph: 0))
    }

    @Test(arguments: [
        ("De premier zal donderdag spreken.", Tense.future),
        ("De ministers zullen overleggen.", .future),
        ("De minister kondigde nieuwe maatregelen aan.", .past),
        ("Het leger heeft de stad ingenomen.", .past),
        ("Drie soldaten zijn gedood.", .past),
        ("De gevangenen zijn vrijgelaten.", .past),
        ("De troepen werden teruggetrokken.", .past),
        ("De rebellen vielen de stad aan.", .past),
        ("De president bezoekt Parijs.", .present),
        ("Het gebied is groot.", .present),
    ])
    func readsTense(text: String, tense: Tense) {
        #expect(Self.tagger.tense(of: Self.sentence(text)) == tense)
    }

    @Test(arguments: [
        ("zei", Tense.past),
        ("begint", .present),
    ])
    func readsEachClause(word: String, tense: Tense) throws {
        let text = "De minister zei zondag dat de top donderdag begint."
        let offset = try #require(text.utf16.firstRange(of: word.utf16)).lowerBound
        let at = text.utf16.distance(from: text.utf16.startIndex, to: offset)
        #expect(Self.tagger.tense(of: Self.sentence(text), at: at) == tense)
    }

    @Test func subordinateClauseKeepsItsOwnDirection() {
        let found = TimeTaggerTests.tag("De minister zei zondag dat de top donderdag begint.", anchor: "2020-03-02")
        #expect(found.map(\.value) == ["2020-03-01", "2020-03-05"])
    }
}
