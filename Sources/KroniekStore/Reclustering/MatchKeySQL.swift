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
        let chunk = StoreStatement.chunk / 2
        return stride(from: 0, to: keys.count, by: chunk).map { start in
            let rows = keys[start..<min(start + chunk, keys.count)]
            return StoreStatement(
                sql: "INSERT INTO matchKeys (eventId, family, country, span, dayFrom, dayTo, negated, source, target) VALUES "
                    + rows.map { _ in "(?, ?, ?, ?, ?, ?, ?, ?, ?)" }.joined(separator: ", "),
                arguments: rows.flatMap { row -> [StoreStatement.Argument] in
                    let key = row.key
                    return [
                        .integer(Int(row.storeID)), .text(key.family), .text(key.country), .integer(key.span),
                        .integer(key.dayFrom), .integer(key.dayTo), .integer(key.negated ? 1 : 0), .text(key.source),
                        .text(key.target),
                    ]
                })
        }
    }

    /// Store ids of the events with a key in any of `probes` (see
    /// `MatchProbe.admits`, which this selects).
    static func candidates(_ probes: [MatchProbe]) -> [StoreStatement] {
        let chunk = StoreStatement.chunk / 8
        return stride(from: 0, to: probes.count, by: chunk).map { start in
            var terms: [String] = []
            var arguments: [StoreStatement.Argument] = []
            for probe in probes[start..<min(start + chunk, probes.count)] {
                let (roles, values) = roleCondition(probe)
                terms.append(
                    "(family = ? AND country = ? AND span = ? AND dayFrom BETWEEN ? AND ? AND dayTo >= ? AND negated = ?\(roles))")
                arguments += [
                    .text(probe.family), .text(probe.country), .integer(probe.span), .integer(probe.dayFromAtLeast),
                    .integer(probe.dayFromAtMost), .integer(probe.dayToAtLeast), .integer(probe.negated ? 1 : 0),
                ]
                arguments += values
            }
            return StoreStatement(
                sql: "SELECT eventId FROM matchKeys WHERE " + terms.joined(separator: " OR "), arguments: arguments)
        }
    }

    /// The actor part of a probe's condition (empty when it admits any
    /// actors) and its arguments: each known role of the probe must be
    /// unknown or the same in the key, directly or, for a symmetric
    /// family, crossed.
    private static func roleCondition(_ probe: MatchProbe) -> (String, [StoreStatement.Argument]) {
        func roles(_ pairs: [(column: String, value: String?)]) -> (String, [StoreStatement.Argument])? {
            let known = pairs.compactMap { pair in pair.value.map { (pair.column, $0) } }
            if known.isEmpty { return nil }
            return (
                known.map { "(\($0.0) = '' OR \($0.0) = ?)" }.joined(separator: " AND "), known.map { .text($0.1) }
            )
        }
        guard let direct = roles([("source", probe.source), ("target", probe.target)]) else { return ("", []) }
        guard probe.crossed, let crossed = roles([("target", probe.source), ("source", probe.target)]) else {
            return (" AND " + direct.0, direct.1)
        }
        return (" AND ((\(direct.0)) OR (\(crossed.0)))", direct.1 + crossed.1)
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
