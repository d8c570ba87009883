import Foundation
import KroniekCore

/// Decides whether two event mentions report the same real-world event.
///
/// Two mentions match when all of these hold:
/// - **Family**: their CAMEO codes fall in one family (`ClusteringOptions.families`:
///   18/19/20 together, 036 with 04, otherwise the root).
/// - **Polarity**: both are negated or neither is.
/// - **Actors**: the country prefixes (`TURGOV` -> `TUR`) agree role by role
///   where both are known, and at least one role agrees; in a symmetric family
///   (04, 05, 06) the roles may be crossed. Within one article an unknown
///   actor never conflicts, and no shared actor is needed. Two sources of
///   one country must be on the same side (state sectors or not) where both
///   have a sector.
/// - **Dates**: the day ranges overlap (a day inside its week or month
///   matches). Two text dates of different articles may lie `dayTolerance`
///   days apart (outlets date a night's events differently); within one
///   article, and for a date taken from the publication, there is no slack.
///   A date taken from the publication stands for the days before it
///   (report lag), or the days after it for a planned event. Within one
///   article, two mentions dated differently (one by the publication, or to
///   another precision) are one event when one restates the other (same
///   code, same parties), whatever their dates, or when a mention dated by
///   the publication has the same code as one dated to a day and their
///   days overlap; a month or year the article names is another event.
/// - **Places** (not for talks and statements, see `isPlacedByTopic`): countries agree when both are known; two cities (or two
///   regions) are one place only by name or within `samePlaceKilometres`; a
///   city and a region are compatible unless their coordinates lie further
///   apart than `regionReachKilometres`; a country holds all its places.
///
/// The rule is symmetric and reads nothing but the two mentions, which is
/// what makes clustering independent of order and exact when incremental.
public struct SameEventRule: Sendable {
    public let options: ClusteringOptions

    public init(options: ClusteringOptions = .init()) {
        self.options = options
    }

    public func matches(_ a: ClusterItem, _ b: ClusterItem) -> Bool {
        matches(EventProfile(a, options: options), EventProfile(b, options: options))
    }

    func matches(_ a: EventProfile, _ b: EventProfile) -> Bool {
        let sameArticle = a.item.articleID == b.item.articleID
        return a.family == b.family && a.negated == b.negated
            && datesAgree(a, b, sameArticle: sameArticle)
            && actorsAgree(a, b, sameArticle: sameArticle)
            && (Self.placeFree(a, b) || placesAgree(a.event.location, b.event.location))
    }

    func datesAgree(_ a: EventProfile, _ b: EventProfile, sameArticle: Bool) -> Bool {
        // One article dates its own events consistently: a mention it dates otherwise
        // (by the publication, or to another precision) is another event unless it restates this one.
        if sameArticle && (a.isDatedByPublication != b.isDatedByPublication || a.event.date.precision != b.event.date.precision) {
            if Self.restates(a, b) { return true }
            // An undated mention of the same act may still be the day's news the text dated.
            guard a.event.cameo == b.event.cameo, a.isDayOrPublication, b.isDayOrPublication else { return false }
        }
        guard let x = a.window, let y = b.window else { return sameArticle }
        // Slack is for outlets that date one event a day apart; one article's own
        // dates are consistent, and a window from the publication already spans the report lag.
        let tolerance = sameArticle || a.isDatedByPublication || b.isDatedByPublication ? 0 : options.dayTolerance
        return x.overlaps(y, tolerance: tolerance)
    }

    /// Within one article, a mention restates another when it has the same
    /// CAMEO code and the same two parties, sector for sector (a title and
    /// its lead, "de aanval" after the attack was told).
    static func restates(_ a: EventProfile, _ b: EventProfile) -> Bool {
        guard a.event.cameo == b.event.cameo, let s = a.event.source?.code, let t = a.event.target?.code else {
            return false
        }
        let (u, v) = (b.event.source?.code, b.event.target?.code)
        return (s == u && t == v) || (a.symmetric && s == v && t == u)
    }

    func actorsAgree(_ a: EventProfile, _ b: EventProfile, sameArticle: Bool) -> Bool {
        let direct = Self.sidesAgree(a.event.source, b.event.source) && Self.sidesAgree(a.event.target, b.event.target)
            && Self.rolesAgree((a.source, a.target), (b.source, b.target), sameArticle: sameArticle)
        guard !direct, a.symmetric else { return direct }
        return Self.sidesAgree(a.event.source, b.event.target) && Self.sidesAgree(a.event.target, b.event.source)
            && Self.rolesAgree((a.source, a.target), (b.target, b.source), sameArticle: sameArticle)
    }

