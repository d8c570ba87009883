import Foundation
import GRDB
import KroniekCore

/// The event store in one SQLite file (GRDB `DatabasePool` in WAL mode):
/// many readers, one writer, each batch of articles one transaction.
///
/// Opening migrates an older file to the current schema; a file written by
/// a newer kroniek is refused rather than misread.
public struct SQLiteEventStore: EventStore {
    /// The path of the database file.
    public let path: String
    let pool: DatabasePool

    /// Opens (creating when absent) the store at `path` and migrates it.
    public init(path: String) throws(StoreError) {
        self.path = path
        var configuration = Configuration()
        configuration.foreignKeysEnabled = true
        configuration.busyMode = .timeout(10)
        do {
            pool = try DatabasePool(path: path, configuration: configuration)
        } catch {
            throw StoreError(database: path, .cannotOpen(Self.describe(error)))
        }
        let migrator = Self.migrator
        let known = migrator.migrations
        let applied: Set<String>
        do {
            applied = try pool.read { db in
                try db.tableExists("grdb_migrations") ? try migrator.appliedIdentifiers(db) : []
            }
        } catch {
            throw StoreError(database: path, .cannotOpen(Self.describe(error)))
        }
        let superseded = applied.subtracting(known)
        if !superseded.isEmpty {
            throw StoreError(database: path, .newerSchema(known: known.last ?? "none", found: superseded.sorted()))
        }
        // A current store is only read here, so readers never wait on a
        // running ingest; another process may migrate at the same moment.
        if applied != Set(known) {
            let pool = self.pool
            try perform("migrating the schema") {
                do {
                    try migrator.migrate(pool)
                } catch {
                    if try !pool.read(migrator.hasCompletedMigrations) { throw error }
                }
            }
        }
    }

    /// Runs `body`, turning any database error into a `StoreError` that
    /// names `action` (statement arguments are not shown).
    func perform<T>(_ action: String, _ body: () throws -> T) throws(StoreError) -> T {
        do {
            return try body()
        } catch let error as StoreError {
            throw error
        } catch {
            throw StoreError(database: path, .failed(action: action, detail: Self.describe(error)))
        }
    }

    static func describe(_ error: any Error) -> String {
        if let error = error as? DatabaseError {
            return "SQLite error \(error.resultCode.rawValue): \(error.message ?? "unknown")"
        }
        return "\(error)"
    }

    static let tables = ["articles", "sentences", "timexes", "mentions", "events", "quotes", "relations", "clusters"]

    public func articleCount() throws(StoreError) -> Int {
        try perform("counting articles") { try pool.read { try ArticleRecord.fetchCount($0) } }
    }

    public func rowCounts() throws(StoreError) -> [String: Int] {
        try perform("counting rows") {
            try pool.read { db in
                var counts: [String: Int] = [:]
                for table in Self.tables {
                    counts[table] = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM \(table)") ?? 0
                }
                return counts
            }
        }
    }

    public func fingerprints() throws(StoreError) -> [String: ArticleFingerprint] {
        try perform("reading article hashes") {
            try pool.read { db in
                var found: [String: ArticleFingerprint] = [:]
                let rows = try Row.fetchCursor(
                    db, sql: "SELECT identity, contentHash, extractorVersion, packVersion FROM articles")
                while let row = try rows.next() {
                    found[row["identity"]] = ArticleFingerprint(
                        contentHash: row["contentHash"],
                        provenance: Provenance(extractor: row["extractorVersion"], pack: row["packVersion"]))
                }
                return found
            }
        }
    }

    public func staleArticles(than provenance: Provenance) throws(StoreError) -> [ArticleSubmission] {
        try perform("reading articles to code again") {
            let records = try pool.read { db in
                try ArticleRecord
                    .filter(
                        ArticleRecord.Columns.extractorVersion != provenance.extractor
                            || ArticleRecord.Columns.packVersion != provenance.pack
                    )
                    .order(ArticleRecord.Columns.identity)
                    .fetchAll(db)
            }
            let decoder = JSONDecoder()
            return try records.map { record in
                ArticleSubmission(
                    identity: record.identity, contentHash: record.contentHash,
                    provenance: Provenance(extractor: record.extractorVersion, pack: record.packVersion),
                    extracted: ExtractedArticle(article: try decoder.decode(Article.self, from: record.input)))
            }
        }
    }

    /// Runs `PRAGMA integrity_check`; "ok" when the file is sound.
    public func integrityCheck() throws(StoreError) -> String {
        try perform("checking integrity") {
            try pool.read { try String.fetchAll($0, sql: "PRAGMA integrity_check").joined(separator: "; ") }
        }
    }
}
