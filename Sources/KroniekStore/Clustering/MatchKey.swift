/// Where a stored event is filed so that a store finds the events it may
/// match without reading its whole family: one key per country of its
/// actors, with its family, span class and the days it may fall on, and
/// its polarity and actor countries so that most events that cannot match
/// are passed over without being read.
///
/// These are the country buckets of `MatchGraph` as rows: a store keeps
/// them in an indexed table and reads back only the keys near a new
/// event's days (`MatchProbe`), which keeps each batch's reclustering
/// proportional to what the batch reaches, not to the store.
struct MatchKey: Sendable, Hashable {
    var family: String
    var country: String
    /// Index into `MatchGraph.spans`.
    var span: Int
    /// The window's first and last day, as days since 1970-01-01.
    var dayFrom: Int
    var dayTo: Int
    var negated: Bool
    /// Country prefixes of the source and target; empty when unknown.
    var source: String
    var target: String

    /// The keys of one event: none when it has no window (such an event
    /// matches only within its own article).
    static func keys(of profile: EventProfile) -> [MatchKey] {
        guard let window = profile.window else { return [] }
        let span = MatchGraph.spanClass(of: window)
        return profile.countries.sorted().map {
            MatchKey(
                family: profile.family, country: $0, span: span, dayFrom: window.lower, dayTo: window.upper,
                negated: profile.negated, source: profile.source ?? "", target: profile.target ?? "")
        }
    }
}

/// A range of stored match keys that may hold an event matching a given
/// one: same family, country and polarity, one span class, first day late
/// enough for that class's longest window to reach the event, and no later
/// than its last day (both with `dayTolerance` of slack), and actors that
/// do not conflict role by role (in either order for a symmetric family),
/// as `SameEventRule` requires across articles.
struct MatchProbe: Sendable, Hashable {
    var family: String
    var country: String
    var span: Int
    var dayFromAtLeast: Int
    var dayFromAtMost: Int
    var dayToAtLeast: Int
    var negated: Bool
    /// The event's source and target country prefixes, when known.
    var source: String?
    var target: String?
    /// Whether the roles may also match crossed (a symmetric family).
    var crossed: Bool

    /// Whether `key` lies in this probe's range: what the store's query
    /// selects (`MatchKeySQL.candidates`).
    func admits(_ key: MatchKey) -> Bool {
        func fits(_ mine: String?, _ theirs: String) -> Bool { mine == nil || theirs.isEmpty || mine == theirs }
        let direct = fits(source, key.source) && fits(target, key.target)
        let roles = direct || (crossed && fits(source, key.target) && fits(target, key.source))
        return key.family == family && key.country == country && key.span == span && key.negated == negated
            && (dayFromAtLeast...dayFromAtMost).contains(key.dayFrom) && key.dayTo >= dayToAtLeast && roles
    }

    /// Far enough back for the open-ended last span class.
    static let earliest = -1_000_000_000

    /// The probes covering every cross-article match of `profile`; none
    /// when it has no window.
    static func probes(of profile: EventProfile, options: ClusteringOptions) -> [MatchProbe] {
        guard let window = profile.window else { return [] }
        let tolerance = options.dayTolerance
        return profile.countries.sorted().flatMap { country in
            MatchGraph.spans.indices.map { span in
                let longest = MatchGraph.spans[span]
                return MatchProbe(
                    family: profile.family, country: country, span: span,
                    dayFromAtLeast: longest == Int.max ? earliest : window.lower - longest - tolerance,
                    dayFromAtMost: window.upper + tolerance, dayToAtLeast: window.lower - tolerance,
                    negated: profile.negated, source: profile.source, target: profile.target,
                    crossed: profile.symmetric)
            }
        }
    }
}

extension ClusteringOptions {
    /// What match keys depend on: the family mapping, the windows of dates
    /// taken from the publication, and the span classes. Keys written under
    /// another signature are rewritten before they are used.
    var matchKeySignature: String {
        let families = self.families.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: ",")
        let spans = MatchGraph.spans.map(String.init).joined(separator: ",")
        return "keys 2; families \(families); lag \(publicationLag); horizon \(plannedHorizon); spans \(spans)"
    }
}
