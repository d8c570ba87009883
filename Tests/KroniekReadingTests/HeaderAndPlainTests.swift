import KroniekCore
import KroniekReading
import Testing

/// The `url:`/`published:` header layout and plain text.
@Suite struct HeaderAndPlainTests {
    @Test(
        arguments: [
            (
                "url: https://www.nieuwsvoorbeeld.nl/a/1\nmonth: 2021-05\npublished: 2021-05-04\noutlet: nieuwsvoorbeeld.nl",
                "2021-05-04", "nieuwsvoorbeeld.nl"
            ),
            (
                "url: https://www.nieuwsvoorbeeld.nl/a/1\nmonth: 2021-05\npublished: unknown\noutlet: nieuwsvoorbeeld.nl",
                "2021-05", "nieuwsvoorbeeld.nl"
            ),
            ("url: https://www.nieuwsvoorbeeld.nl/a/1\nmonth: 2021-05", "2021-05", "nieuwsvoorbeeld.nl"),
            ("url: https://regio.voorbeeld.be/b/2\npublished: 2020-12-01", "2020-12-01", "regio.voorbeeld.be"),
            ("url: https://www.nieuwsvoorbeeld.nl/a/1\nmonth: unknown\npublished: unknown", nil, "nieuwsvoorbeeld.nl"),
            ("outlet: krant.example\npublished: 2019-02-03", "2019-02-03", "krant.example"),
        ] as [(String, String?, String?)])
    func headerGivesPublishedAndOutlet(header: String, published: String?, outlet: String?) throws {
        let article = try ReaderFixture.article(header + "\n\nDe gemeenteraad stemde gisteren over het voorstel.")
        #expect(article.published == published)
        #expect(article.outlet == outlet)
        #expect(article.paragraphs == ["De gemeenteraad stemde gisteren over het voorstel."])
    }

    @Test func headerWithoutDateFallsBackToOption() throws {
        let article = try ReaderFixture.article(
            "url: https://example.org/x\nmonth: unknown\n\nTekst van het artikel.", published: "2022-02-02")
        #expect(article.published == "2022-02-02")
        #expect(article.url == "https://example.org/x")
    }

    @Test(arguments: [
        (
            "Rebellen veroveren stad in het noorden\n\nDe rebellen namen de stad zondag in.",
            "Rebellen veroveren stad in het noorden", ["De rebellen namen de stad zondag in."]
        ),
        (
            "De rebellen namen de stad zondag in.\n\nHet leger trok zich terug.",
            "", ["De rebellen namen de stad zondag in.", "Het leger trok zich terug."]
        ),
        (
            "Wat wil de nieuwe regering?\n\nDe coalitie legt haar plannen voor.",
            "", ["Wat wil de nieuwe regering?", "De coalitie legt haar plannen voor."]
        ),
        ("De minister zei het zo:\n\nWe gaan door.", "", ["De minister zei het zo:", "We gaan door."]),
        (
            "Akkoord over graanexport\nDe partijen tekenden vrijdag.", "Akkoord over graanexport",
            ["De partijen tekenden vrijdag."]
        ),
        (
            "‘We laten ons niet bang maken’\n\nDe premier sprak het parlement toe.",
            "‘We laten ons niet bang maken’", ["De premier sprak het parlement toe."]
        ),
        ("Foto: Jan Peeters\n\nDe premier sprak het parlement toe.", "", ["De premier sprak het parlement toe."]),
    ])
    func firstLineIsTitleWhenItReadsAsAHeadline(text: String, title: String, paragraphs: [String]) throws {
        let plain = try ReaderFixture.article(text)
        #expect(plain.title == title)
        #expect(plain.paragraphs == paragraphs)
        let headed = try ReaderFixture.article("url: https://example.org/k\noutlet: example.org\n\n" + text)
        #expect(headed.title == title)
        #expect(headed.paragraphs == paragraphs)
    }

    @Test func plainTextTakesPublishedFromOptions() throws {
        let article = try ReaderFixture.article(
            "Betoging in de hoofdstad\n\nDuizenden mensen gingen de straat op.", published: "2022-01-10")
        #expect(article.published == "2022-01-10")
        #expect(article.outlet == nil)
        #expect(article.language == "nl")
    }

    @Test func plainTextWithoutOptionHasNoDate() throws {
        let article = try ReaderFixture.article("Duizenden mensen gingen de straat op.")
        #expect(article.published == nil)
        #expect(article.title == "")
    }

    @Test func headerLayoutAroundAScrapedPage() throws {
        let text = """
            url: https://www.voorbeeld.be/n/3
            month: 2020-03
            outlet: voorbeeld.be

             date 2020-03 Premier kondigt strengere maatregelen aan KB

            16 maart 2020

            22u10

            Bron: Belga 5 De premier sprak maandagavond de bevolking toe.
            """
        let article = try ReaderFixture.article(text)
        #expect(article.title == "Premier kondigt strengere maatregelen aan")
        #expect(article.published == "2020-03-16T22:10:00+01:00")
        #expect(article.outlet == "voorbeeld.be")
        #expect(article.sources == ["Belga"])
        #expect(article.comments == 5)
    }
}
