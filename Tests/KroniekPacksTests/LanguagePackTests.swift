import Foundation
import KroniekPacks
import Testing

@Suite struct LanguagePackTests {
    @Test func bundledDutchPackLoads() throws {
        let pack = try LanguagePack.bundled(language: "nl")
        #expect(pack.language == "nl")
        #expect(!pack.version.isEmpty)
        #expect(try pack.rows("abbreviations.tsv").contains { $0[0] == "o.a" })
    }

    @Test func unknownLanguageNamesTheFolder() {
        #expect {
            try LanguagePack.bundled(language: "xx")
        } throws: { error in
            "\(error)".hasPrefix("no language pack 'xx' in ")
        }
    }

    @Test func missingFileIsNamed() throws {
        let pack = try LanguagePack.bundled(language: "nl")
        #expect {
            try pack.rows("no-such-table.tsv")
        } throws: { error in
            "\(error)" == "the language pack has no file 'no-such-table.tsv'"
        }
    }
}
