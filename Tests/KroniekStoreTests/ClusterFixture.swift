import KroniekCore

@testable import KroniekStore

/// Builds invented event mentions for the clustering tests: a consult by
/// France with Germany on 5 March 2020 unless a test says otherwise.
enum ClusterFixture {
    static func place(
        _ name: String, _ country: String?, _ precision: String, _ lat: Double? = nil, _ lon: Double? = nil
    )
        -> Location
    {
        Location(name: name, country: country, precision: precision, lat: lat, lon: lon)
    }

    static func item(
        _ id: String, article: String = "a1", cameo: String = "042", source: String? = "FRAGOV",
        target: String? = "DEUGOV", date: String? = "2020-03-05", basis: DateBasis = .text,
        modality: Modality = .asserted, place: Location? = nil, confidence: Double = 0.7,
        sentence: String = "De Franse president ontmoet de Duitse kanselier.", sources: [String] = [],
        outlet: String? = nil, published: String? = "2020-03-05"
    ) -> ClusterItem {
        let event = Event(
            id: id, sentence: 1, text: sentence, trigger: "ontmoet", cameo: cameo, plover: "CONSULT", quadClass: 1,
            goldstein: 1, source: source.map(actor), target: target.map(actor),
            date: EventDate(value: date, precision: date.flatMap(precision), basis: basis), modality: modality,
            location: place, confidence: confidence)
        return ClusterItem(
            event: event, articleID: article, outlet: outlet, sources: sources, sentence: sentence, published: published
        )
    }

    static func actor(_ code: String) -> ActorReference {
        let country = code.hasPrefix("IGO") || code.hasPrefix("NGO") ? nil : String(code.prefix(3))
        return ActorReference(code: code, country: country, name: nil)
    }

    /// The precision a TIMEX3 value is written in.
    static func precision(_ value: String) -> DatePrecision? {
        if value.contains("-W") { return .week }
        switch value.count {
        case 10: return .day
        case 7: return value.contains("-Q") ? .quarter : .month
        case 4: return .year
        default: return nil
        }
    }

    /// The partition of event ids the clusters make, for comparing runs.
    static func partition(_ clusters: [EventCluster]) -> Set<Set<String>> {
        Set(clusters.map { Set($0.eventIDs) })
    }

    /// A deterministic shuffle (SplitMix64) so runs can be repeated.
    static func shuffled<T>(_ items: [T], seed: UInt64) -> [T] {
        var state = seed
        var result = items
        for i in stride(from: result.count - 1, to: 0, by: -1) {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            z ^= z >> 31
            result.swapAt(i, Int(z % UInt64(i + 1)))
        }
        return result
    }
}
