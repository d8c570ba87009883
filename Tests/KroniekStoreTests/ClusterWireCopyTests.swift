import Testing

@testable import KroniekStore

@Suite struct ClusterWireCopyTests {
    static let wire = ClusterCorpus.wire
    static let reprint = ClusterCorpus.wireReprint
    static let reworded = "Macron en Scholz spraken donderdag in de Duitse hoofdstad over gezamenlijke defensie."
    static let short = "Zes mensen gedood bij aanslag in hoofdstad."

    @Test(arguments: [
        ("same agency, same words", ["ANP"], wire, ["ANP"], wire, true),
        ("same agency, one word added", ["ANP"], wire, ["ANP"], reprint, true),
        ("agency written in another case", ["ANP"], wire, ["anp", "Reuters"], reprint, true),
        ("same agency, own words", ["ANP"], wire, ["ANP"], reworded, false),
        ("other agencies, one word added", ["ANP"], wire, ["Belga"], reprint, false),
        ("no agencies, one word added", [], wire, [], reprint, false),
        ("agency dropped, verbatim long sentence", ["ANP"], wire, [], wire, true),
        ("no agencies, verbatim long sentence", [], wire, [], wire, true),
        ("no agencies, verbatim short sentence", [], short, [], short, false),
        ("same agency, verbatim short sentence", ["Belga"], short, ["Belga"], short, true),
    ])
    func sameCopy(_ name: String, agenciesA: [String], a: String, agenciesB: [String], b: String, same: Bool) {
        let wire = WireCopy(options: ClusteringOptions())
        let x = WireCopy.Copy(agencies: Set(agenciesA.map(WireCopy.fold)), wordings: [wire.wording(a)])
        let y = WireCopy.Copy(agencies: Set(agenciesB.map(WireCopy.fold)), wordings: [wire.wording(b)])
        #expect(wire.isSameCopy(x, y) == same)
    }

    @Test(arguments: [
        (["ANP", "ANP", "ANP"], true, 1), (["ANP", "ANP", "Belga"], false, 2), (["", "", ""], false, 3),
        (["", "", ""], true, 1), (["ANP", "", "Belga"], true, 1),
    ])
    func reprintsCountOnce(agencies: [String], verbatim: Bool, sources: Int) {
        let items = agencies.enumerated().map { index, agency in
            ClusterFixture.item(
                "e\(index)", article: "a\(index)", sentence: Self.wire, sources: agency.isEmpty ? [] : [agency])
        }
        let options = ClusteringOptions(verbatimSimilarity: verbatim ? 0.9 : nil)
        #expect(WireCopy(options: options).independentSources(items) == sources)
    }

    @Test func oneArticleIsOneSource() {
        let items = [
            ClusterFixture.item("e1", article: "a1", sentence: Self.wire),
            ClusterFixture.item("e2", article: "a1", sentence: Self.reworded),
        ]
        #expect(WireCopy(options: ClusteringOptions()).independentSources(items) == 1)
    }

    @Test(arguments: [
        ("een twee drie", 1, 3), ("een twee drie", 2, 2), ("een twee", 3, 1), ("Eén, één; EEN!", 1, 1),
    ])
    func shingles(sentence: String, size: Int, count: Int) {
        let wire = WireCopy(options: ClusteringOptions(shingleSize: size))
        #expect(wire.wording(sentence).shingles.count == count)
    }
}
