import KroniekCore
import KroniekReading
import Testing

/// The seed's scraped news layout and its variants, on pages written for the tests.
@Suite struct ScrapedLayoutTests {
    /// What a page should give; nil fields are expected to be absent.
    struct Expected: Sendable, CustomTestStringConvertible {
        var name: String
        var page: String
        var title: String
        var published: String?
        var sources: [String] = []
        var label: String?
        var comments: Int?
        var firstParagraph: String
        var testDescription: String { name }
    }

    static let pages: [Expected] = [
        Expected(
            name: "title prefix and label, byline with count and glued paragraph",
            page: """
                 date 2021-06 Kabinet overlegt met vakbonden over pensioenen RVK

                14 juni 2021

                08u15

                Bron: ANP, Reuters 7 Het kabinet praat dinsdag met de vakbonden. Dat meldt het ministerie.

                Een akkoord wordt voor de zomer verwacht.
                """,
            title: "Kabinet overlegt met vakbonden over pensioenen", published: "2021-06-14T08:15:00+02:00",
            sources: ["ANP", "Reuters"], label: "RVK", comments: 7,
            firstParagraph: "Het kabinet praat dinsdag met de vakbonden. Dat meldt het ministerie."),
        Expected(
            name: "label on its own line, byline alone, no count",
            page: """
                Minister bezoekt overstroomde dorpen in het zuiden

                JD

                03 februari 2022

                17u02

                Bron: Belga

                De minister van Binnenlandse Zaken bezocht donderdag de getroffen gemeenten.
                """,
            title: "Minister bezoekt overstroomde dorpen in het zuiden", published: "2022-02-03T17:02:00+01:00",
            sources: ["Belga"], label: "JD",
            firstParagraph: "De minister van Binnenlandse Zaken bezocht donderdag de getroffen gemeenten."),
        Expected(
            name: "subscriber page: gate, title, subtitle and author",
            page: """
                 date 2022-11 Exclusief voor abonnees

                Waarom de haven vreest voor een nieuwe staking

                Vakbonden en werkgevers praten opnieuw

                An DE SMET

                09 november 2022

                11u20

                De haven ligt al twee dagen stil.
                """,
            title: "Waarom de haven vreest voor een nieuwe staking", published: "2022-11-09T11:20:00+01:00",
            firstParagraph: "De haven ligt al twee dagen stil."),
        Expected(
            name: "count and glued paragraph after the time, no byline",
            page: """
                 date 2023-03 Parlement verwerpt hervorming van de kieswet KD

                21 maart 2023

                21u05 12 Het parlement stemde woensdag tegen het voorstel.
                Geen enkele oppositiepartij steunde het.
                """,
            title: "Parlement verwerpt hervorming van de kieswet", published: "2023-03-21T21:05:00+01:00",
            label: "KD", comments: 12,
            firstParagraph:
                "Het parlement stemde woensdag tegen het voorstel.\nGeen enkele oppositiepartij steunde het."),
        Expected(
            name: "count alone after the time",
            page: """
                 date 2023-03 Regering valt na vertrouwensstemming PVA

                22 maart 2023

                19u40 1

                De regering verloor de stemming met drie stemmen verschil.
                """,
            title: "Regering valt na vertrouwensstemming", published: "2023-03-22T19:40:00+01:00",
            label: "PVA", comments: 1, firstParagraph: "De regering verloor de stemming met drie stemmen verschil."),
        Expected(
            name: "count on its own line after the byline",
            page: """
                Studenten betogen tegen hoger inschrijvingsgeld

                MVR

                12 oktober 2021

                13u19

                Bron: Belga

                0

                Duizenden studenten trokken door de hoofdstad.
                """,
            title: "Studenten betogen tegen hoger inschrijvingsgeld", published: "2021-10-12T13:19:00+02:00",
            sources: ["Belga"], label: "MVR", comments: 0,
            firstParagraph: "Duizenden studenten trokken door de hoofdstad."),
        Expected(
            name: "byline with count, paragraph after a blank line",
            page: """
                 date 2020-02 Akkoord over gevangenenruil getekend TMB

                28 februari 2020

                14u33

                Bron: Belga 0

                Beide partijen tekenden zaterdag het akkoord.
                """,
            title: "Akkoord over gevangenenruil getekend", published: "2020-02-28T14:33:00+01:00",
            sources: ["Belga"], label: "TMB", comments: 0,
            firstParagraph: "Beide partijen tekenden zaterdag het akkoord."),
        Expected(
            name: "two label codes, several sources, number starting the text is not a count",
            page: """
                Veiligheidsraad komt samen over nieuwe maatregelen AW TT

                17 maart 2021

                14u49

                Bron: De Standaard, Belga 300 betogers werden opgepakt in de hoofdstad.
                """,
            title: "Veiligheidsraad komt samen over nieuwe maatregelen", published: "2021-03-17T14:49:00+01:00",
            sources: ["De Standaard", "Belga"], label: "AW TT",
            firstParagraph: "300 betogers werden opgepakt in de hoofdstad."),
        Expected(
            name: "byline without count, paragraph glued after a known agency",
            page: """
                Grenscontroles verscherpt na aanslag

                05 mei 2022

                09u00

                Bron: ANP Het leger controleert sinds vrijdag alle auto's.
                """,
            title: "Grenscontroles verscherpt na aanslag", published: "2022-05-05T09:00:00+02:00",
            sources: ["ANP"], firstParagraph: "Het leger controleert sinds vrijdag alle auto's."),
        Expected(
            name: "date line only: published is the day",
            page: """
                Vakbonden kondigen nationale staking aan

                07 januari 2019

                De vakbonden leggen op 1 februari het werk neer.
                """,
            title: "Vakbonden kondigen nationale staking aan", published: "2019-01-07",
            firstParagraph: "De vakbonden leggen op 1 februari het werk neer."),
        Expected(
            name: "title prefix only: published is the month",
            page: """
                 date 2019-05 Verkiezingen in Litouwen beslecht

                De zittende president won de tweede ronde.
                """,
            title: "Verkiezingen in Litouwen beslecht", published: "2019-05",
            firstParagraph: "De zittende president won de tweede ronde."),
    ]

