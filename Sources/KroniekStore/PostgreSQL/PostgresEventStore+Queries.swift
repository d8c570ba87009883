import Foundation
import KroniekCore
import PostgresNIO

extension PostgresEventStore {
    /// The event columns every event query reads, in this order (see `storedEvent`).
    static let eventColumns = """
        e.id AS storeID, e.articleId, e.json, e.firstDay, e.lastDay, a.url, a.title, a.published, a.outlet, a.ingestedAt
        """

    /// The event whose `eventColumns` start at column `first` of `row`.
    static func storedEvent(_ row: PostgresRandomAccessRow, from first: Int = 0) throws -> StoredEvent {
        StoredEvent(
            storeID: try row.value(first), articleID: try row.value(first + 1),
            event: try JSONDecoder().decode(Event.self, from: try row.value(first + 2, as: Data.self)),
            firstDay: try row.value(first + 3), lastDay: try row.value(first + 4), articleURL: try row.value(first + 5),
            articleTitle: try row.value(first + 6), published: try row.value(first + 7), outlet: try row.value(first + 8),
            ingestedAt: try row.value(first + 9))
    }

    public func events(matching query: EventQuery) throws(StoreError) -> [StoredEvent] {
        let filter = EventFilterSQL(query, dates: true, dialect: .postgres)
        var values = filter.values.map(PostgresValue.init)
        var sql = """
            SELECT \(Self.eventColumns)
            FROM events e JOIN articles a ON a.id = e.articleId
            LEFT JOIN sentences s ON s.articleId = e.articleId AND s.idx = e.sentence
            """
        if !filter.clauses.isEmpty { sql += " WHERE " + filter.clauses.joined(separator: " AND ") }
        sql += " ORDER BY e.firstDay IS NULL, e.firstDay, e.id"
        if let limit = query.limit {
            sql += " LIMIT ?"
            values.append(.integer(limit))
        }
        let finalSQL = sql
        let finalValues = values
        return try perform("querying events") {
            try connections.withSession { try $0.rows(finalSQL, finalValues) }.map { try Self.storedEvent($0) }
        }
    }

    public func event(id: String) throws(StoreError) -> EventDetail? {
        try perform("reading event \(id)") {
            let rows = try connections.withSession { session in
                try session.rows(
                    """
                    SELECT \(Self.eventColumns), a.input, s.text AS sentenceText
                    FROM events e JOIN articles a ON a.id = e.articleId
                    LEFT JOIN sentences s ON s.articleId = e.articleId AND s.idx = e.sentence
                    WHERE e.eventId = ? OR e.id = ? ORDER BY e.id LIMIT 1
                    """, [.text(id), .integer(Int(id) ?? -1)])
            }
            guard let row = rows.first else { return nil }
            let stored = try Self.storedEvent(row)
            return EventDetail(
                stored: stored, sentence: try row.value(11, as: String?.self) ?? stored.event.text,
                article: try JSONDecoder().decode(Article.self, from: try row.value(10, as: Data.self)))
        }
    }

    public func quotes(speaker: String?, limit: Int?) throws(StoreError) -> [StoredQuote] {
        var sql = """
            SELECT q.articleId, a.title, a.published, q.sentence, q.text, q.speakerCode, q.speakerCountry, q.speakerName
            FROM quotes q JOIN articles a ON a.id = q.articleId
            """
        var values: [PostgresValue] = []
        if let speaker {
            sql += " WHERE substr(q.speakerCode, 1, \(SQLDialect.postgres.integer)) = ?"
            values += [.integer(speaker.count), .text(speaker)]
        }
        // SQLite sorts NULL first; so must this.
        sql += " ORDER BY a.published NULLS FIRST, q.articleId, q.id"
        if let limit {
            sql += " LIMIT ?"
            values.append(.integer(limit))
        }
        let finalSQL = sql
        let finalValues = values
        return try perform("querying quotes") {
            try connections.withSession { try $0.rows(finalSQL, finalValues) }.map { row in
                let code = try row.value(5, as: String?.self)
                return StoredQuote(
                    articleID: try row.value(0), articleTitle: try row.value(1), published: try row.value(2),
                    quote: Quote(
                        sentence: try row.value(3), text: try row.value(4),
                        speaker: try code.map { ActorReference(code: $0, country: try row.value(6), name: try row.value(7)) }))
            }
        }
    }

    public func actors(limit: Int?) throws(StoreError) -> [ActorSummary] {
        try perform("counting actors") {
            try connections.withSession { session in
                var summaries = try session.rows(
                    """
                    SELECT code, SUM(src) AS src, SUM(tgt) AS tgt FROM (
                      SELECT sourceCode AS code, 1 AS src, 0 AS tgt FROM events WHERE sourceCode IS NOT NULL
                      UNION ALL
                      SELECT targetCode, 0, 1 FROM events WHERE targetCode IS NOT NULL) AS sides
                    GROUP BY code ORDER BY SUM(src) + SUM(tgt) DESC, code LIMIT ?
                    """, [.integer(limit)]
                ).map { row in
                    let src = try row.value(1, as: Int.self), tgt = try row.value(2, as: Int.self)
                    return ActorSummary(code: try row.value(0), events: src + tgt, asSource: src, asTarget: tgt, partners: [])
                }
                var partners: [String: [ActorSummary.Partner]] = [:]
                let rows = try session.rows(
                    """
                    SELECT a, b, COUNT(*) AS n FROM (
                      SELECT sourceCode AS a, targetCode AS b FROM events
                      UNION ALL SELECT targetCode, sourceCode FROM events) AS pairs
                    WHERE a IS NOT NULL AND b IS NOT NULL AND a <> b
                    GROUP BY a, b ORDER BY n DESC, b
                    """)
                for row in rows {
                    let actor = try row.value(0, as: String.self)
                    if partners[actor, default: []].count < 3 {
                        partners[actor, default: []].append(.init(code: try row.value(1), events: try row.value(2)))
                    }
                }
                for i in summaries.indices { summaries[i].partners = partners[summaries[i].code] ?? [] }
                return summaries
            }
        }
    }
}

extension PostgresValue {
    init(_ value: EventFilterSQL.Value) {
        switch value {
        case .text(let text): self = .text(text)
        case .integer(let number): self = .integer(number)
        }
    }
}
