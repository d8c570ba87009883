import Foundation
import KroniekCore

/// Brings a store's clusters up to date after a batch is written, inside
/// the batch's transaction, the same way on SQLite and PostgreSQL.
///
/// The usual batch (new articles, keys current) rebuilds only the groups
/// its events reach (`StoredComponents`), so its cost follows the batch,
/// not the store. The families a batch touches are clustered whole, as
/// before match keys existed, when:
/// - the batch replaces stored articles (their old events leave groups,
///   which can split them);
/// - the keys are missing (a store from before them) or were written with
///   other clustering options: all keys are rewritten first, once;
/// - a reached stored event is in no cluster, or an event id repeats.
/// Either way the result equals `ClusterBuilder.clusters(of:)` over every
/// stored event of those families.
struct Reclustering {
    let builder: ClusterBuilder
    let createdAt: String

    /// `new`: the batch's events with their store ids; `replaced`: the
    /// families of the stored events the batch replaced (already deleted).
    func run(new: [(storeID: Int64, item: ClusterItem)], replaced: Set<String>, in tables: some ClusterTables) throws {
        let options = builder.options
        let families = replaced.union(new.map { options.family(ofCameo: $0.item.event.cameo) })
        let signature = options.matchKeySignature
        var keyed = try tables.texts(MatchKeySQL.signature) == [signature]
        if !keyed {
            try tables.lockMatchKeys()
            keyed = try tables.texts(MatchKeySQL.signature) == [signature]
        }
        if keyed {
            try writeKeys(of: new, in: tables)
        } else {
            try rewriteAllKeys(signature: signature, in: tables)
        }
        if families.isEmpty { return }
        if keyed && replaced.isEmpty {
            do {
                let reached = try StoredComponents(from: new, builder: builder, tables: tables)
                for statement in MatchKeySQL.deleteClusters(holding: reached.reachedStoreIDs) {
                    try tables.execute(statement)
                }
                try tables.insert(reached.clusters(by: builder), storeIDs: reached.storeIDsByEventID, createdAt: createdAt)
                return
            } catch is StoredComponents.Shortfall {}
        }
        try reclusterWhole(families, in: tables)
    }

    /// Clusters `families` from all their stored events and replaces every
    /// stored cluster of them.
    private func reclusterWhole(_ families: Set<String>, in tables: some ClusterTables) throws {
        let stored = try tables.clusterItems(families: families, options: builder.options)
        let clusters = builder.clusters(of: stored.map(\.item))
        try tables.deleteClusters(families: families)
        let storeIDs = Dictionary(stored.map { ($0.item.event.id, $0.storeID) }, uniquingKeysWith: min)
        try tables.insert(clusters.filter { families.contains($0.family) }, storeIDs: storeIDs, createdAt: createdAt)
    }

    private func writeKeys(of events: [(storeID: Int64, item: ClusterItem)], in tables: some ClusterTables) throws {
        let keys = events.flatMap { event in
            MatchKey.keys(of: EventProfile(event.item, options: builder.options)).map { (event.storeID, $0) }
        }
        for statement in MatchKeySQL.insert(keys) { try tables.execute(statement) }
    }

    /// Rewrites the keys of every stored event under `signature`.
    private func rewriteAllKeys(signature: String, in tables: some ClusterTables) throws {
        try tables.execute(MatchKeySQL.deleteAllKeys)
        let decoder = JSONDecoder()
        let events = try tables.eventRows(MatchKeySQL.allEvents).map { ($0.storeID, try $0.item(decoder)) }
        try writeKeys(of: events, in: tables)
        for statement in MatchKeySQL.setSignature(signature) { try tables.execute(statement) }
    }
}
