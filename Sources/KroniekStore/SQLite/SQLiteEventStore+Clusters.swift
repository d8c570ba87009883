import Foundation
import GRDB
import KroniekCore

extension SQLiteEventStore {
    /// The families whose clusters hold events of the articles a batch
    /// replaces (read before they are deleted).
    static func families(replacedBy batch: [ArticleSubmission], options: ClusteringOptions, _ db: Database) throws
        -> Set<String>
    {
        var families: Set<String> = []
        for submission in batch {
            let cameos = try String.fetchAll(
                db,
                sql: """
                    SELECT e.cameo FROM events e JOIN articles a ON a.id = e.articleId
                    WHERE a.identity = ? OR a.id = ?
                    """, arguments: [submission.identity, submission.extracted.article.id])
            families.formUnion(cameos.map(options.family(ofCameo:)))
        }
        return families
    }

    /// The CAMEO roots whose codes may fall in `families`.
    static func roots(of families: Set<String>, options: ClusteringOptions) -> [String] {
        options.cameoRoots(of: families)
    }

    /// Every stored event of `families` as clustering sees it, with its store id.
    static func clusterItems(families: Set<String>, options: ClusteringOptions, _ db: Database) throws
        -> [(storeID: Int64, item: ClusterItem)]
    {
        let roots = roots(of: families, options: options)
        if roots.isEmpty { return [] }
        let marks = roots.map { _ in "?" }.joined(separator: ",")
        let decoder = JSONDecoder()
        return try Row.fetchAll(
            db,
            sql: """
                SELECT e.id, e.json, a.id AS articleId, a.outlet, a.sources, a.published
                FROM events e JOIN articles a ON a.id = e.articleId
                WHERE e.cameoRoot IN (\(marks)) ORDER BY e.id
                """, arguments: StatementArguments(roots)
        ).compactMap { row in
            let event = try decoder.decode(Event.self, from: row["json"] as Data)
            guard families.contains(options.family(ofCameo: event.cameo)) else { return nil }
            let sources = (try? decoder.decode([String].self, from: Data((row["sources"] as String).utf8))) ?? []
            let item = ClusterItem(
                event: event, articleID: row["articleId"], outlet: row["outlet"], sources: sources, sentence: event.text,
                published: row["published"])
            return (row["id"], item)
        }
    }

    /// The stored clusters of `families`, by id.
    static func clusters(families: Set<String>, _ db: Database) throws -> [EventCluster] {
        let sorted = families.sorted()
        let marks = sorted.map { _ in "?" }.joined(separator: ",")
        let decoder = JSONDecoder()
        return try Data.fetchAll(
            db, sql: "SELECT json FROM clusters WHERE family IN (\(marks)) AND json IS NOT NULL ORDER BY key",
            arguments: StatementArguments(sorted)
        ).map { try decoder.decode(EventCluster.self, from: $0) }
    }

    /// Deletes every cluster of `families` (and any left from before
    /// clustering was stored).
    static func deleteClusters(families: Set<String>, _ db: Database) throws {
        let sorted = families.sorted()
        let marks = sorted.map { _ in "?" }.joined(separator: ",")
        try db.execute(
            sql: "DELETE FROM clusters WHERE family IN (\(marks)) OR key IS NULL", arguments: StatementArguments(sorted))
    }

    /// Writes `clusters` with their member links.
    static func insert(_ clusters: [EventCluster], storeIDs: [String: Int64], createdAt: String, _ db: Database) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        for cluster in clusters {
            try db.execute(
                sql: """
                    INSERT INTO clusters (key, family, label, firstDay, lastDay, createdAt, representativeEventId,
                      articleCount, independentSources, json)
                    VALUES (?, ?, NULL, ?, ?, ?, ?, ?, ?, ?)
                    """,
                arguments: [
                    cluster.id, cluster.family, cluster.dateFrom, cluster.dateTo, createdAt,
                    cluster.representativeEventID, cluster.articleCount, cluster.independentSources,
                    try encoder.encode(cluster),
                ])
            let rowID = db.lastInsertedRowID
            for eventID in cluster.eventIDs {
                guard let storeID = storeIDs[eventID] else { continue }
                try db.execute(
                    sql: "INSERT OR IGNORE INTO clusterEvents (clusterId, eventId) VALUES (?, ?)",
                    arguments: [rowID, storeID])
            }
        }
    }
}

extension SQLiteEventStore {
    public func clusterItems(families: Set<String>, options: ClusteringOptions) throws(StoreError) -> [ClusterItem] {
        try perform("reading events to cluster") {
            try pool.read { db in try Self.clusterItems(families: families, options: options, db).map(\.item) }
        }
    }

    public func clusters(families: Set<String>) throws(StoreError) -> [EventCluster] {
        try perform("reading clusters") { try pool.read { db in try Self.clusters(families: families, db) } }
    }

    public func clusters(matching query: EventQuery) throws(StoreError) -> [StoredCluster] {
        let (clauses, filterArguments) = Self.eventFilter(query, dates: false)
        var arguments = filterArguments
        var conditions = ["c.json IS NOT NULL"]
        if !clauses.isEmpty {
            conditions.append(
                """
                EXISTS (SELECT 1 FROM clusterEvents ce JOIN events e ON e.id = ce.eventId
                  LEFT JOIN sentences s ON s.articleId = e.articleId AND s.idx = e.sentence
                  WHERE ce.clusterId = c.id AND \(clauses.joined(separator: " AND ")))
                """)
        }
        if let from = query.from {
            conditions.append("(c.lastDay >= ? OR (c.lastDay IS NULL AND c.firstDay IS NOT NULL))")
            arguments += [DayInterval(iso: from)?.first.iso ?? from]
        }
        if let to = query.to {
            conditions.append("(c.firstDay <= ? OR (c.firstDay IS NULL AND c.lastDay IS NOT NULL))")
            arguments += [DayInterval(iso: to)?.last.iso ?? to]
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
            arguments += [limit]
        }
        let finalSQL = sql
        let finalArguments = arguments
        return try perform("querying clusters") {
            try pool.read { db in
                let decoder = JSONDecoder()
                return try Row.fetchAll(db, sql: finalSQL, arguments: finalArguments).map { row in
                    StoredCluster(
                        cluster: try decoder.decode(EventCluster.self, from: row["clusterJson"] as Data),
                        representative: try Self.storedEvent(row))
                }
            }
        }
    }

    public func clusters(containing eventIDs: [String]) throws(StoreError) -> [String: EventCluster] {
        try perform("reading the clusters of events") {
            try pool.read { db in
                let decoder = JSONDecoder()
                var found: [String: EventCluster] = [:]
                let rows = try Row.fetchCursor(
                    db,
                    sql: """
                        SELECT e.eventId, c.json FROM clusterEvents ce JOIN clusters c ON c.id = ce.clusterId
                        JOIN events e ON e.id = ce.eventId WHERE c.json IS NOT NULL
                        """)
                let wanted = Set(eventIDs)
                while let row = try rows.next() {
                    let eventID: String = row["eventId"]
                    if wanted.contains(eventID) {
                        found[eventID] = try decoder.decode(EventCluster.self, from: row["json"] as Data)
                    }
                }
                return found
            }
        }
    }
}
