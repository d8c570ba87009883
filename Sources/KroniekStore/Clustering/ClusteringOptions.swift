/// The thresholds and CAMEO groupings that decide when two event mentions
/// report the same real-world event.
///
/// They are CAMEO and calendar facts, not language knowledge, so they live
/// here rather than in a language pack; a caller can change any of them.
public struct ClusteringOptions: Sendable, Hashable {
    /// CAMEO code prefixes that share a family, longest prefix first wins; a
    /// code matching none is its own root. By default 18, 19 and 20 (assault,
    /// fight, mass violence) are one family, and 036 (express intent to meet)
    /// joins 04 (consult), so a planned meeting meets its later report.
    public var families: [String: String]
    /// Families whose two parties act on each other (consult, diplomatic and
    /// material cooperation): actors match in either order.
    public var symmetricFamilies: Set<String>
    /// How many days two dates may lie apart and still match (reports lag).
    public var dayTolerance: Int
    /// Days before the publication date that an event dated only by its
    /// publication may have happened.
    public var publicationLag: Int
    /// Days after the publication date that a planned event without a date
    /// of its own may take place.
    public var plannedHorizon: Int
    /// Two places (city or region) closer than this are the same place.
    public var samePlaceKilometres: Double
    /// A city and a region further apart than this cannot hold each other.
    public var regionReachKilometres: Double
    /// Words per shingle when comparing event sentences for wire copy.
    public var shingleSize: Int
    /// Jaccard similarity of shingles at or above which two sentences are the
    /// same agency copy.
    public var wireCopySimilarity: Double
    /// Jaccard similarity at or above which two sentences are one copy even
    /// when no shared agency is named (outlets drop agency lines); nil
    /// requires a shared agency always.
    public var verbatimSimilarity: Double?
    /// Words each sentence needs before `verbatimSimilarity` applies, so
    /// that short formulaic sentences do not pass for copies.
    public var verbatimWords: Int

    public init(
        families: [String: String] = ["18": "18-20", "19": "18-20", "20": "18-20", "036": "04"],
        symmetricFamilies: Set<String> = ["04", "05", "06"],
        dayTolerance: Int = 1, publicationLag: Int = 2, plannedHorizon: Int = 14,
        samePlaceKilometres: Double = 15, regionReachKilometres: Double = 250,
        shingleSize: Int = 2, wireCopySimilarity: Double = 0.6, verbatimSimilarity: Double? = 0.9,
        verbatimWords: Int = 10
    ) {
        self.families = families
        self.symmetricFamilies = symmetricFamilies
        self.dayTolerance = dayTolerance
        self.publicationLag = publicationLag
        self.plannedHorizon = plannedHorizon
        self.samePlaceKilometres = samePlaceKilometres
        self.regionReachKilometres = regionReachKilometres
        self.shingleSize = shingleSize
        self.wireCopySimilarity = wireCopySimilarity
        self.verbatimSimilarity = verbatimSimilarity
        self.verbatimWords = verbatimWords
    }

    /// The family of a CAMEO code: the longest prefix in `families`, else the
    /// root (first two digits).
    public func family(ofCameo code: String) -> String {
        var prefix = code
        while prefix.count > 2 {
            if let family = families[prefix] { return family }
            prefix.removeLast()
        }
        let root = String(code.prefix(2))
        return families[root] ?? root
    }
}

extension ClusteringOptions {
    /// The CAMEO roots (two digits) whose codes may fall in `families`,
    /// sorted: what a store filters its events by before clustering them.
    func cameoRoots(of families: Set<String>) -> [String] {
        var roots = Set((0...20).map { $0 < 10 ? "0\($0)" : "\($0)" }.filter { families.contains(family(ofCameo: $0)) })
        for (prefix, family) in self.families where families.contains(family) { roots.insert(String(prefix.prefix(2))) }
        return roots.sorted()
    }
}
