import Foundation
import KroniekCore

/// Invented articles whose events match each other often and in every way
/// clustering knows: few countries and days, dates by day, week, month,
/// year or only the publication, planned and negated events, restated
/// events within one article. The same seed gives the same articles.
enum MatchingCorpus {
    static let cameos = ["040", "042", "036", "190", "193", "195", "141", "173", "111"]
    static let actors: [String?] = ["FRAGOV", "DEUGOV", "TURMIL", "SYRMIL", "SYR", "RUSCOP", "RUSOPP", "IGOUNO", nil]
    static let dates: [(String?, DatePrecision?, DateBasis)] = [
        ("2020-03-04", .day, .text), ("2020-03-05", .day, .text), ("2020-03-06", .day, .text),
        ("2020-03-09", .day, .text), ("2020-W10", .week, .text), ("2020-03", .month, .text), ("2020", .year, .text),
        ("2020-03-05", .day, .publication), (nil, nil, .unknown),
    ]
    static let places: [Location?] = [
        Location(name: "Berlijn", country: "DEU", precision: "city", lat: 52.52, lon: 13.40),
        Location(name: "Aleppo", country: "SYR", precision: "city", lat: 36.20, lon: 37.16),
        Location(name: "Syrië", country: "SYR", precision: "country", lat: nil, lon: nil), nil, nil,
    ]
    static let sentences = [
        "De Franse president ontmoette de Duitse kanselier in Berlijn voor overleg over de defensie van Europa.",
        "Turkse troepen beschoten Syrische stellingen bij Aleppo.",
        "De politie pakte honderden betogers op.",
    ]

    /// `count` articles of one to four events each.
    static func articles(count: Int, seed: UInt64) -> [ExtractedArticle] {
        var random = SplitMix(state: seed)
        return (0..<count).map { n in
            let id = String(format: "g%03d", n)
            let published = "2020-03-\(String(format: "%02d", 4 + random.next(4)))"
            let events = (0..<(1 + random.next(4))).map { k in
                let (value, precision, basis) = dates[random.next(dates.count)]
                let modality: Modality = [.asserted, .asserted, .asserted, .planned, .negated][random.next(5)]
                let text = sentences[random.next(sentences.count)]
                return Event(
                    id: "\(id)-\(k)", sentence: k + 1, text: text, trigger: "trigger", cameo: cameos[random.next(cameos.count)],
                    plover: "CONSULT", quadClass: 1, goldstein: 1, source: actor(actors[random.next(actors.count)]),
                    target: actor(actors[random.next(actors.count)]),
                    date: EventDate(value: value, precision: precision, basis: basis), modality: modality,
                    location: places[random.next(places.count)], confidence: Double(random.next(10)) / 10)
            }
            let article = Article(
                id: id, file: "\(id).txt", title: "Artikel \(id)", published: published,
                url: "https://example.org/\(id)", outlet: ["krant.example", "blad.example", "omroep.example"][n % 3],
                sources: n % 4 == 0 ? ["ANP"] : [], paragraphs: events.map(\.text))
            return ExtractedArticle(
                article: article,
                sentences: events.enumerated().map { Sentence(index: $0 + 1, text: $1.text, paragraph: 0) },
                events: events)
        }
    }

    static func actor(_ code: String?) -> ActorReference? {
        code.map { ActorReference(code: $0, country: $0.hasPrefix("IGO") ? nil : String($0.prefix(3)), name: nil) }
    }

    /// SplitMix64, for repeatable choices.
    struct SplitMix {
        var state: UInt64

        mutating func next(_ below: Int) -> Int {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            z ^= z >> 31
            return Int(z % UInt64(below))
        }
    }
}
