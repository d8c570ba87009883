import Foundation
import KroniekPacks
import KroniekReading
import Testing

@Suite struct ArticleReaderTests {
    static let reader = try! ArticleReader(pack: LanguagePack.bundled(language: "nl"))

    @Test func emptyInputIsOneClearLine() {
        #expect {
            try Self.reader.read(Data(), file: "leeg.txt")
        } throws: { error in
            "\(error)" == "leeg.txt: empty input, no article to read"
        }
    }
}
