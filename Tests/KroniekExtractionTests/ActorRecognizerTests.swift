import KroniekCore
import KroniekPacks
import Testing

@testable import KroniekExtraction

@Suite struct ActorRecognizerTests {
    static let pack = try! LanguagePack.bundled(language: "nl")
    static let recognizer = try! ActorRecognizer(pack: pack)
    static let splitter = try! SentenceSplitter(pack: pack)

    /// Mentions of every sentence of a paragraph, as (text, code) pairs.
    static func mentions(_ text: String, on day: String = "2020-03-02") -> [[String]] {
        let sentences = splitter.split(paragraph: text).enumerated().map { index, text in
            AnalyzedSentence(Sentence(index: index, text: text, paragraph: 0))
        }
        return recognizer.recognize(sentences, on: Day(iso: day)).flatMap(\.mentions).map { [$0.text, $0.actor.code] }
    }

    @Test(arguments: [
        // A capital after a preposition of place is a place, not its government.
        ("De Turkse president Recep Tayyip Erdogan reist naar Moskou.", [["Turkse president Recep Tayyip Erdogan", "TURGOV"]]),
        ("Moskou reageerde boos.", [["Moskou", "RUSGOV"]]),
        ("In de Georgische hoofdstad Tbilisi werd betoogd.", []),
        ("Het Kremlin reageerde niet.", [["Kremlin", "RUSGOV"]]),
        ("Syrische soldaten trokken zich terug.", [["Syrische soldaten", "SYRMIL"]]),
        ("De NAVO vergadert in Brussel.", [["NAVO", "IGONAT"]]),
        ("Rusland en Turkije praten.", [["Rusland", "RUS"], ["Turkije", "TUR"]]),
        ("De woordvoerder van het Kremlin zweeg.", [["woordvoerder van het Kremlin", "RUSGOV"]]),
        ("De president van Frankrijk sprak.", [["president van Frankrijk", "FRAGOV"]]),
        ("Het Russische ministerie van Buitenlandse Zaken protesteerde.", [["Russische ministerie van Buitenlandse Zaken", "RUSGOV"]]),
        ("Amerikaanse troepen landden.", [["Amerikaanse troepen", "USAMIL"]]),
        ("De Oekraïense politie greep in.", [["Oekraïense politie", "UKRCOP"]]),
        ("VN-gezant Jansen vertrok.", [["VN-gezant Jansen", "IGOUNO"]]),
        ("Den Haag reageerde verbaasd.", [["Den Haag", "NLDGOV"]]),
        ("Hamas vuurde raketten af.", [["Hamas", "PSEREB"]]),
        ("De Russen trokken zich terug.", [["Russen", "RUS"]]),
        ("Het is koud in het land.", []),
        // adjectives listed before one noun share it
        (
            "Zij spraken met hun Nigeriaanse, Ivoriaanse en Senegalese ambtgenoten.",
            [["Nigeriaanse", "NGAGOV"], ["Ivoriaanse", "CIVGOV"], ["Senegalese ambtgenoten", "SENGOV"]]
        ),
        ("Franse of Duitse militairen zijn er niet.", [["Franse", "FRAMIL"], ["Duitse militairen", "DEUMIL"]]),
    ])
    func recognisesMentions(sentence: String, expected: [[String]]) {
        #expect(Self.mentions(sentence) == expected)
    }

