import KroniekCore

/// Places an event, as specific as the text allows: the locative place in
/// its sentence nearest the trigger; else the place of the previous two
/// sentences of its paragraph; for a visit, its destination; else the
/// article's scene (the country its located mentions and dateline point to
/// most); else the target's country.
struct EventPlacer {
    let countries: CountryTable
    let roles: CameoRoles
    let language: String
    /// The country most located mentions of the article fall in.
    let scene: Location?
    private var last: (location: Location, sentence: Int, paragraph: Int)?

    init(places: [[PlaceMention]], countries: CountryTable, roles: CameoRoles, language: String) {
        self.countries = countries
        self.roles = roles
        self.language = language
        var counts: [String: Int] = [:]
        var order: [String] = []
        for sentencePlaces in places {
            for place in sentencePlaces where place.isLocative {
                guard let country = place.location.country else { continue }
                if counts[country] == nil { order.append(country) }
                counts[country, default: 0] += 1
            }
        }
        let best = order.max { counts[$0]! < counts[$1]! || (counts[$0]! == counts[$1]! && order.firstIndex(of: $0)! > order.firstIndex(of: $1)!) }
        var scene: Location?
        if let best { scene = Self.countryLocation(best, countries: countries, language: language) }
        self.scene = scene
    }

    func location(
        for trigger: Trigger, code: String, source: Actor?, target: Actor?, in view: ClauseView, places: [PlaceMention]
    ) -> Location? {
        let sentence = view.sentence
        let head = sentence.tokens[trigger.token].start
        let locative = places.filter(\.isLocative)
        // "Zij onderhandelt daar met ...": "er"/"daar" before the trigger points to the place named before.
        let clause = view.range(ofClause: view.clause(of: trigger.token))
        let pointsBack = clause.contains { $0 < trigger.token && view.words.contains(sentence.tokens[$0].key, .locativeAnaphor) }
        if pointsBack, let last, last.paragraph == sentence.sentence.paragraph, sentence.index - last.sentence <= 2 {
            return last.location
        }
        if let nearest = locative.min(by: { abs($0.start - head) < abs($1.start - head) }) { return nearest.location }
        if let last, last.paragraph == sentence.sentence.paragraph, sentence.index - last.sentence <= 2 { return last.location }
        // A visit takes place at its destination; a host receives at home.
        if roles.code(code, is: .visit), let country = target?.country {
            return Self.countryLocation(country, countries: countries, language: language)
        }
        if roles.code(code, is: .hosting), let country = source?.country {
            return Self.countryLocation(country, countries: countries, language: language)
        }
        if let scene { return scene }
        if let country = target?.country { return Self.countryLocation(country, countries: countries, language: language) }
        return nil
    }

    /// Keeps the place a sentence's events happen at for the next sentences
    /// ("reist naar Oslo. Zij overlegt daar met ..."), unless it is only the scene.
    mutating func remember(_ sentence: AnalyzedSentence, places: [PlaceMention], eventPlace: Location?) {
        if let place = places.last(where: \.isLocative) {
            last = (place.location, sentence.index, sentence.sentence.paragraph)
        } else if let eventPlace, eventPlace != scene {
            last = (eventPlace, sentence.index, sentence.sentence.paragraph)
        }
    }

    static func countryLocation(_ iso3: String, countries: CountryTable, language: String) -> Location? {
        guard let country = countries.country(iso3: iso3) else { return nil }
        return Location(
            name: countries.name(of: iso3, in: language) ?? country.englishName, country: iso3, precision: "country",
            lat: country.lat, lon: country.lon)
    }
}
