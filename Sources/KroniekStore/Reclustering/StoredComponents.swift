import Foundation
import KroniekCore

/// The connected groups of the same-event graph that a batch's new events
/// reach in a store, found by walking out from them through the store's
/// match keys instead of reading whole families.
///
/// Clustering is decided per connected group (`ClusterBuilder`), and a new
/// event can only join or merge the groups it links into; so rebuilding
/// exactly those groups gives what clustering the whole store would. Each
/// step loads only the events whose keys lie near the frontier's days (and
/// the other events of the frontier's articles), tests them with
/// `SameEventRule`, and goes on from the matches.
struct StoredComponents {
    /// Every event loaded: the new ones first, then the store's candidates.
    private(set) var graph: MatchGraph
    /// Store id of each profile in `graph`.
    private(set) var storeIDs: [Int64] = []
    /// The groups reached, each sorted by event id.
    private(set) var components: [[Int]] = []
    /// The neighbours of every member of `components`.
    private(set) var neighbours: [Int: Set<Int>] = [:]
    /// Whether each loaded stored event is in a stored cluster (new events: true).
    private var clustered: [Bool] = []
    private var indexOfStoreID: [Int64: Int] = [:]
    private var indexOfEventID: [String: Int] = [:]

    /// Why a walk gives up, leaving the families to be clustered whole.
    enum Shortfall: Error {
        /// Two events share an event id, which clustering counts once.
        case repeatedEventID
        /// A stored event the batch reaches is in no cluster: the stored
        /// clusters do not describe its group.
        case unclusteredEvent
    }

    /// Walks out from `new` (the batch's events, stored and keyed already,
    /// their articles new to the store).
    init(
        from new: [(storeID: Int64, item: ClusterItem)], builder: ClusterBuilder, tables: some ClusterTables
    ) throws {
        graph = MatchGraph(profiles: [], rule: SameEventRule(options: builder.options))
        for (storeID, item) in new {
            try add(EventProfile(item, options: builder.options), storeID: storeID, clustered: true)
        }
        var probedArticles = Set(new.map(\.item.articleID))
        var frontier = Array(graph.profiles.indices)
        var reached = Set(frontier)
        let decoder = JSONDecoder()
        while !frontier.isEmpty {
            let probes = Set(frontier.flatMap { MatchProbe.probes(of: graph.profiles[$0], options: builder.options) })
            let articles = Set(frontier.map { graph.profiles[$0].item.articleID }).subtracting(probedArticles)
            probedArticles.formUnion(articles)
            var found: Set<Int64> = []
            for statement in MatchKeySQL.candidates(Array(probes)) + MatchKeySQL.events(ofArticles: articles.sorted()) {
                found.formUnion(try tables.integers(statement))
            }
            let unknown = found.filter { indexOfStoreID[$0] == nil }.sorted()
            for statement in MatchKeySQL.events(storeIDs: unknown) {
                for row in try tables.eventRows(statement) {
                    let profile = EventProfile(try row.item(decoder), options: builder.options)
                    try add(profile, storeID: row.storeID, clustered: row.clustered)
                }
            }
            var next: [Int] = []
            for i in frontier {
                let linked = graph.neighbours(of: i)
                neighbours[i] = linked
                for j in linked.sorted() where !reached.contains(j) {
                    if !clustered[j] { throw Shortfall.unclusteredEvent }
                    reached.insert(j)
                    next.append(j)
                }
            }
            frontier = next
        }
        components = Partition.groups(of: reached.sorted(), neighbours: neighbours).map { component in
            component.sorted { graph.profiles[$0].event.id < graph.profiles[$1].event.id }
        }
    }

    /// Store ids of the events in `components`.
    var reachedStoreIDs: [Int64] { components.joined().map { storeIDs[$0] } }

    /// The clusters of `components`.
    func clusters(by builder: ClusterBuilder) -> [EventCluster] {
        builder.clusters(ofComponents: components, profiles: graph.profiles, neighbours: neighbours)
    }

    /// Store id by event id of the events in `components`.
    var storeIDsByEventID: [String: Int64] {
        Dictionary(uniqueKeysWithValues: components.joined().map { (graph.profiles[$0].event.id, storeIDs[$0]) })
    }

    private mutating func add(_ profile: EventProfile, storeID: Int64, clustered: Bool) throws {
        if indexOfEventID[profile.event.id] != nil { throw Shortfall.repeatedEventID }
        let i = graph.add(profile)
        storeIDs.append(storeID)
        self.clustered.append(clustered)
        indexOfStoreID[storeID] = i
        indexOfEventID[profile.event.id] = i
    }
}
