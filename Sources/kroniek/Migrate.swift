import ArgumentParser
import Foundation
import KroniekCore
import KroniekStore

/// `kroniek migrate`: copies a SQLite event store into another store,
/// typically PostgreSQL when one machine is no longer enough.
struct Migrate: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Copy a SQLite event store into a PostgreSQL (or another SQLite) store.",
        discussion: """
            Every article is copied with all its extracted facts and versions; the target clusters them again, \
            which gives the same clusters (clustering does not depend on order). Articles already in the target \
            are replaced.

            Example: kroniek migrate --from kroniek.sqlite --to postgres://kroniek@localhost:5432/kroniek
            """
    )

    @Option(help: "The SQLite store to copy.")
    var from: String

    @Option(help: "The store to copy into: postgres://user@host:port/database or a SQLite file.")
    var to: String

    @Option(help: "Articles per transaction.")
    var batchSize = 200

    func validate() throws {
        if PostgresEventStore.isURL(from) {
            throw ValidationError("'--from \(from)' is not a SQLite file; migrate copies SQLite stores.")
        }
        if !FileManager.default.fileExists(atPath: from) {
            throw ValidationError("'--from \(from)' does not exist; give the SQLite store to copy.")
        }
        if batchSize < 1 { throw ValidationError("'--batch-size \(batchSize)' must be at least 1.") }
    }

    func run() throws {
        let started = Date()
        guard let source = try StoreOptions.open(from) as? SQLiteEventStore else { throw ExitCode(2) }
        let target = try StoreOptions.open(to)
        var after: String?
        var articles = 0
        var events = 0
        try StoreOptions.request {
            while true {
                let batch = try source.submissions(after: after, limit: batchSize)
                guard let last = batch.last else { break }
                events += try target.store(batch).count
                articles += batch.count
                after = last.identity
            }
        }
        FileHandle.standardError.write(
            Data(
                String(format: "copied %d articles, %d events in %.1f s\n", articles, events, Date().timeIntervalSince(started))
                    .utf8))
    }
}
