import Foundation
import KroniekCore
import PostgresNIO

/// The event store in a PostgreSQL database (postgres-nio): many machines
/// ingest into it at once while analysts query it.
///
/// The schema and every query mean what they mean in `SQLiteEventStore`,
/// so a command gives the same rows on either engine. Opening migrates the
/// database (one migration at a time, under an advisory lock, so workers
/// starting together do not race); a database written by a newer kroniek is
/// refused rather than misread. Concurrent batches keep clustering correct
/// by locking each CAMEO family they recluster (see `store`).
public struct PostgresEventStore: EventStore {
    /// The URL, without a password.
    public var url: String { connections.name }
    let connections: PostgresConnections

    /// Whether `location` names a PostgreSQL database (`postgres://` or
    /// `postgresql://`) rather than a SQLite file.
    public static func isURL(_ location: String) -> Bool {
        location.hasPrefix("postgres://") || location.hasPrefix("postgresql://")
    }

    /// Connects to `url` (`postgres://user[:password]@host[:port]/database`)
    /// and migrates the database.
    public init(url: String) throws(StoreError) {
        let address = try Self.configuration(url)
        connections = PostgresConnections(configuration: address.configuration, name: address.name)
        do {
            try migrate()
        } catch {
            // The first statement is where an unreachable server shows.
            if case .failed(_, let detail) = error.reason, !detail.hasPrefix("PostgreSQL error") {
                throw StoreError(database: address.name, .cannotOpen(detail))
            }
            throw error
        }
    }

    /// The connection settings of `url`, and the URL as messages show it.
    static func configuration(_ url: String) throws(StoreError) -> (configuration: PostgresConnection.Configuration, name: String) {
        guard isURL(url), let parts = URLComponents(string: url), let host = parts.host, !host.isEmpty else {
            throw StoreError(database: url, .cannotOpen("not a URL of the form postgres://user@host:port/database"))
        }
        let user = parts.user ?? ProcessInfo.processInfo.environment["USER"] ?? "postgres"
        let database = String(parts.path.drop(while: { $0 == "/" }))
        let port = parts.port ?? 5432
        let name = "postgres://\(user)@\(host):\(port)/\(database)"
        var configuration = PostgresConnection.Configuration(
            host: host, port: port, username: user, password: parts.password, database: database.isEmpty ? nil : database,
            tls: .disable)
        configuration.options.connectTimeout = .seconds(10)
        return (configuration, name)
    }

    /// Applies the migrations this database lacks, one transaction each,
    /// holding an advisory lock so concurrent openers apply each once.
    func migrate() throws(StoreError) {
        let known = Self.migrations.map(\.id)
        try perform("migrating the schema") {
            try connections.transaction { session in
                try session.execute("SELECT pg_advisory_xact_lock(?)", [.integer(Self.migrationLock)])
                try session.execute(
                    "CREATE TABLE IF NOT EXISTS kroniek_migrations (id text PRIMARY KEY, appliedAt timestamptz NOT NULL DEFAULT now())")
                let applied = Set(try session.rows("SELECT id FROM kroniek_migrations").map { try $0.value(0, as: String.self) })
                let superseded = applied.subtracting(known)
                if !superseded.isEmpty {
                    throw StoreError(database: url, .newerSchema(known: known.last ?? "none", found: superseded.sorted()))
                }
                for migration in Self.migrations where !applied.contains(migration.id) {
                    for statement in migration.statements { try session.execute(statement) }
                    try session.execute("INSERT INTO kroniek_migrations (id) VALUES (?)", [.text(migration.id)])
                }
            }
        }
    }

    /// The advisory lock key migrations hold ("kroniek" in ASCII).
    static let migrationLock = 0x6b72_6f6e_6965_6b

    /// Runs `body`, turning any database error into a `StoreError` that
    /// names `action` (statement arguments are not shown).
    func perform<T>(_ action: String, _ body: () throws -> T) throws(StoreError) -> T {
        do {
            return try body()
        } catch let error as StoreError {
            throw error
        } catch {
            throw StoreError(database: url, .failed(action: action, detail: Self.describe(error)))
        }
    }

    static func describe(_ error: any Error) -> String {
        if let error = error as? PSQLError {
            if let state = error.serverInfo?[.sqlState], let message = error.serverInfo?[.message] {
                return "PostgreSQL error \(state): \(message)"
            }
            if let underlying = error.underlying { return "\(error.code): \(underlying)" }
            return "\(error.code)"
        }
        return "\(error)"
    }

    /// Whether `error` is worth running the transaction again for: a
    /// deadlock, a serialization failure, or a unique key another writer
    /// took first.
    static func isTransient(_ error: any Error) -> Bool {
        guard let state = (error as? PSQLError)?.serverInfo?[.sqlState] else { return false }
        return ["40P01", "40001", "23505"].contains(state)
    }

    public func articleCount() throws(StoreError) -> Int {
        try perform("counting articles") {
            try connections.withSession { try $0.rows("SELECT COUNT(*) FROM articles")[0].value(0, as: Int.self) }
        }
    }

    public func rowCounts() throws(StoreError) -> [String: Int] {
        try perform("counting rows") {
            try connections.withSession { session in
                var counts: [String: Int] = [:]
                for table in SQLiteEventStore.tables {
                    counts[table] = try session.rows("SELECT COUNT(*) FROM \(table)")[0].value(0, as: Int.self)
                }
                return counts
            }
        }
    }

    public func fingerprints() throws(StoreError) -> [String: ArticleFingerprint] {
        try perform("reading article hashes") {
            try connections.withSession { session in
                var found: [String: ArticleFingerprint] = [:]
                for row in try session.rows("SELECT identity, contentHash, extractorVersion, packVersion FROM articles") {
                    found[try row.value(0)] = ArticleFingerprint(
                        contentHash: try row.value(1), provenance: Provenance(extractor: try row.value(2), pack: try row.value(3)))
                }
                return found
            }
        }
    }

    public func staleArticles(than provenance: Provenance) throws(StoreError) -> [ArticleSubmission] {
        try perform("reading articles to code again") {
            let rows = try connections.withSession { session in
                try session.rows(
                    """
                    SELECT identity, contentHash, extractorVersion, packVersion, input FROM articles
                    WHERE extractorVersion <> ? OR packVersion <> ? ORDER BY identity
                    """, [.text(provenance.extractor), .text(provenance.pack)])
            }
            let decoder = JSONDecoder()
            return try rows.map { row in
                ArticleSubmission(
                    identity: try row.value(0), contentHash: try row.value(1),
                    provenance: Provenance(extractor: try row.value(2), pack: try row.value(3)),
                    extracted: ExtractedArticle(article: try decoder.decode(Article.self, from: try row.value(4, as: Data.self))))
            }
        }
    }
}
