import Foundation
import KroniekCore

/// The work queue: `enqueue` adds articles, workers `claim` batches with
/// `FOR UPDATE SKIP LOCKED` under a lease, and `complete` stores a batch's
/// results and marks it done in one transaction.
///
/// A claim is a lease: when its worker dies, the lease runs out and another
/// worker claims the articles again. An article claimed `maxAttempts` times
/// without being stored is marked failed, so a poisonous article is not
/// retried forever. `complete` only stores articles still leased to the
/// completing worker, so each article is stored once however many workers
/// run.
extension PostgresEventStore {
    /// Adds articles to the queue; an article already queued with the same
    /// identity and hash is not added again. Returns how many were added.
    @discardableResult
    public func enqueue(_ articles: [(identity: String, contentHash: String, article: Article)]) throws(StoreError) -> Int {
        if articles.isEmpty { return 0 }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return try perform("queueing \(articles.count) article(s)") {
            try connections.transaction { session in
                var added = 0
                for entry in articles {
                    added += try session.execute(
                        "INSERT INTO queue (identity, contentHash, article) VALUES (?, ?, ?) ON CONFLICT DO NOTHING",
                        [.text(entry.identity), .text(entry.contentHash), .bytes(try encoder.encode(entry.article))])
                }
                try session.execute("NOTIFY kroniek_queue")
                return added
            }
        }
    }

    /// Claims up to `limit` articles for `worker` for `leaseSeconds`: pending
    /// ones, and running ones whose lease ran out. Articles whose lease ran
    /// out after `maxAttempts` claims are marked failed instead.
    public func claim(worker: String, limit: Int, leaseSeconds: Double, maxAttempts: Int) throws(StoreError) -> [QueuedArticle] {
        try perform("claiming queued articles") {
            let rows = try retrying {
                try connections.transaction { session in
                    try session.execute(
                        """
                        UPDATE queue SET state = 'failed', finishedAt = now(),
                          error = 'gave up after ' || attempts || ' claims whose workers did not finish'
                        WHERE state = 'running' AND leaseUntil < now() AND attempts >= ?
                        """, [.integer(maxAttempts)])
                    return try session.rows(
                        """
                        UPDATE queue q SET state = 'running', attempts = q.attempts + 1, worker = ?,
                          leaseUntil = now() + make_interval(secs => ?)
                        FROM (SELECT id FROM queue
                              WHERE state = 'pending' OR (state = 'running' AND leaseUntil < now())
                              ORDER BY id LIMIT ? FOR UPDATE SKIP LOCKED) AS free
                        WHERE q.id = free.id
                        RETURNING q.id, q.identity, q.contentHash, q.article, q.attempts
                        """, [.text(worker), .real(leaseSeconds), .integer(limit)])
                }
            }
            let decoder = JSONDecoder()
            var claimed: [QueuedArticle] = []
            for row in rows {
                let id = try row.value(0, as: Int64.self)
                do {
                    claimed.append(
                        QueuedArticle(
                            id: id, identity: try row.value(1), contentHash: try row.value(2),
                            article: try decoder.decode(Article.self, from: try row.value(3, as: Data.self)),
                            attempts: try row.value(4)))
                } catch {
                    // An unreadable article fails alone instead of stopping every worker.
                    try fail(id, worker: worker, error: "the queued article cannot be read (\(error))")
                }
            }
            return claimed.sorted { $0.id < $1.id }
        }
    }

    /// Stores the submissions of claimed articles (by queue id) and marks
    /// them done, in one transaction, clustering as `store` does. Articles
    /// no longer leased to `worker` (its lease ran out and another worker
    /// took them) are left alone. Returns the events stored and the ids of
    /// the articles marked done.
    public func complete(
        _ batch: [(id: Int64, submission: ArticleSubmission)], worker: String, clusteredBy builder: ClusterBuilder
    ) throws(StoreError) -> (events: [StoredEvent], done: [Int64]) {
        if batch.isEmpty { return ([], []) }
        return try perform("storing \(batch.count) queued article(s)") {
            try retrying {
                try connections.transaction { session in
                    let owned = Set(
                        try session.rows(
                            """
                            SELECT id FROM queue WHERE id = ANY(CAST(? AS bigint[])) AND worker = ? AND state = 'running'
                            ORDER BY id FOR UPDATE
                            """, [.texts(batch.map { String($0.id) }), .text(worker)]
                        ).map { try $0.value(0, as: Int64.self) })
                    let kept = batch.filter { owned.contains($0.id) }
                    let events = try Self.write(kept.map(\.submission), clusteredBy: builder, session)
                    let done = kept.map(\.id)
                    try session.execute(
                        """
                        UPDATE queue SET state = 'done', finishedAt = now(), error = NULL, leaseUntil = NULL
                        WHERE id = ANY(CAST(? AS bigint[]))
                        """, [.texts(done.map(String.init))])
                    return (events, done)
                }
            }
        }
    }

    /// Marks a claimed article failed with `error`, unless its lease went to
    /// another worker.
    public func fail(_ id: Int64, worker: String, error: String) throws(StoreError) {
        _ = try perform("recording a failed article") {
            try connections.withSession { session in
                try session.execute(
                    """
                    UPDATE queue SET state = 'failed', error = ?, finishedAt = now(), leaseUntil = NULL
                    WHERE id = ? AND worker = ? AND state = 'running'
                    """, [.text(error), .integer(Int(id)), .text(worker)])
            }
        }
    }

    /// The number of queued articles in each state.
    public func queueCounts() throws(StoreError) -> QueueCounts {
        try perform("counting queued articles") {
            let rows = try connections.withSession { try $0.rows("SELECT state, COUNT(*) FROM queue GROUP BY state") }
            var counts = QueueCounts()
            for row in rows {
                let number = try row.value(1, as: Int.self)
                switch try row.value(0, as: String.self) {
                case "pending": counts.pending = number
                case "running": counts.running = number
                case "done": counts.done = number
                default: counts.failed = number
                }
            }
            return counts
        }
    }

    /// Failed articles with their errors, oldest first.
    public func queueFailures(limit: Int? = nil) throws(StoreError) -> [QueueFailure] {
        try perform("reading failed articles") {
            try connections.withSession { session in
                try session.rows(
                    "SELECT identity, attempts, coalesce(error, '') FROM queue WHERE state = 'failed' ORDER BY id LIMIT ?",
                    [.integer(limit)])
            }.map { QueueFailure(identity: try $0.value(0), attempts: try $0.value(1), error: try $0.value(2)) }
        }
    }

    /// Puts failed articles back in the queue; returns how many.
    @discardableResult
    public func retryFailed() throws(StoreError) -> Int {
        try perform("queueing failed articles again") {
            try connections.withSession { session in
                try session.execute(
                    "UPDATE queue SET state = 'pending', attempts = 0, error = NULL, worker = NULL WHERE state = 'failed'")
            }
        }
    }
}
