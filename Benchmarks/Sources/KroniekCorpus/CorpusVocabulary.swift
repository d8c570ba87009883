import Foundation
import KroniekPacks

/// The words a generated article is filled with, read from the language
/// pack: country names (ICU through Foundation), their adjectives and
/// peoples (`country-words.tsv`), cities (`places-cities.tsv`, capitals from
/// `countries.tsv`), people (`people.tsv`) and organisations (`actors.tsv`).
///
/// Taking the words from the pack means the generated text hits the same
/// tables, and the same lookups, that real news does.
public struct CorpusVocabulary: Sendable {
    /// A country with the words that name it and its people.
    public struct Country: Sendable {
        public var iso3: String
        public var name: String
        public var adjective: String
        public var people: String
        public var capital: String
    }

    public var countries: [Country]
    public var cities: [String]
    public var people: [String]
    public var organisations: [String]

    public init(pack: LanguagePack) throws(PackError) {
        var adjectives: [String: (adjective: String, people: String)] = [:]
        for row in try pack.rows("country-words.tsv") where !row[1].isEmpty && !row[2].isEmpty {
            adjectives[row[0]] = (Self.first(row[1]), Self.first(row[2]))
        }
        let locale = Locale(identifier: pack.language)
        countries = try pack.rows("countries.tsv").compactMap { row in
            guard let words = adjectives[row[0]], let name = locale.localizedString(forRegionCode: row[1]),
                !row[6].isEmpty, !name.contains(" ")
            else { return nil }
            return Country(iso3: row[0], name: name, adjective: words.adjective, people: words.people, capital: row[6])
        }
        cities = try pack.rows("places-cities.tsv").map { $0[0] }.filter { !$0.hasPrefix("'") }
        people = try pack.rows("people.tsv").filter { $0[5].isEmpty }.map { Self.first($0[0]) }
        organisations = try pack.rows("actors.tsv").filter { ["igo", "ngo"].contains($0[2]) }.map { Self.first($0[0]) }
    }

    private static func first(_ list: String) -> String {
        String(list.split(separator: ",").first ?? "")
    }
}