    @Test(arguments: pages)
    func readsPage(expected: Expected) throws {
        let article = try ReaderFixture.article(expected.page)
        #expect(article.title == expected.title)
        #expect(article.published == expected.published)
        #expect(article.sources == expected.sources)
        #expect(article.label == expected.label)
        #expect(article.comments == expected.comments)
        #expect(article.paragraphs.first == expected.firstParagraph)
    }

    @Test(arguments: [
        ("Oekraïne vraagt meer wapens aan de VS", "Oekraïne vraagt meer wapens aan de VS", nil),
        ("Kritiek op begrotingsplan van Italië uit de EU", "Kritiek op begrotingsplan van Italië uit de EU", nil),
        ("Staking treft vluchten van KLM", "Staking treft vluchten van KLM", nil),
        ("Brussel botst met Warschau over rechtsstaat JVH", "Brussel botst met Warschau over rechtsstaat", "JVH"),
        ("Noodtoestand afgekondigd na bosbranden AB CD", "Noodtoestand afgekondigd na bosbranden", "AB CD"),
        ("Regering kondigt nieuwe maatregelen aan KB", "Regering kondigt nieuwe maatregelen aan", "KB"),
        ("Minister legt plan voor aan de OVSE", "Minister legt plan voor aan de OVSE", nil),
        ("Overleg tussen Frankrijk en IS", "Overleg tussen Frankrijk en IS", nil),
        ("Gesprek met Rusland wordt voortgezet volgens ANP", "Gesprek met Rusland wordt voortgezet volgens ANP", nil),
    ])
    func trailingCodeIsLabelOnlyWhenNotATitleWord(line: String, title: String, label: String?) throws {
        let article = try ReaderFixture.article(
            " date 2022-01 \(line)\n\n10 januari 2022\n\n10u00\n\nTekst van het artikel.")
        #expect(article.title == title)
        #expect(article.label == label)
    }

    @Test(arguments: [
        ("02 maart 2020", "09u41", "2020-03-02T09:41:00+01:00"),
        ("17 september 2020", "10u33", "2020-09-17T10:33:00+02:00"),
        ("29 maart 2020", "01u30", "2020-03-29T01:30:00+01:00"),
        ("29 maart 2020", "14u00", "2020-03-29T14:00:00+02:00"),
        ("25 oktober 2020", "12u00", "2020-10-25T12:00:00+01:00"),
        ("31 december 2021", "23u59", "2021-12-31T23:59:00+01:00"),
        ("1 juli 2022", "7u05", "2022-07-01T07:05:00+02:00"),
    ])
    func publishedCarriesTheBrusselsOffset(date: String, time: String, published: String) throws {
        let article = try ReaderFixture.article("Kop\n\n\(date)\n\n\(time)\n\nTekst van het artikel.")
        #expect(article.published == published)
    }

    @Test func relatedLinksAndVideoLists() throws {
        let page = """
             date 2021-09 Nieuwe coronaregels vanaf maandag MK

            17 september 2021

            10u33 4 De regering kondigt nieuwe regels aan.

            Bekijk ook:

            Zo verliep het overleg van vanochtend.

            Beelden van de persconferentie.

            Lees ook:

            Wat verandert er voor scholen? Drie vragen over de nieuwe regels (+)

            Horeca reageert teleurgesteld

            Lees ook: Virologen vragen strengere aanpak (+)
            """
        let article = try ReaderFixture.article(page)
        #expect(article.paragraphs == ["De regering kondigt nieuwe regels aan."])
        #expect(
            article.related == [
                RelatedLink(title: "Wat verandert er voor scholen? Drie vragen over de nieuwe regels", premium: true),
                RelatedLink(title: "Horeca reageert teleurgesteld", premium: false),
                RelatedLink(title: "Virologen vragen strengere aanpak", premium: true),
            ])
    }

    @Test func bodyTextEndsALinkList() throws {
        let page = """
            Kop van het bericht

            04 april 2022

            08u00

            Lees ook:

            Eerder verschenen bericht over de zaak

            De rechter doet volgende week uitspraak. Beide partijen wachten af.
            """
        let article = try ReaderFixture.article(page)
        #expect(article.related == [RelatedLink(title: "Eerder verschenen bericht over de zaak", premium: false)])
        #expect(article.paragraphs == ["De rechter doet volgende week uitspraak. Beide partijen wachten af."])
    }
}
