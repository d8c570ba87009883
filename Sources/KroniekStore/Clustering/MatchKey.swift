/// Where a stored event is filed so that a store finds the events it may
/// match without reading its whole family: one key per country of its
/// actors, with its family, span class and the days it may fall on.
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

    /// The keys of one event: none when it has no window (such an event
    /// matches only within its own article).
    static func keys(of profile: EventProfile) -> [MatchKey] {
        guard let window = profile.window else { return [] }
        let span = MatchGraph.spanClass(of: window)
        return profile.countries.sorted().map {
            MatchKey(family: profile.family, country: $0, span: span, dayFrom: window.lower, dayTo: window.upper)
        }
    }
}

/// A range of stored match keys that may hold an event matching a given
/// one: same family and country, one span class, first day late enough for
/// that class's longest window to reach the event, and no later than its
/// last day (both with `dayTolerance` of slack).
struct MatchProbe: Sendable, Hashable {
    var family: String
    var country: String
    var span: Int
    var dayFromAtLeast: Int
    var dayFromAtMost: Int
    var dayToAtLeast: Int

    /// Far enough back for the open-ended last span class.
    static let earliest = -1_000_000_000

    /// The probes covering every cross-article match of `profile`; none
    /// when it has no window.
    static func probes(of profile: EventProfile, tolerance: Int) -> [MatchProbe] {
        guard let window = profile.window else { return [] }
        return profile.countries.sorted().flatMap { country in
            MatchGraph.spans.indices.map { span in
                let longest = MatchGraph.spans[span]
                return MatchProbe(
                    family: profile.family, country: country, span: span,
                    dayFromAtLeast: longest == Int.max ? earliest : window.lower - longest - tolerance,
                    dayFromAtMost: window.upper + tolerance, dayToAtLeast: window.lower - tolerance)
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
        return "keys 1; families \(families); lag \(publicationLag); horizon \(plannedHorizon); spans \(spans)"
    }
}
