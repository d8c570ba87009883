import Foundation
import GRDB
import KroniekCore

extension SQLiteEventStore {
    static let eventColumns = """
        e.id AS storeID, e.articleId, e.json, e.firstDay, e.lastDay, a.url, a.title, a.published, a.outlet, a.ingestedAt
        """

    /// The SQL conditions (over `events e` and `sentences s`) and arguments
    /// of `query`'s event filters; the date filters only when `dates`.
    static func eventFilter(_ query: EventQuery, dates: Bool) -> (clauses: [String], arguments: StatementArguments) {
        let filter = EventFilterSQL(query, dates: dates, dialect: .sqlite)
        let values: [any DatabaseValueConvertible] = filter.values.map { value in
            switch value {
            case .text(let text): text
            case .integer(let number): number
            }
        }
        return (filter.clauses, StatementArguments(values))
    }

    public func events(matching query: EventQuery) throws(StoreError) -> [StoredEvent] {
        let (clauses, filterArguments) = Self.eventFilter(query, dates: true)
        var arguments = filterArguments
        var sql = """
            SELECT \(Self.eventColumns)
            FROM events e JOIN articles a ON a.id = e.articleId
            LEFT JOIN sentences s ON s.articleId = e.articleId AND s.idx = e.sentence
            """
        if !clauses.isEmpty { sql += " WHERE " + clauses.joined(separator: " AND ") }
        sql += " ORDER BY e.firstDay IS NULL, e.firstDay, e.id"
        if let limit = query.limit {
            sql += " LIMIT ?"
            arguments += [limit]
        }
        let finalSQL = sql
        let finalArguments = arguments
        return try perform("querying events") {
            try pool.read { db in
                try Row.fetchAll(db, sql: finalSQL, arguments: finalArguments).map(Self.storedEvent)
            }
        }
    }

    static func storedEvent(_ row: Row) throws -> StoredEvent {
        StoredEvent(
            storeID: row["storeID"], articleID: row["articleId"],
            event: try JSONDecoder().decode(Event.self, from: row["json"] as Data),
            firstDay: row["firstDay"], lastDay: row["lastDay"], articleURL: row["url"], articleTitle: row["title"],
            published: row["published"], outlet: row["outlet"], ingestedAt: row["ingestedAt"])
    }

    public func event(id: String) throws(StoreError) -> EventDetail? {
        try perform("reading event \(id)") {
            try pool.read { db -> EventDetail? in
                guard
                    let row = try Row.fetchOne(
                        db,
                        sql: """
                            SELECT \(Self.eventColumns), a.input, s.text AS sentenceText
                            FROM events e JOIN articles a ON a.id = e.articleId
                            LEFT JOIN sentences s ON s.articleId = e.articleId AND s.idx = e.sentence
                            WHERE e.eventId = ? OR e.id = ? ORDER BY e.id LIMIT 1
                            """, arguments: [id, Int64(id) ?? -1])
                else { return nil }
                let stored = try Self.storedEvent(row)
                return EventDetail(
                    stored: stored, sentence: row["sentenceText"] ?? stored.event.text,
                    article: try JSONDecoder().decode(Article.self, from: row["input"] as Data))
            }
        }
    }

    public func quotes(speaker: String?, limit: Int?) throws(StoreError) -> [StoredQuote] {
        var sql = """
            SELECT q.*, a.title, a.published FROM quotes q JOIN articles a ON a.id = q.articleId
            """
        var arguments: StatementArguments = []
        if let speaker {
            sql += " WHERE substr(q.speakerCode, 1, ?) = ?"
            arguments += [speaker.count, speaker]
        }
        sql += " ORDER BY a.published, q.articleId, q.id"
        if let limit {
            sql += " LIMIT ?"
            arguments += [limit]
        }
        let finalSQL = sql
        let finalArguments = arguments
        return try perform("querying quotes") {
            try pool.read { db in
                try Row.fetchAll(db, sql: finalSQL, arguments: finalArguments).map { row in
                    let code: String? = row["speakerCode"]
                    return StoredQuote(
                        articleID: row["articleId"], articleTitle: row["title"], published: row["published"],
                        quote: Quote(
                            sentence: row["sentence"], text: row["text"],
                            speaker: code.map { ActorReference(code: $0, country: row["speakerCountry"], name: row["speakerName"]) }))
                }
            }
        }
    }

    public func actors(limit: Int?) throws(StoreError) -> [ActorSummary] {
        try perform("counting actors") {
            try pool.read { db in
                var summaries = try Row.fetchAll(
                    db,
                    sql: """
                        SELECT code, SUM(src) AS src, SUM(tgt) AS tgt FROM (
                          SELECT sourceCode AS code, 1 AS src, 0 AS tgt FROM events WHERE sourceCode IS NOT NULL
                          UNION ALL
                          SELECT targetCode, 0, 1 FROM events WHERE targetCode IS NOT NULL)
                        GROUP BY code ORDER BY SUM(src) + SUM(tgt) DESC, code LIMIT ?
                        """, arguments: [limit ?? -1]
                ).map { row in
                    let src: Int = row["src"], tgt: Int = row["tgt"]
                    return ActorSummary(code: row["code"], events: src + tgt, asSource: src, asTarget: tgt, partners: [])
                }
                var partners: [String: [ActorSummary.Partner]] = [:]
                let rows = try Row.fetchCursor(
                    db,
                    sql: """
                        SELECT a, b, COUNT(*) AS n FROM (
                          SELECT sourceCode AS a, targetCode AS b FROM events
                          UNION ALL SELECT targetCode, sourceCode FROM events)
                        WHERE a IS NOT NULL AND b IS NOT NULL AND a != b
                        GROUP BY a, b ORDER BY n DESC, b
                        """)
                while let row = try rows.next() {
                    let actor: String = row["a"]
                    if partners[actor, default: []].count < 3 {
                        partners[actor, default: []].append(.init(code: row["b"], events: row["n"]))
                    }
                }
                for i in summaries.indices { summaries[i].partners = partners[summaries[i].code] ?? [] }
                return summaries
            }
        }
    }
}
