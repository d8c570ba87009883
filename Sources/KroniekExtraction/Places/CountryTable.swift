import Foundation
import KroniekPacks

/// A country of ISO 3166 with a representative point and its capital.
///
/// Actors and places both resolve to countries; one value type keeps their
/// codes, names and coordinates in agreement.
public struct Country: Sendable, Hashable {
    public var iso3: String
    public var iso2: String
    /// The English (ISO) name, e.g. "Syrian Arab Republic".
    public var englishName: String
    public var lat: Double?
    public var lon: Double?
    /// The capital's GeoNames name, e.g. "Damascus"; empty when unknown.
    public var capital: String

    public init(iso3: String, iso2: String, englishName: String, lat: Double?, lon: Double?, capital: String) {
        self.iso3 = iso3
        self.iso2 = iso2
        self.englishName = englishName
        self.lat = lat
        self.lon = lon
        self.capital = capital
    }
}

/// The countries of the pack (`countries.tsv`) and their names in a language:
/// ICU's region names plus the pack's aliases (`places-countries.tsv`).
///
/// ICU already knows "Rusland" and "Syrië"; the pack only adds what ICU lacks
/// or words differently ("VS", "China" for ICU's "China, vasteland"), so a new
/// language needs few rows. The actor stage reuses the same names.
public struct CountryTable: Sendable {
    private let byISO3: [String: Country]
    private let byISO2: [String: String]
    private let aliases: [(name: String, iso3: String)]
    private let packLanguage: String

    public init(pack: LanguagePack) throws(PackError) {
        var byISO3: [String: Country] = [:]
        var byISO2: [String: String] = [:]
        for row in try pack.rows("countries.tsv") {
            try row.require(3)
            guard row[0].count == 3, row[1].count == 2 else {
                throw row.error("expected an ISO3 and an ISO2 code, found '\(row[0])' and '\(row[1])'")
            }
            let country = Country(
                iso3: row[0], iso2: row[1], englishName: row[2], lat: Double(row[3]), lon: Double(row[4]),
                capital: row[6])
            byISO3[country.iso3] = country
            byISO2[country.iso2] = country.iso3
        }
        var aliases: [(name: String, iso3: String)] = []
        if pack.has("places-countries.tsv") {
            for row in try pack.rows("places-countries.tsv") {
                try row.require(2)
                guard byISO3[row[1]] != nil else { throw row.error("unknown country code '\(row[1])'") }
                aliases.append((row[0], row[1]))
            }
        }
        self.byISO3 = byISO3
        self.byISO2 = byISO2
        self.aliases = aliases
        self.packLanguage = pack.language
    }

    public func country(iso3: String) -> Country? { byISO3[iso3] }

    public func country(iso2: String) -> Country? { byISO2[iso2].flatMap { byISO3[$0] } }

    /// All countries, sorted by ISO3.
    public var countries: [Country] { byISO3.values.sorted { $0.iso3 < $1.iso3 } }

    /// The name of the country in `language` that ICU gives, cleaned of
    /// qualifiers ("China, vasteland" gives "China"); nil when ICU has none.
    public func name(of iso3: String, in language: String) -> String? {
        guard let country = byISO3[iso3] else { return nil }
        return Self.icuNames(of: country, in: language).first
    }

    /// Every name of every country in `language`: ICU's names, then the
    /// pack's aliases when `language` is the pack's. A country may appear
    /// under several names.
    public func names(in language: String) -> [(name: String, iso3: String)] {
        var result: [(name: String, iso3: String)] = []
        for country in countries {
            for name in Self.icuNames(of: country, in: language) { result.append((name, country.iso3)) }
        }
        if language == packLanguage { result += aliases }
        return result
    }

    /// ICU writes some names with a qualifier: "Myanmar (Birma)" gives
    /// "Myanmar" and "Birma", "China, vasteland" gives "China".
    static func icuNames(of country: Country, in language: String) -> [String] {
        guard let raw = Locale(identifier: language).localizedString(forRegionCode: country.iso2),
            raw != country.iso2
        else { return [] }
        var names: [String] = []
        var main = raw
        if let open = raw.firstIndex(of: "("), let close = raw.lastIndex(of: ")"), open < close {
            main = raw[..<open].trimmingCharacters(in: .whitespaces)
            names.append(raw[raw.index(after: open)..<close].trimmingCharacters(in: .whitespaces))
        }
        if let comma = main.firstIndex(of: ",") {
            main = main[..<comma].trimmingCharacters(in: .whitespaces)
        }
        return ([main] + names).filter { !$0.isEmpty }
    }
}