    /// Rows for names, compounds, groups and references the pack does not list as written.
    @Test(arguments: [
        // A role splits around the name of its holder.
        ("Nederland protesteerde. Gisteren sprak minister Pietersma van Buitenlandse Zaken met de pers.",
         [["Nederland", "NLD"], ["minister Pietersma van Buitenlandse Zaken", "NLDGOV"]]),
        // A name set off by a comma before a role takes the role's code.
        ("Karel Vos, woordvoerder van het Kremlin, ontkende alles.",
         [["Karel Vos", "RUSGOV"], ["woordvoerder van het Kremlin", "RUSGOV"]]),
        // ... and after a role.
        ("De Keniaanse minister van Defensie, Otieno Kamau, reisde af.",
         [["Keniaanse minister van Defensie", "KENGOV"], ["Otieno Kamau", "KENGOV"]]),
        // A surname names the person the article introduced.
        ("De Braziliaanse senator Paulo Lemos diende een wet in. Lemos verdedigde haar.",
         [["Braziliaanse senator Paulo Lemos", "BRALEG"], ["Lemos", "BRALEG"]]),
        // A known person's surname after the full name.
        ("De activist Joshua Wong sprak. Later werd Wong opgepakt.",
         [["activist Joshua Wong", "HKGOPP"], ["Wong", "HKGOPP"]]),
        // Genitives of people, owning the role after them.
        ("Frankrijk en Oekraïne protesteerden. Frankrijk dreigde. Poetins woordvoerder zweeg.",
         [["Frankrijk", "FRA"], ["Oekraïne", "UKR"], ["Frankrijk", "FRA"], ["Poetins", "RUSGOV"], ["woordvoerder", "RUSGOV"]]),
        // A sector noun before a named body is that body.
        ("Dat meldt persbureau Reuters.", [["persbureau Reuters", "GBRMED"]]),
        // A group word before a sector noun.
        ("Koerdische strijders trokken zich terug.", [["Koerdische strijders", "KURREB"]]),
        // A qualifier before inhabitants.
        ("Militante Palestijnen vuurden raketten af.", [["Militante Palestijnen", "PSEREB"]]),
        // Compound sector nouns.
        ("Het regeringsleger van Ethiopië rukte op.", [["regeringsleger van Ethiopië", "ETHMIL"]]),
        ("In Bolivia grepen de machthebbers in tegen oppositieleden.",
         [["Bolivia", "BOL"], ["machthebbers", "BOLGOV"], ["oppositieleden", "BOLOPP"]]),
        // One adjective for two coordinated roles.
        ("De Peruaanse president en premier zijn opgepakt.",
         [["Peruaanse president", "PERGOV"], ["premier", "PERGOV"]]),
        // A possessive lends the owner's country to a role.
        ("De Malinese president Keïta en zijn eerste minister Boubou Cissé vluchtten.",
         [["Malinese president Keïta", "MLIGOV"], ["eerste minister Boubou Cissé", "MLIGOV"]]),
        // A counterpart is of another country: no country from the possessive.
        ("De Turkse president Erdogan belde zijn ambtsgenoot.", [["Turkse president Erdogan", "TURGOV"]]),
        // An unknown acronym after an article is a group of the article's country.
        ("In Peru is het onrustig. Het FLP riep op tot staking.", [["Peru", "PER"], ["FLP", "PER"]]),
        // A role compound takes a following name, and the surname recurs.
        ("VN-gezant Maria Kowalska landde. Kowalska sprak.",
         [["VN-gezant Maria Kowalska", "IGOUNO"], ["Kowalska", "IGOUNO"]]),
        // The first part of a compound cut short is no noun of its own.
        ("Japan heeft een marine- en luchtmachtbasis.", [["Japan", "JPN"]]),
        // "het land" as a subject: the country named first in the sentence before.
        ("Chili dreigde Bolivia. Het land reageerde fel.", [["Chili", "CHL"], ["Bolivia", "BOL"], ["Het land", "CHL"]]),
        // "de buurlanden" points back to the pair named together.
        ("Armenië en Azerbeidzjan vochten. Rusland bemiddelde. De buurlanden tekenden.",
         [["Armenië", "ARM"], ["Azerbeidzjan", "AZE"], ["Rusland", "RUS"], ["De buurlanden", "ARM"], ["De buurlanden", "AZE"]]),
    ])
    func recognisesUnlistedNames(text: String, expected: [[String]]) {
        #expect(Self.mentions(text) == expected)
    }

