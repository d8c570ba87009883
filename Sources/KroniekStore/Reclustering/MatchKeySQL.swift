/// The statements of incremental reclustering, shared by the SQLite and
/// PostgreSQL stores: the match key table, the key signature, loading
/// events to compare, and dropping the clusters a batch rebuilds.
///
/// Lists go in `IN (...)` chunks of `StoreStatement.chunk`, which both
/// engines read alike.
enum MatchKeySQL {
    /// The signature the stored keys were written under (no row: never keyed).
    static let signature = StoreStatement(sql: "SELECT signature FROM matchKeyOptions", arguments: [])

    /// Replaces the signature.
    static func setSignature(_ signature: String) -> [StoreStatement] {
        [
            StoreStatement(sql: "DELETE FROM matchKeyOptions", arguments: []),
            StoreStatement(sql: "INSERT INTO matchKeyOptions (signature) VALUES (?)", arguments: [.text(signature)]),
        ]
    }

    static let deleteAllKeys = StoreStatement(sql: "DELETE FROM matchKeys", arguments: [])

    /// Inserts the keys of events, by store id.
    static func insert(_ keys: [(storeID: Int64, key: MatchKey)]) -> [StoreStatement] {
        stride(from: 0, to: keys.count, by: StoreStatement.chunk).map { start in
            let rows = keys[start..<min(start + StoreStatement.chunk, keys.count)]
            return StoreStatement(
                sql: "INSERT INTO matchKeys (eventId, family, country, span, dayFrom, dayTo) VALUES "
                    + rows.map { _ in "(?, ?, ?, ?, ?, ?)" }.joined(separator: ", "),
                arguments: rows.flatMap { row -> [StoreStatement.Argument] in
                    [
                        .integer(Int(row.storeID)), .text(row.key.family), .text(row.key.country), .integer(row.key.span),
                        .integer(row.key.dayFrom), .integer(row.key.dayTo),
                    ]
                })
        }
    }

    /// Store ids of the events with a key in any of `probes`.
    static func candidates(_ probes: [MatchProbe]) -> [StoreStatement] {
        let chunk = StoreStatement.chunk / 4
        return stride(from: 0, to: probes.count, by: chunk).map { start in
            let part = probes[start..<min(start + chunk, probes.count)]
            return StoreStatement(
                sql: "SELECT eventId FROM matchKeys WHERE "
                    + part.map { _ in "(family = ? AND country = ? AND span = ? AND dayFrom BETWEEN ? AND ? AND dayTo >= ?)" }
                    .joined(separator: " OR "),
                arguments: part.flatMap { probe -> [StoreStatement.Argument] in
                    [
                        .text(probe.family), .text(probe.country), .integer(probe.span), .integer(probe.dayFromAtLeast),
                        .integer(probe.dayFromAtMost), .integer(probe.dayToAtLeast),
                    ]
                })
        }
    }

    /// Store ids of the events of `articleIDs`.
    static func events(ofArticles articleIDs: [String]) -> [StoreStatement] {
        chunked(articleIDs.map { .text($0) }) { "SELECT id FROM events WHERE articleId IN (\($0))" }
    }

    /// The columns `ClusterTables.eventRows` reads, in order: store id,
    /// event JSON, article id, outlet, sources JSON, published, and whether
    /// the event is in a cluster.
    static let eventColumns = """
        SELECT e.id, e.json, a.id AS articleId, a.outlet, a.sources, a.published,
          EXISTS (SELECT 1 FROM clusterEvents ce JOIN clusters c ON c.id = ce.clusterId
                  WHERE ce.eventId = e.id AND c.key IS NOT NULL) AS clustered
        FROM events e JOIN articles a ON a.id = e.articleId
        """

    /// The events with these store ids, as `eventColumns`.
    static func events(storeIDs: [Int64]) -> [StoreStatement] {
        chunked(storeIDs.map { .integer(Int($0)) }) { "\(eventColumns) WHERE e.id IN (\($0))" }
    }

    /// Every stored event, as `eventColumns`, in store id order.
    static let allEvents = StoreStatement(sql: "\(eventColumns) ORDER BY e.id", arguments: [])

    /// Deletes every cluster holding one of these events (store ids).
    static func deleteClusters(holding storeIDs: [Int64]) -> [StoreStatement] {
        chunked(storeIDs.map { .integer(Int($0)) }) {
            "DELETE FROM clusters WHERE id IN (SELECT clusterId FROM clusterEvents WHERE eventId IN (\($0)))"
        }
    }

    /// One statement per chunk of `values`, each made by `sql` from its marks.
    private static func chunked(_ values: [StoreStatement.Argument], _ sql: (String) -> String) -> [StoreStatement] {
        stride(from: 0, to: values.count, by: StoreStatement.chunk).map { start in
            let part = Array(values[start..<min(start + StoreStatement.chunk, values.count)])
            return StoreStatement(sql: sql(StoreStatement.marks(part.count)), arguments: part)
        }
    }
}
