import KroniekCore

/// Groups event mentions from many articles into clusters of the same
/// real-world event, the same way whatever the order and whether the
/// mentions arrive at once or article by article.
///
/// Mentions are linked by `SameEventRule`. Within each connected group of
/// links, clusters form in two steps so that one vague mention cannot chain
/// two distinct events together:
/// 1. **Anchors** (both actors known, a day named in the text) cluster by
///    their links among themselves.
/// 2. Every other mention joins the anchor cluster it links to when there is
///    exactly one; mentions linking to none, or to several, cluster by
///    their links among themselves.
///
/// Everything depends only on the set of mentions (ties break on event ids),
/// so clustering is order-independent, and a new article can only change
/// the connected groups its mentions link into, which is all `adding`
/// recomputes.
///
/// ```swift
/// let builder = ClusterBuilder()
/// var clusters = builder.clusters(of: stored)
/// clusters = builder.adding(ClusterItem.items(of: extracted), to: clusters, all: stored)
/// ```
public struct ClusterBuilder: Sendable {
    public let options: ClusteringOptions

    public init(options: ClusteringOptions = .init()) {
        self.options = options
    }

    /// The clusters of `items`, sorted by id. Items with the same event id
    /// count once.
    public func clusters(of items: [ClusterItem]) -> [EventCluster] {
        let graph = graph(of: items)
        let (components, neighbours) = graph.components(reaching: Array(graph.profiles.indices))
        return clusters(ofComponents: components, profiles: graph.profiles, neighbours: neighbours)
    }

    /// The clusters of `all` plus `new`, given `existing` = `clusters(of: all)`:
    /// only the groups that the new mentions link into are recomputed; the
    /// other existing clusters are kept as they are. The result equals
    /// `clusters(of: all + new)`. `all` may already hold the new items, and
    /// may be cut down to the items of the new items' families (clusters
    /// never cross a family), which is all this reads of it.
    public func adding(_ new: [ClusterItem], to existing: [EventCluster], all: [ClusterItem]) -> [EventCluster] {
        let newIDs = Set(new.map(\.event.id))
        let families = Set(new.map { options.family(ofCameo: $0.event.cameo) })
        let related = all.filter {
            !newIDs.contains($0.event.id) && families.contains(options.family(ofCameo: $0.event.cameo))
        }
        let graph = graph(of: related + new)
        let seeds = graph.profiles.indices.filter { newIDs.contains(graph.profiles[$0].event.id) }
        let (components, neighbours) = graph.components(reaching: seeds)
        let touched = Set(components.joined().map { graph.profiles[$0].event.id })
        let kept = existing.filter { cluster in !cluster.eventIDs.contains(where: touched.contains) }
        let fresh = clusters(ofComponents: components, profiles: graph.profiles, neighbours: neighbours)
        return (kept + fresh).sorted { $0.id < $1.id }
    }

    /// The graph over `items`, one profile per event id, in event id order.
    private func graph(of items: [ClusterItem]) -> MatchGraph {
        var byID: [String: ClusterItem] = [:]
        for item in items {
            if let held = byID[item.event.id], held.articleID <= item.articleID { continue }
            byID[item.event.id] = item
        }
        let profiles = byID.keys.sorted().map { EventProfile(byID[$0]!, options: options) }
        return MatchGraph(profiles: profiles, rule: SameEventRule(options: options))
    }

    /// The clusters of whole connected groups of `profiles` (indices), given
    /// the neighbours of every member, sorted by id. Both the in-memory
    /// graph and a store's walk from new events (`StoredComponents`) end here.
    func clusters(ofComponents components: [[Int]], profiles: [EventProfile], neighbours: [Int: Set<Int>])
        -> [EventCluster]
    {
        components.flatMap { cluster($0, profiles: profiles, neighbours: neighbours) }.sorted { $0.id < $1.id }
    }

    /// The clusters of one connected group: anchors first, then the rest.
    private func cluster(_ component: [Int], profiles: [EventProfile], neighbours: [Int: Set<Int>]) -> [EventCluster] {
        let anchors = component.filter { profiles[$0].isAnchor }
        var anchorGroups = Partition.groups(of: anchors, neighbours: neighbours)
        var groupOf: [Int: Int] = [:]
        for (g, members) in anchorGroups.enumerated() {
            for m in members { groupOf[m] = g }
        }
        var loose: [Int] = []
        for i in component where !profiles[i].isAnchor {
            let linked = Set(neighbours[i, default: []].compactMap { groupOf[$0] })
            if linked.count == 1, let g = linked.first {
                anchorGroups[g].append(i)
            } else {
                loose.append(i)
            }
        }
        let wire = WireCopy(options: options)
        return (anchorGroups + Partition.groups(of: loose, neighbours: neighbours)).map { members in
            EventCluster(members: members.map { profiles[$0] }, wire: wire)
        }
    }
}
