import KroniekExtraction
import KroniekPacks
import Testing

@Suite struct CameoCodebookTests {
    static let codebook = try! CameoCodebook(pack: LanguagePack.bundled(language: "nl"))

    /// One code of each of the 20 roots: PLOVER type, quad class, Goldstein weight.
    @Test(arguments: [
        ("010", "STATEMENT", 1, 0.0),
        ("020", "REQUEST", 1, 1.0),
        ("036", "AGREE", 1, 2.5),
        ("042", "CONSULT", 1, 3.0),
        ("051", "SUPPORT", 1, 3.5),
        ("061", "COOPERATE", 2, 5.0),
        ("073", "AID", 2, 7.5),
        ("0841", "RETREAT", 2, 6.0),
        ("090", "ACCUSE", 3, -2.0),
        ("1053", "REQUEST", 3, -3.5),
        ("112", "ACCUSE", 3, -4.0),
        ("120", "REJECT", 3, -3.5),
        ("138", "THREATEN", 3, -5.0),
        ("141", "PROTEST", 4, -4.4),
        ("150", "MOBILIZE", 4, -6.0),
        ("163", "COERCE", 4, -7.0),
        ("173", "COERCE", 4, -7.5),
        ("183", "ASSAULT", 4, -9.0),
        ("190", "ASSAULT", 4, -8.0),
        ("202", "ASSAULT", 4, -10.0),
    ])
    func codeOfEachRoot(code: String, plover: String, quadClass: Int, goldstein: Double) throws {
        let entry = try #require(Self.codebook.entry(code))
        #expect(entry.code == code)
        #expect(entry.root == String(code.prefix(2)))
        #expect(entry.plover == plover)
        #expect(entry.quadClass == quadClass)
        #expect(entry.goldstein == goldstein)
        #expect(!entry.name.isEmpty)
    }

    /// Codes the table lacks fall back to their nearest parent.
    @Test(arguments: [
        ("0357", "035"),
        ("0359", "035"),
        ("1999", "19"),
        ("0499", "04"),
        ("2049", "204"),
    ])
    func unknownCodeFallsBackToParent(code: String, parent: String) throws {
        let entry = try #require(Self.codebook.entry(code))
        #expect(entry.code == parent)
    }

    @Test(arguments: ["", "0", "21", "99", "abc"])
    func codeWithoutRootHasNoEntry(code: String) {
        #expect(Self.codebook.entry(code) == nil)
    }

    /// Roots 01 and 09 get a type even though PLOVER drops statements.
    @Test(arguments: [("01", "STATEMENT"), ("011", "STATEMENT"), ("09", "ACCUSE"), ("02", "REQUEST"), ("08", "CONCEDE")])
    func rootDefaults(code: String, plover: String) {
        #expect(Self.codebook.entry(code)?.plover == plover)
    }

    @Test func everyCodeHasATypeAndQuadClassOfItsRoot() {
        for code in Self.codebook.codes {
            guard let entry = Self.codebook.entry(code), let root = Int(entry.root) else {
                Issue.record("no entry for \(code)")
                continue
            }
            let quad = root <= 5 ? 1 : root <= 8 ? 2 : root <= 13 ? 3 : 4
            #expect(entry.quadClass == quad, "\(code)")
            #expect(!entry.plover.isEmpty, "\(code)")
            #expect((-10...10).contains(entry.goldstein), "\(code)")
        }
        #expect(Self.codebook.codes.count == 316)
    }
}
