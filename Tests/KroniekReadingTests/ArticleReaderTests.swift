import Foundation
import KroniekCore
import KroniekPacks
import KroniekReading
import Testing

/// Bad inputs fail with one line naming the file; ids are stable.
@Suite struct ArticleReaderTests {
    static let reader = ReaderFixture.reader

    @Test(arguments: [
        (Data(), "leeg.txt", "leeg.txt: empty input, no article to read"),
        (Data("  \n\n\t\n".utf8), "wit.txt", "wit.txt: empty input, no article to read"),
        (
            Data("url: https://example.org/a\noutlet: example.org\n\n".utf8), "kop.txt",
            "kop.txt: empty input, no article to read"
        ),
        (
            Data([0x50, 0x4B, 0x03, 0x04, 0x00, 0x00, 0x08, 0x00]), "archief.zip",
            "archief.zip: binary data, not a text article"
        ),
        (
            Data([0x01, 0x02, 0x03, 0x41, 0x42, 0x05, 0x06, 0x07, 0x43, 0x0E]), "ruis.dat",
            "ruis.dat: binary data, not a text article"
        ),
        (
            Data([0x63, 0x61, 0x66, 0xE9, 0x20, 0x6F, 0x70, 0x65, 0x6E]), "latin1.txt",
            "latin1.txt: not UTF-8 text; convert it to UTF-8 first"
        ),
        (
            Data([0xFF, 0xFE, 0x41, 0x00, 0x42, 0x00]), "utf16.txt",
            "utf16.txt: not UTF-8 text; convert it to UTF-8 first"
        ),
        (
            Data("{\"title\": \"Kop\", \"text\": \"Tekst\"\n".utf8), "kapot.jsonl",
            "kapot.jsonl: line 1 is not a JSON article (not valid JSON)"
        ),
    ])
    func badInputIsOneClearLine(data: Data, file: String, message: String) {
        #expect {
            try Self.reader.read(data, file: file)
        } throws: { error in
            "\(error)" == message
        }
    }

    @Test func sameInputSameID() throws {
        let text = "Parlement stemt in met nieuwe begroting\n\nDe Kamer nam het voorstel dinsdag aan."
        let first = try ReaderFixture.article(text)
        let second = try ReaderFixture.article(text)
        let other = try ReaderFixture.article(text + " Er waren geen tegenstemmers.")
        #expect(first.id == second.id)
        #expect(first.id != other.id)
        #expect(first.id.count == 16 && first.id.allSatisfy(\.isHexDigit))
    }

    @Test func idFollowsTheURL() throws {
        let one = try ReaderFixture.article("url: https://example.org/a\n\nEerste versie van de tekst.")
        let two = try ReaderFixture.article(
            "url: https://example.org/a\n\nTweede versie van de tekst.", file: "ander.txt")
        #expect(one.id == two.id)
    }

    @Test(arguments: [
        ("KYIV (ANP) - Oekraïne meldt nieuwe aanvallen op het oosten.", ["ANP"]),
        ("SINGAPORE (AFN/RTR) - De twee leiders tekenden een verklaring.", ["AFN", "Reuters"]),
        ("DEN HAAG (ANP/AFP) - Het kabinet neemt maatregelen.", ["ANP", "AFP"]),
        ("SÃO PAULO (DPA) - In Brazilië wordt gestaakt.", ["DPA"]),
        ("De VN (Verenigde Naties) - een organisatie van staten - vergadert.", []),
        ("Het leger (ANP) meldt niets.", []),
    ])
    func datelineGivesSources(paragraph: String, sources: [String]) throws {
        let article = try ReaderFixture.article("Kop van het bericht\n\n" + paragraph)
        #expect(article.sources == sources)
        #expect(article.paragraphs == [paragraph])
    }
}