    /// Rows for roles, bodies and groups named without a country: the country
    /// comes from the place or actor nearest to them, not from the article's
    /// main country alone.
    @Test(arguments: [
        // A place before the noun in the same sentence.
        ("Peru en Peru en Peru. In Nairobi trok de politie de wapenstok.",
         [["Peru", "PER"], ["Peru", "PER"], ["Peru", "PER"], ["politie", "KENCOP"]]),
        // The nearest actor before the noun beats the article's main country.
        ("Libië is verdeeld. In Libië vechten milities. Egypte zegt dat de militairen klaarstaan.",
         [["Libië", "LBY"], ["Libië", "LBY"], ["milities", "LBYREB"], ["Egypte", "EGY"], ["militairen", "EGYMIL"]]),
        // A place in the sentence before.
        ("Chili protesteerde. Chili dreigde. Het werd onrustig in Caracas. De militairen sloten de wegen af.",
         [["Chili", "CHL"], ["Chili", "CHL"], ["militairen", "VENMIL"]]),
        // A place the group comes from beats an actor before it.
        ("Rusland zegt dat militairen uit Armenië de grens overstaken.",
         [["Rusland", "RUS"], ["militairen", "ARMMIL"], ["Armenië", "ARM"]]),
        // A definite noun points back to the body of its sector named before.
        ("Het Chileense leger rukte op naar Bolivia. Volgens het leger vielen er geen doden.",
         [["Chileense leger", "CHLMIL"], ["Bolivia", "BOL"], ["leger", "CHLMIL"]]),
        // A news agency reports; it lends no country.
        ("In Peru is het onrustig. Persbureau Reuters meldt dat de politie ingreep.",
         [["Peru", "PER"], ["Persbureau Reuters", "GBRMED"], ["politie", "PERCOP"]]),
        // "pro-X" names whom a group supports, not its country.
        ("In Minsk trokken pro-Russische betogers door de straten.", [["betogers", "BLRCVL"]]),
        ("Oekraïne protesteerde. Later riepen pro-Russische separatisten om hulp.",
         [["Oekraïne", "UKR"], ["separatisten", "UKRREB"]]),
        ("In Kiev liepen pro-Rusland-betogers en de politie greep in.", [["politie", "UKRCOP"]]),
        // A country adjective before an unlisted compound whose head names a body.
        ("De Keniaanse kiescommissie maakte de uitslag bekend.", [["Keniaanse kiescommissie", "KENGOV"]]),
        ("De Franse mededingingsautoriteit deelde boetes uit.", [["Franse mededingingsautoriteit", "FRAGOV"]]),
        ("Het Deense filmcomité koos een winnaar.", [["Deense filmcomité", "DNKNGO"]]),
        // A word that only ends like a head is no body.
        ("Chili dreigde. De Russische voorraad gas slinkt.", [["Chili", "CHL"]]),
        // Regions and "abroad" name no single country.
        ("Peru protesteerde. Westerse landen veroordelen de aanval.", [["Peru", "PER"]]),
        ("Volgens westerse inlichtingendiensten zat Iran erachter.", [["Iran", "IRN"]]),
        ("In Caracas is het onrustig. Buitenlandse journalisten werden uitgezet.", []),
        ("Peru protesteerde. Europese leiders zwegen.", [["Peru", "PER"]]),
    ])
    func rolesTakeTheCountryOfTheirScene(text: String, expected: [[String]]) {
        #expect(Self.mentions(text) == expected)
    }

    /// "beide landen": the last two countries joined by "en", else the last
    /// two named as parties rather than as the place of an event.
    @Test(arguments: [
        ("Turkije viel aan in Syrië. Rusland reageerde. Beide landen praten.", ["TUR", "RUS"]),
        ("Rusland sprak met de NAVO. Oekraïne protesteerde. Beide landen praten.", ["RUS", "UKR"]),
        ("Armenië en Azerbeidzjan vochten. Rusland bemiddelde. Beide landen tekenden.", ["ARM", "AZE"]),
    ])
    func bothCountriesAreTheLastParties(text: String, codes: [String]) {
        #expect(Self.mentions(text).filter { $0[0] == "Beide landen" }.map { $0[1] } == codes)
    }

    @Test func countryAliasesHaveDutchNames() {
        let sentences = [AnalyzedSentence(Sentence(index: 0, text: "De VS reageerden.", paragraph: 0))]
        let found = Self.recognizer.recognize(sentences, on: Day(iso: "2020-03-02")).flatMap(\.mentions)
        #expect(found.map(\.actor.name) == ["Verenigde Staten"])
    }

    @Test(arguments: [
        ("De taliban namen de stad in.", "2020-03-02", "AFGREB"),
        ("De taliban namen de stad in.", "2022-03-02", "AFGGOV"),
        ("Poetin sprak.", "2020-03-02", "RUSGOV"),
    ])
    func codingFollowsTheDate(sentence: String, day: String, code: String) {
        #expect(Self.mentions(sentence, on: day).last?[1] == code)
    }

    @Test func pronounTakesTheLastPerson() {
        let found = Self.mentions("De Russische president Poetin landde in Ankara. Hij sprak er met Erdogan.")
        #expect(found.contains(["Hij", "RUSGOV"]))
    }

    @Test func bothCountriesPointBack() {
        let found = Self.mentions("Armenië en Azerbeidzjan vochten. Beide landen beschuldigen elkaar.")
        #expect(found.filter { $0[0] == "Beide landen" }.map { $0[1] } == ["ARM", "AZE"])
    }

    @Test func institutionWithoutCountryTakesTheArticleCountry() {
        let found = Self.mentions("In Myanmar is het onrustig. Het leger schoot op betogers.")
        #expect(found.contains(["leger", "MMRMIL"]))
    }

    @Test func datelineIsNoActor() {
        let found = Self.mentions("MOSKOU (ANP) - Rusland stuurt troepen.")
        #expect(found.first == ["Rusland", "RUS"])
    }
}
