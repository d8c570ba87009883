import KroniekCore
import KroniekPacks

/// How specific a place is: a whole country, a region of one, or a city.
public enum PlacePrecision: String, Sendable, Hashable, Comparable {
    case country, region, city

    /// Rank for ambiguous names: a country before a region before a city.
    var rank: Int {
        switch self {
        case .country: 0
        case .region: 1
        case .city: 2
        }
    }

    public static func < (a: PlacePrecision, b: PlacePrecision) -> Bool { a.rank < b.rank }
}

/// A known place: its name, country, point, precision and population.
public struct Place: Sendable, Hashable {
    public var name: String
    public var iso3: String
    public var lat: Double?
    public var lon: Double?
    public var precision: PlacePrecision
    /// Inhabitants for cities (to prefer the larger of two namesakes), else 0.
    public var population: Int

    public init(name: String, iso3: String, lat: Double?, lon: Double?, precision: PlacePrecision, population: Int = 0) {
        self.name = name
        self.iso3 = iso3
        self.lat = lat
        self.lon = lon
        self.precision = precision
        self.population = population
    }

    public var location: Location {
        Location(name: name, country: iso3, precision: precision.rawValue, lat: lat, lon: lon)
    }

    /// Whether `self` is preferred to `other` for the same name.
    func outranks(_ other: Place) -> Bool {
        precision != other.precision ? precision < other.precision : population > other.population
    }
}

/// Every place name of the pack, indexed by its folded tokens: countries
/// (ICU names and `places-countries.tsv`), regions (`places-regions.tsv`) and
/// cities (`gazetteer-geonames.tsv` with `places-cities*.tsv`).
///
/// Names are stored as token keys so that a sentence is matched with the same
/// tokenizer and folding that made the index: "Syrië" and "Syrie" meet.
public struct Gazetteer: Sendable {
    /// Folded token keys joined by a space -> the places of that name, best first.
    private var index: [String: [Place]] = [:]
    /// The most tokens any name has.
    public private(set) var longestName = 1
    /// The first word of every name of several words: a word that starts
    /// none is looked up alone.
    private var firstWords: Set<String> = []

    public init(pack: LanguagePack, countries: CountryTable) throws(PackError) {
        for (name, iso3) in countries.names(in: pack.language) {
            guard let country = countries.country(iso3: iso3) else { continue }
            let display = countries.name(of: iso3, in: pack.language) ?? name
            add(name, Place(name: display, iso3: iso3, lat: country.lat, lon: country.lon, precision: .country))
        }
        if pack.has("places-regions.tsv") {
            for row in try pack.rows("places-regions.tsv") {
                try row.require(5)
                guard let precision = PlacePrecision(rawValue: row[4]) else {
                    throw row.error("precision '\(row[4])' is not country, region or city")
                }
                guard countries.country(iso3: row[1]) != nil else { throw row.error("unknown country code '\(row[1])'") }
                let place = Place(name: row[0], iso3: row[1], lat: Double(row[2]), lon: Double(row[3]), precision: precision)
                add(row[0], place)
                for alias in row[5].split(separator: ";") { add(String(alias), place) }
            }
        }
        try addCities(pack: pack)
    }

    private mutating func addCities(pack: LanguagePack) throws(PackError) {
        // The pack's own city names (Dutch exonyms) point at GeoNames rows by name and
        // country: only those rows are kept aside for them.
        var namings: [PackRow] = []
        for file in ["places-cities.tsv", "places-cities-cldr.tsv"] where pack.has(file) { namings += try pack.rows(file) }
        let wanted = Set(namings.map { Self.key($0[1]) + "|" + $0[2] })
        var byName: [String: [Place]] = [:]
        for row in try pack.rows("gazetteer-geonames.tsv") {
            try row.require(6)
            guard let lat = Double(row[3]), let lon = Double(row[4]) else { throw row.error("coordinates are not numbers") }
            let place = Place(
                name: row[1], iso3: row[2], lat: lat, lon: lon, precision: .city, population: Int(row[5]) ?? 0)
            let key = Self.key(row[1])
            add(key: key, place)
            let named = key + "|" + row[2]
            if wanted.contains(named) { byName[named, default: []].append(place) }
        }
        for row in namings {
            try row.require(3)
            guard let cities = byName[Self.key(row[1]) + "|" + row[2]],
                let city = cities.max(by: { $0.population < $1.population })
            else { throw row.error("no city '\(row[1])' in \(row[2]) in gazetteer-geonames.tsv") }
            var named = city
            named.name = row[0]
            add(row[0], named, renaming: true)
        }
    }

    /// Whether some name of several words starts with the token key `word`.
    public func startsLongerName(_ word: String) -> Bool { firstWords.contains(word) }

    /// The places called `key` (folded token keys joined by spaces), best first.
    public func places(key: String) -> [Place] { index[key] ?? [] }

    /// The best place called `name`, e.g. "Moskou".
    public func place(named name: String) -> Place? { places(key: Self.key(name)).first }

    /// The index key of a name: its token keys joined by a space.
    static func key(_ name: String) -> String {
        // Names of letters and single spaces tokenize to their words; the
        // tokenizer, slower, handles the rest.
        let plain = name.utf8.allSatisfy { ($0 | 0x20) >= 0x61 && ($0 | 0x20) <= 0x7A || $0 == 0x20 }
        // (Checked on bytes: Foundation's `contains` was a fifth of the start-up.)
        let utf8 = name.utf8
        let spaced = utf8.first == 0x20 || utf8.last == 0x20 || zip(utf8, utf8.dropFirst()).contains { $0 == 0x20 && $1 == 0x20 }
        if !spaced, plain || name.allSatisfy({ $0.isLetter || $0 == " " }) {
            return Token.fold(name)
        }
        return Tokenizer.tokens(of: name).map(\.key).joined(separator: " ")
    }

    /// Adds `place` under `name`. The same place under the same key is kept
    /// once; `renaming` gives it this row's name ("Izmir" for GeoNames' "İzmir").
    private mutating func add(_ name: String, _ place: Place, renaming: Bool = false) {
        add(key: Self.key(name), place, renaming: renaming)
    }

    /// Adds `place` under an index key made by `key(_:)`.
    private mutating func add(key: String, _ place: Place, renaming: Bool = false) {
        guard !key.isEmpty else { return }
        // Changed in place: copying the array out and back cost a copy per row.
        let added = Self.insert(place, into: &index[key, default: []], renaming: renaming)
        if added && key.utf8.contains(0x20) {
            let words = key.split(separator: " ")
            longestName = max(longestName, words.count)
            firstWords.insert(String(words[0]))
        }
    }

    /// Puts `place` among `places` by rank unless the same place is there
    /// already; returns whether it was added.
    private static func insert(_ place: Place, into places: inout [Place], renaming: Bool) -> Bool {
        if let same = places.firstIndex(where: {
            $0.iso3 == place.iso3 && $0.precision == place.precision && $0.lat == place.lat && $0.lon == place.lon
        }) {
            if renaming { places[same].name = place.name }
            return false
        }
        let position = places.firstIndex { place.outranks($0) } ?? places.count
        places.insert(place, at: position)
        return true
    }
}
