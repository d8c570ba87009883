import KroniekCore
import KroniekExtraction
import KroniekPacks
import Testing

@Suite struct SentenceSplitterTests {
    static let splitter = try! SentenceSplitter(pack: LanguagePack.bundled(language: "nl"))

    @Test(arguments: [
        ("De minister sprak o.a. met dr. Jansen. Daarna vertrok hij.", 2),
        ("Er kwamen 1.200 mensen. Ook de burgemeester was er.", 2),
        ("De VS. Daarna niets.", 2),
        ("Hij zei: “We gaan door. Niemand houdt ons tegen.” Daarna vertrok hij.", 2),
        ("J. Smit leidt de delegatie. Zij komt maandag aan.", 2),
        ("Hij schreef het op X. Het ministerie zweeg.", 2),
        ("KYIV (ANP) - Oekraïne meldt nieuwe aanvallen. Het leger reageert.", 2),
        ("Wat nu? Niemand weet het!", 2),
        ("Aanval op konvooi\nHet leger meldt drie doden.", 2),
        ("De premier riep op tot kalmte. ,,We willen vrede'', zei hij.", 2),
    ])
    func splitsParagraphs(text: String, count: Int) {
        #expect(Self.splitter.split(paragraph: text).count == count)
    }

    @Test func titleIsSentenceZero() {
        let article = Article(id: "a", file: "a", title: "Titel", paragraphs: ["Eerste zin. Tweede zin."])
        let sentences = Self.splitter.split(article)
        #expect(sentences.map(\.paragraph) == [-1, 0, 0])
        #expect(sentences.map(\.index) == [0, 1, 2])
    }
}
