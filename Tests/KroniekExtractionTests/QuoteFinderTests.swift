import KroniekCore
import KroniekExtraction
import KroniekPacks
import Testing

@Suite struct QuoteFinderTests {
    static let finder = try! QuoteFinder(pack: LanguagePack.bundled(language: "nl"))

    /// One sentence per row: the sentence, its actor mention, the expected
    /// quote text and speaker code.
    @Test(arguments: [
        ("“We laten ons niet intimideren”, aldus de Poolse premier.", "de Poolse premier", "POLGOV",
         "We laten ons niet intimideren"),
        ("„De grens blijft dicht”, zei minister Kowalski.", "minister Kowalski", "POLGOV", "De grens blijft dicht"),
        ("De woordvoerder van het leger: \"Alle aanvallen zijn afgeslagen.\"", "het leger", "UKRMIL",
         "Alle aanvallen zijn afgeslagen."),
        ("Tusk zei: 'Dit is een zwarte dag voor Europa.'", "Tusk", "POLGOV", "Dit is een zwarte dag voor Europa."),
        ("‘Dit akkoord is een doorbraak’, klonk het bij de Europese Commissie.", "de Europese Commissie", "IGOEU",
         "Dit akkoord is een doorbraak"),
        ("Volgens het Kremlin is er «geen sprake van een invasie» in het gebied.", "het Kremlin", "RUSGOV",
         "geen sprake van een invasie"),
        ("De president verklaarde: ,,Wij zullen nooit buigen voor chantage.''", "De president", "BRAGOV",
         "Wij zullen nooit buigen voor chantage."),
        ("Het ministerie noemde de beschuldigingen \"volstrekt ongegrond en politiek gemotiveerd\".", "Het ministerie",
         "CHNGOV", "volstrekt ongegrond en politiek gemotiveerd"),
        ("De minister sprak van “pure chantage”.", "De minister", "LTUGOV", "pure chantage"),
        ("Japan \"betreurt de lancering ten zeerste\", zo heeft de Japanse regering meegedeeld.", "de Japanse regering",
         "JPNGOV", "betreurt de lancering ten zeerste"),
        ("Rutte: \"Nederland staat aan de kant van Oekraïne.\"", "Rutte", "NLDGOV",
         "Nederland staat aan de kant van Oekraïne."),
    ])
    func quoteStyleAndSpeaker(text: String, mention: String, code: String, quoted: String) {
        let quotes = Self.finder.quotes(in: [TestSentence.make(text, mentions: [(mention, code)])])
        #expect(quotes.map(\.text) == [quoted])
        #expect(quotes.first?.speaker?.code == code)
        let r = TestSentence.range(of: quoted, in: text)
        #expect(quotes.first?.span == [r.lowerBound, r.upperBound])
    }

    @Test func quoteOverTwoSentencesIsOne() {
        let sentences = [
            TestSentence.make("“Wij willen vrede.", index: 3, paragraph: 1),
            TestSentence.make("Maar wij zijn niet naïef”, zei de premier.", index: 4, paragraph: 1, mentions: [("de premier", "EST")]),
        ]
        let quotes = Self.finder.quotes(in: sentences)
        #expect(quotes.map(\.text) == ["Wij willen vrede. Maar wij zijn niet naïef"])
        #expect(quotes.first?.sentence == 3)
        #expect(quotes.first?.speaker?.code == "EST")
    }

    @Test func unclosedQuoteEndsWithItsParagraph() {
        let sentences = [
            TestSentence.make("De minister van Defensie zei: “We sturen extra troepen naar het oosten.", index: 1, paragraph: 0,
                              mentions: [("De minister van Defensie", "LVAGOV")]),
            TestSentence.make("De dreiging is reëel.", index: 2, paragraph: 0),
            TestSentence.make("Het parlement stemt morgen over het plan.", index: 3, paragraph: 1),
        ]
        let quotes = Self.finder.quotes(in: sentences)
        #expect(quotes.map(\.text) == ["We sturen extra troepen naar het oosten. De dreiging is reëel."])
        #expect(quotes.first?.speaker?.code == "LVAGOV")
    }

    @Test func speakerFromPreviousSentenceOfParagraph() {
        let sentences = [
            TestSentence.make("De Franse president sprak in Parijs voor studenten.", index: 0, paragraph: 2,
                              mentions: [("De Franse president", "FRAGOV")]),
            TestSentence.make("“Europa moet sterker worden in de wereld.”", index: 1, paragraph: 2),
        ]
        let quotes = Self.finder.quotes(in: sentences)
        #expect(quotes.map(\.sentence) == [1])
        #expect(quotes.first?.speaker?.code == "FRAGOV")
    }

    @Test(arguments: [
        "Het zogenaamde “vredesplan” ligt al maanden stil.",
        "Zo'n plan is in 's-Hertogenbosch besproken door de ngo's.",
        "De ‘nieuwe koers’ van de partij stuit op verzet.",
    ])
    func noQuote(text: String) {
        #expect(Self.finder.quotes(in: [TestSentence.make(text)]).isEmpty)
    }
}
