import KroniekCore
import KroniekReading
import Testing

/// Page furniture is dropped from paragraphs; article text stays.
@Suite struct BoilerplateTests {
    static let article = "De betogers trokken naar het plein. De politie greep niet in."

    @Test(arguments: [
        "Foto: Jan Peeters",
        "Foto's: Reuters",
        "© Belga",
        "Betogers op het plein in de hoofdstad. © AFP",
        "Betogers op het plein in de hoofdstad. Foto ANP",
        "Betogers op het plein. beeld ANP",
        "Volledig scherm Betogers op het plein in de hoofdstad.",
        "Volledig scherm",
        "VIDEO. Zo verliep de betoging in de hoofdstad",
        "Bekijk de video hieronder",
        "Onze correspondent maakte deze reportage in de stad:",
        "Kijk naar de beelden van de betoging:",
        "1.234 keer bekeken",
        "Gepubliceerd op | Views: 2.301 | Onderwerpen: Betogingen",
        "Deel dit artikel",
        "Lees meer",
        "Pas je cookie instellingen aan. Je cookie instellingen zorgen ervoor dat deze inhoud niet getoond wordt.",
        "Schrijf je in voor onze nieuwsbrief en blijf op de hoogte.",
    ])
    func furnitureIsDropped(line: String) throws {
        let article = try ReaderFixture.article(
            "Kop van het bericht\n\n\(Self.article)\n\n\(line)\n\nSlotzin van het stuk.")
        #expect(article.paragraphs == [Self.article, "Slotzin van het stuk."])
    }

    @Test(arguments: [
        "De betogers trokken naar het plein:",
        "Veel mensen zijn het beu en gaan de straat op:",
        "Volgens de politie waren er 1.234 betogers.",
        "De minister deelde het artikel over de betoging.",
        "Het beeld van de betoging was indrukwekkend.",
    ])
    func articleTextStays(line: String) throws {
        let article = try ReaderFixture.article("Kop van het bericht\n\n\(line)")
        #expect(article.paragraphs == [line])
    }

    @Test func leadInKeepsTheSentencesBeforeIt() throws {
        let article = try ReaderFixture.article(
            "Kop van het bericht\n\nDe stad is verwoest. Onze verslaggever maakte deze reportage:")
        #expect(article.paragraphs == ["De stad is verwoest."])
    }

    @Test func cookieNoticeDropsItsParagraph() throws {
        let article = try ReaderFixture.article(
            "Kop van het bericht\n\nEerste alinea.\n\nPas je cookie instellingen hier aan.\nDeze inhoud wordt niet getoond."
        )
        #expect(article.paragraphs == ["Eerste alinea."])
    }

    @Test func singleNewlinesStayInsideAParagraph() throws {
        let article = try ReaderFixture.article(
            "Kop van het bericht\n\nTussenkop\nDe tekst gaat verder.\n\nVolgende alinea.")
        #expect(article.paragraphs == ["Tussenkop\nDe tekst gaat verder.", "Volgende alinea."])
    }
}
