import Testing

@testable import KroniekStore

@Suite struct ClusterWireCopyTests {
    static let wire = ClusterCorpus.wire
    static let reprint = ClusterCorpus.wireReprint
    static let reworded = "Macron en Scholz spraken donderdag in de Duitse hoofdstad over gezamenlijke defensie."

    @Test(arguments: [
        ("same agency, same words", ["ANP"], wire, ["ANP"], wire, true),
        ("same agency, one word added", ["ANP"], wire, ["ANP"], reprint, true),
        ("agency written in another case", ["ANP"], wire, ["anp", "Reuters"], reprint, true),
        ("same agency, own words", ["ANP"], wire, ["ANP"], reworded, false),
        ("other agencies, same words", ["ANP"], wire, ["Belga"], wire, false),
        ("no agencies, same words", [], wire, [], wire, false),
    ])
    func sameCopy(_ name: String, agenciesA: [String], a: String, agenciesB: [String], b: String, same: Bool) {
        let wire = WireCopy(options: ClusteringOptions())
        let x = WireCopy.Copy(agencies: Set(agenciesA.map(WireCopy.fold)), shingles: [wire.shingles(of: a)])
        let y = WireCopy.Copy(agencies: Set(agenciesB.map(WireCopy.fold)), shingles: [wire.shingles(of: b)])
        #expect(wire.isSameCopy(x, y) == same)
    }

    @Test(arguments: [
        (["ANP", "ANP", "ANP"], 1), (["ANP", "ANP", "Belga"], 2), (["", "", ""], 3),
    ])
    func reprintsCountOnce(agencies: [String], sources: Int) {
        let items = agencies.enumerated().map { index, agency in
            ClusterFixture.item(
                "e\(index)", article: "a\(index)", sentence: Self.wire, sources: agency.isEmpty ? [] : [agency])
        }
        #expect(WireCopy(options: ClusteringOptions()).independentSources(items) == sources)
    }

    @Test(arguments: [
        ("een twee drie", 1, 3), ("een twee drie", 2, 2), ("een twee", 3, 1), ("Eén, één; EEN!", 1, 1),
    ])
    func shingles(sentence: String, size: Int, count: Int) {
        let wire = WireCopy(options: ClusteringOptions(shingleSize: size))
        #expect(wire.shingles(of: sentence).count == count)
    }
}
