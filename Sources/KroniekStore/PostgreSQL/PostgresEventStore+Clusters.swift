import Foundation
import KroniekCore

extension PostgresEventStore {
    /// Every stored event of `families` as clustering sees it, with its store id.
    static func clusterItems(families: Set<String>, options: ClusteringOptions, _ session: PostgresSession) throws
        -> [(storeID: Int64, item: ClusterItem)]
    {
        let roots = options.cameoRoots(of: families)
        if roots.isEmpty { return [] }
        let decoder = JSONDecoder()
        return try session.rows(
            """
            SELECT e.id, e.json, a.id AS articleId, a.outlet, a.sources, a.published
            FROM events e JOIN articles a ON a.id = e.articleId
            WHERE e.cameoRoot = ANY(?) ORDER BY e.id
            """, [.texts(roots)]
        ).compactMap { row in
            let event = try decoder.decode(Event.self, from: try row.value(1, as: Data.self))
            guard families.contains(options.family(ofCameo: event.cameo)) else { return nil }
            let sources = (try? decoder.decode([String].self, from: Data(try row.value(4, as: String.self).utf8))) ?? []
            let item = ClusterItem(
                event: event, articleID: try row.value(2), outlet: try row.value(3), sources: sources, sentence: event.text,
                published: try row.value(5))
            return (try row.value(0, as: Int64.self), item)
        }
    }

    /// The stored clusters of `families`, by key.
    static func clusters(families: Set<String>, _ session: PostgresSession) throws -> [EventCluster] {
        let decoder = JSONDecoder()
        return try session.rows(
            "SELECT json FROM clusters WHERE family = ANY(?) AND json IS NOT NULL ORDER BY key", [.texts(families.sorted())]
        ).map { try decoder.decode(EventCluster.self, from: try $0.value(0, as: Data.self)) }
    }

    /// Deletes every cluster of `families` (and any without a key).
    static func deleteClusters(families: Set<String>, _ session: PostgresSession) throws {
        try session.execute("DELETE FROM clusters WHERE family = ANY(?) OR key IS NULL", [.texts(families.sorted())])
    }

    /// Writes `clusters` with their member links.
    static func insert(_ clusters: [EventCluster], storeIDs: [String: Int64], createdAt: String, _ session: PostgresSession)
        throws
    {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        for cluster in clusters {
            let rowID = try session.rows(
                """
                INSERT INTO clusters (key, family, label, firstDay, lastDay, createdAt, representativeEventId,
                  articleCount, independentSources, json)
                VALUES (?, ?, NULL, ?, ?, ?, ?, ?, ?, ?) RETURNING id
                """,
                [
                    .text(cluster.id), .text(cluster.family), .text(cluster.dateFrom), .text(cluster.dateTo), .text(createdAt),
                    .text(cluster.representativeEventID), .integer(cluster.articleCount),
                    .integer(cluster.independentSources), .bytes(try encoder.encode(cluster)),
                ])[0].value(0, as: Int64.self)
            let members = cluster.eventIDs.compactMap { storeIDs[$0] }
            if members.isEmpty { continue }
            try session.execute(
                """
                INSERT INTO clusterEvents (clusterId, eventId) SELECT ?, unnest(CAST(? AS bigint[])) ON CONFLICT DO NOTHING
                """, [.integer(Int(rowID)), .texts(members.map(String.init))])
        }
    }

    public func clusterItems(families: Set<String>, options: ClusteringOptions) throws(StoreError) -> [ClusterItem] {
        try perform("reading events to cluster") {
            try connections.withSession { try Self.clusterItems(families: families, options: options, $0).map(\.item) }
        }
    }

    public func clusters(families: Set<String>) throws(StoreError) -> [EventCluster] {
        try perform("reading clusters") { try connections.withSession { try Self.clusters(families: families, $0) } }
    }

    public func clusters(matching query: EventQuery) throws(StoreError) -> [StoredCluster] {
        let filter = EventFilterSQL(query, dates: false, dialect: .postgres)
        var values = filter.values.map(PostgresValue.init)
        var conditions = ["c.json IS NOT NULL"]
        if !filter.clauses.isEmpty {
            conditions.append(
                """
                EXISTS (SELECT 1 FROM clusterEvents ce JOIN events e ON e.id = ce.eventId
                  LEFT JOIN sentences s ON s.articleId = e.articleId AND s.idx = e.sentence
                  WHERE ce.clusterId = c.id AND \(filter.clauses.joined(separator: " AND ")))
                """)
        }
        if let from = query.from {
            conditions.append("(c.lastDay >= ? OR (c.lastDay IS NULL AND c.firstDay IS NOT NULL))")
            values.append(.text(DayInterval(iso: from)?.first.iso ?? from))
        }
        if let to = query.to {
            conditions.append("(c.firstDay <= ? OR (c.firstDay IS NULL AND c.lastDay IS NOT NULL))")
            values.append(.text(DayInterval(iso: to)?.last.iso ?? to))
        }
        var sql = """
            SELECT c.json AS clusterJson, \(Self.eventColumns)
            FROM clusters c JOIN events e ON e.eventId = c.representativeEventId
            JOIN articles a ON a.id = e.articleId
            WHERE \(conditions.joined(separator: " AND "))
            ORDER BY c.firstDay IS NULL, c.firstDay, c.key
            """
        if let limit = query.limit {
            sql += " LIMIT ?"
            values.append(.integer(limit))
        }
        let finalSQL = sql
        let finalValues = values
        return try perform("querying clusters") {
            let decoder = JSONDecoder()
            return try connections.withSession { try $0.rows(finalSQL, finalValues) }.map { row in
                StoredCluster(
                    cluster: try decoder.decode(EventCluster.self, from: try row.value(0, as: Data.self)),
                    representative: try Self.storedEvent(row, from: 1))
            }
        }
    }

    public func clusters(containing eventIDs: [String]) throws(StoreError) -> [String: EventCluster] {
        try perform("reading the clusters of events") {
            let rows = try connections.withSession { session in
                try session.rows(
                    """
                    SELECT e.eventId, c.json FROM clusterEvents ce JOIN clusters c ON c.id = ce.clusterId
                    JOIN events e ON e.id = ce.eventId WHERE c.json IS NOT NULL AND e.eventId = ANY(?)
                    """, [.texts(eventIDs)])
            }
            let decoder = JSONDecoder()
            var found: [String: EventCluster] = [:]
            for row in rows {
                found[try row.value(0)] = try decoder.decode(EventCluster.self, from: try row.value(1, as: Data.self))
            }
            return found
        }
    }
}
