import KroniekExtraction
import KroniekPacks
import Testing

@Suite struct PlaceCountryTableTests {
    static let table = try! CountryTable(pack: LanguagePack.bundled(language: "nl"))
    static let dutchNames = table.names(in: "nl")

    /// Dutch names from ICU, cleaned of ICU's qualifiers, and the pack's aliases.
    @Test(arguments: [
        ("Rusland", "RUS"), ("Syrië", "SYR"), ("Turkije", "TUR"), ("China", "CHN"), ("Birma", "MMR"),
        ("Myanmar", "MMR"), ("VS", "USA"), ("Wit-Rusland", "BLR"), ("Belarus", "BLR"), ("Palestina", "PSE"),
        ("Congo", "COD"), ("Kosovo", "XKX"), ("Ivoorkust", "CIV"),
    ])
    func dutchName(name: String, iso3: String) {
        #expect(Self.dutchNames.contains { $0.name == name && $0.iso3 == iso3 })
    }

    @Test(arguments: [("RUS", "Rusland"), ("CHN", "China"), ("MMR", "Myanmar"), ("USA", "Verenigde Staten")])
    func mainDutchName(iso3: String, name: String) {
        #expect(Self.table.name(of: iso3, in: "nl") == name)
    }

    /// Codes, capitals and a point inside the country (rough bounding boxes).
    @Test(arguments: [
        ("RUS", "RU", "Moscow", 41.0...82.0, 19.0...180.0),
        ("SYR", "SY", "Damascus", 32.0...37.5, 35.5...42.5),
        ("USA", "US", "Washington", 24.0...50.0, -125.0 ... -66.0),
        ("NLD", "NL", "Amsterdam", 50.7...53.6, 3.3...7.3),
        ("SGP", "SG", "Singapore", 1.1...1.5, 103.6...104.1),
    ])
    func country(iso3: String, iso2: String, capital: String, lat: ClosedRange<Double>, lon: ClosedRange<Double>)
        throws
    {
        let country = try #require(Self.table.country(iso3: iso3))
        #expect(Self.table.country(iso2: iso2) == country)
        #expect(country.capital == capital)
        #expect(lat.contains(try #require(country.lat)))
        #expect(lon.contains(try #require(country.lon)))
    }

    @Test func unknownCodeHasNoCountry() {
        #expect(Self.table.country(iso3: "XXX") == nil)
        #expect(Self.table.countries.count >= 249)
    }
}
