import KroniekCore
import KroniekExtraction
import KroniekPacks
import Testing

@Suite struct PlaceResolverTests {
    static let resolver = try! PlaceResolver(pack: LanguagePack.bundled(language: "nl"))

    static func places(_ text: String) -> [PlaceMention] {
        resolver.places(in: AnalyzedSentence(Sentence(index: 1, text: text, paragraph: 0)))
    }

    static func named(_ text: String, _ name: String) -> PlaceMention? {
        let sentence = AnalyzedSentence(Sentence(index: 1, text: text, paragraph: 0))
        return resolver.places(in: sentence).first { sentence.text($0.start, $0.end) == name }
    }

    /// Countries by their Dutch names (from ICU and the pack's aliases).
    @Test(arguments: [
        ("De regering van Rusland stuurde een delegatie.", "Rusland", "RUS"),
        ("Volgens Turkije is het bestand geschonden.", "Turkije", "TUR"),
        ("De VS sturen extra schepen.", "VS", "USA"),
        ("De Verenigde Staten sturen extra schepen.", "Verenigde Staten", "USA"),
        ("China reageerde woedend op het bezoek.", "China", "CHN"),
        ("Wit-Rusland sloot de grens.", "Wit-Rusland", "BLR"),
        ("Een delegatie uit Noord-Korea arriveerde gisteren.", "Noord-Korea", "PRK"),
        ("Het leger van Syrië trok zich terug.", "Syrië", "SYR"),
        ("Het leger van Syrie trok zich terug.", "Syrie", "SYR"),
        ("Groot-Brittannië en Frankrijk overleggen.", "Groot-Brittannië", "GBR"),
        ("Er wordt gevochten in de Democratische Republiek Congo.", "Democratische Republiek Congo", "COD"),
        ("De president van Oekraïne sprak het parlement toe.", "Oekraïne", "UKR"),
        ("Palestina vraagt om erkenning.", "Palestina", "PSE"),
        ("Myanmar houdt verkiezingen.", "Myanmar", "MMR"),
    ])
    func countries(text: String, name: String, iso3: String) throws {
        let mention = try #require(Self.named(text, name))
        #expect(mention.location.country == iso3)
        #expect(mention.location.precision == "country")
        #expect(mention.location.lat != nil && mention.location.lon != nil)
    }

    /// Cities by their Dutch exonyms and GeoNames names.
    @Test(arguments: [
        ("De minister vloog naar Moskou voor overleg.", "Moskou", "RUS"),
        ("In Kiev klonk het luchtalarm.", "Kiev", "UKR"),
        ("Een explosie verwoestte de haven van Beiroet.", "Beiroet", "LBN"),
        ("De top vindt plaats in Peking.", "Peking", "CHN"),
        ("De ambassadeur werd ontboden in Den Haag.", "Den Haag", "NLD"),
        ("Betogers trokken door de straten van Parijs.", "Parijs", "FRA"),
        ("Gesprekken in Genève leverden niets op.", "Genève", "CHE"),
        ("De regering in Damascus ontkent alles.", "Damascus", "SYR"),
        ("In Ankara werd het voorstel besproken.", "Ankara", "TUR"),
        ("Een bom ontplofte in Kaboel.", "Kaboel", "AFG"),
        ("De delegatie landde in New York.", "New York", "USA"),
        ("Er waren protesten in Istanboel en Izmir.", "Izmir", "TUR"),
    ])
    func citiesWithDutchNames(text: String, name: String, iso3: String) throws {
        let mention = try #require(Self.named(text, name))
        #expect(mention.location.country == iso3)
        #expect(mention.location.precision == "city")
        #expect(mention.location.name == name)
    }

    /// Regions, provinces and disputed areas from the pack.
    @Test(arguments: [
        ("Er wordt zwaar gevochten in Idlib.", "Idlib", "SYR"),
        ("Raketten werden afgevuurd vanuit de Gazastrook.", "Gazastrook", "PSE"),
        ("Nieuwe nederzettingen op de Westelijke Jordaanoever.", "Westelijke Jordaanoever", "PSE"),
        ("Rusland annexeerde de Krim in 2014.", "Krim", "UKR"),
        ("De strijd in Nagorno-Karabach laaide weer op.", "Nagorno-Karabach", "AZE"),
        ("Hulpkonvooien bereikten Tigray niet.", "Tigray", "ETH"),
        ("Militairen patrouilleren in de Sinaï.", "Sinaï", "EGY"),
        ("Er is onrust in Kasjmir.", "Kasjmir", "IND"),
    ])
    func regions(text: String, name: String, iso3: String) throws {
        let mention = try #require(Self.named(text, name))
        #expect(mention.location.country == iso3)
        #expect(mention.location.precision == "region")
    }