    /// Two actors of one country on different sides (state or not) are
    /// different parties: the junta's demand is not the protesters', an
    /// attack on soldiers is not an attack on rebels.
    static func sidesAgree(_ x: ActorReference?, _ y: ActorReference?) -> Bool {
        guard let x, let y, x.code.prefix(3) == y.code.prefix(3), let p = side(x), let q = side(y) else { return true }
        return p == q
    }

    /// Talks and statements are placed by what they are about as often as
    /// where they happen ("overleg over de situatie in Idlib"); for them the
    /// dyad and the day decide, not the place. Material acts keep the place.
    static func placeFree(_ a: EventProfile, _ b: EventProfile) -> Bool {
        isPlacedByTopic(a.event.cameo) || isPlacedByTopic(b.event.cameo)
    }

    /// Statements, appeals, intents, diplomatic support, investigations,
    /// demands, reproaches, rejections, threats and consultations other than
    /// visits (042 travel and 043 hosting are placed by where they happen).
    static let topicPlacedRoots: Set<String> = ["01", "02", "03", "05", "09", "10", "11", "12", "13"]

    static func isPlacedByTopic(_ cameo: String) -> Bool {
        topicPlacedRoots.contains(String(cameo.prefix(2))) || (cameo.hasPrefix("04") && !cameo.hasPrefix("042") && !cameo.hasPrefix("043"))
    }

    /// Whether source and target are of one country.
    static func isInternal(_ p: EventProfile) -> Bool {
        p.source != nil && p.source == p.target
    }

    /// CAMEO sectors of the state: government, armed forces, police, intelligence, courts, parliament.
    static let stateSectors: Set<String> = ["GOV", "MIL", "COP", "SPY", "JUD", "LEG"]

    /// Which side of a country an actor is on, by its first sector
    /// (`MMRGOV`, `MMRMIL` -> state; `MMRCVL`, `MMROPP` -> not), when it has one.
    static func side(_ actor: ActorReference?) -> Bool? {
        guard let code = actor?.code, code.count >= 6, !code.hasPrefix("IGO"), !code.hasPrefix("NGO") else { return nil }
        return stateSectors.contains(String(code.dropFirst(3).prefix(3)))
    }

    /// No role known on both sides differs, and one role is known on both
    /// sides and equal (not needed within one article).
    static func rolesAgree(_ a: (String?, String?), _ b: (String?, String?), sameArticle: Bool) -> Bool {
        var shared = false
        for (x, y) in [(a.0, b.0), (a.1, b.1)] {
            guard let x, let y else { continue }
            if x != y { return false }
            shared = true
        }
        return shared || sameArticle
    }

    func placesAgree(_ a: Location?, _ b: Location?) -> Bool {
        guard let a, let b else { return true }
        if let x = a.country, let y = b.country, !x.isEmpty, !y.isEmpty, x.uppercased() != y.uppercased() {
            return false
        }
        let pa = a.precision.lowercased()
        let pb = b.precision.lowercased()
        if pa == "country" || pb == "country" { return true }
        let km = Self.kilometres(a, b)
        if pa != pb { return km.map { $0 <= options.regionReachKilometres } ?? true }
        if Self.fold(a.name) == Self.fold(b.name) { return true }
        return km.map { $0 <= options.samePlaceKilometres } ?? false
    }

    static func fold(_ name: String) -> String {
        name.folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil)
            .trimmingCharacters(in: .whitespaces)
    }

    /// Great-circle distance, when both places have coordinates.
    static func kilometres(_ a: Location, _ b: Location) -> Double? {
        guard let lat1 = a.lat, let lon1 = a.lon, let lat2 = b.lat, let lon2 = b.lon else { return nil }
        let radians = Double.pi / 180
        let dLat = (lat2 - lat1) * radians
        let dLon = (lon2 - lon1) * radians
        let h = pow(sin(dLat / 2), 2) + cos(lat1 * radians) * cos(lat2 * radians) * pow(sin(dLon / 2), 2)
        return 2 * 6371 * asin(min(1, sqrt(h)))
    }
}