    /// Compass prefixes on a hyphenated name give a region of that place.
    @Test(arguments: [
        ("Turkse troepen rukken op in Noord-Syrië.", "Noord-Syrië", "SYR"),
        ("Er wordt gevochten in Oost-Oekraïne.", "Oost-Oekraïne", "UKR"),
        ("Zuid-Irak kampt met droogte.", "Zuid-Irak", "IRQ"),
    ])
    func compassRegions(text: String, name: String, iso3: String) throws {
        let mention = try #require(Self.named(text, name))
        #expect(mention.location.country == iso3)
        #expect(mention.location.precision == "region")
    }

    /// Whether the mention is introduced by a locative phrase.
    @Test(arguments: [
        ("Er vielen doden in Aleppo.", "Aleppo", true),
        ("Er vielen doden bij Aleppo.", "Aleppo", true),
        ("Er vielen doden nabij Aleppo.", "Aleppo", true),
        ("Aleppo werd zwaar gebombardeerd.", "Aleppo", false),
        ("Erdogan reist donderdag naar Rusland.", "Rusland", true),
        ("Rusland steunt het regime.", "Rusland", false),
        ("Er wordt gevochten in het noordwesten van Syrië.", "Syrië", true),
        ("Een dorp ten zuiden van Aleppo werd getroffen.", "Aleppo", true),
        ("Troepen vochten in de Syrische provincie Idlib.", "Idlib", true),
        ("Troepen vochten in de provincie Idlib.", "Idlib", true),
        ("Er was een aanslag in het Syrische Idlib.", "Idlib", true),
        ("Hij sprak in Moskou, Kiev en Minsk.", "Minsk", true),
        ("Hij sprak in Moskou, Kiev en Minsk.", "Kiev", true),
        ("Moskou en Kiev spreken elkaar tegen.", "Kiev", false),
        ("Hij zei in de krant dat Turkije gelijk heeft.", "Turkije", false),
        ("Vluchtelingen uit Syrië kwamen aan.", "Syrië", true),
    ])
    func locative(text: String, name: String, isLocative: Bool) throws {
        let mention = try #require(Self.named(text, name))
        #expect(mention.isLocative == isLocative)
    }

    /// Names that are ambiguous go to a country, then a region, then the
    /// most populous city.
    @Test(arguments: [
        ("De emir van Koeweit sprak de natie toe.", "Koeweit", "KWT", "country"),
        ("Er wordt gevochten in Tripoli.", "Tripoli", "LBY", "city"),
        ("De protesten in Mexico houden aan.", "Mexico", "MEX", "country"),
        ("Luxemburg stemde tegen.", "Luxemburg", "LUX", "country"),
        ("Het leger trok Idlib binnen.", "Idlib", "SYR", "region"),
    ])
    func ambiguity(text: String, name: String, iso3: String, precision: String) throws {
        let mention = try #require(Self.named(text, name))
        #expect(mention.location.country == iso3)
        #expect(mention.location.precision == precision)
    }

    /// Words that look like places but are not here.
    @Test(arguments: [
        ("Zij zegt dat het akkoord er komt.", "Zij"),
        ("Van der Bellen opende het debat.", "Van"),
        ("Het Hoge Commissariaat meldt nieuwe cijfers.", "Hoge"),
        ("De Washington Post meldt het nieuws.", "Washington"),
        ("Hij sprak vloeiend Engels met de gasten.", "Engels"),
        ("Boris Johnson sprak met de premier.", "Johnson"),
        ("Hoorn noemde hij een goed idee.", "Hoorn"),
        ("de stad moskou werd niet genoemd met een hoofdletter.", "moskou"),
    ])
    func notPlaces(text: String, word: String) {
        #expect(Self.named(text, word) == nil)
    }

    @Test func spansAreUTF16OffsetsOfTheSentence() throws {
        let sentence = AnalyzedSentence(Sentence(index: 0, text: "“Wij” gaan naar Saoedi-Arabië.", paragraph: 0))
        let mention = try #require(Self.resolver.places(in: sentence).first)
        #expect(sentence.text(mention.start, mention.end) == "Saoedi-Arabië")
        #expect(mention.location.country == "SAU")
    }
}
