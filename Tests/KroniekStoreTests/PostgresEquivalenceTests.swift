import Foundation
import KroniekCore
import KroniekStore
import Testing

/// The same articles in a SQLite and a PostgreSQL store give the same rows
/// for every query command and filter, run through the CLI as a user would
/// (`--db file` or `--db postgres://...`).
@Suite(.enabled(if: PostgresTestServer.enabled, PostgresTestServer.skipReason))
struct PostgresEquivalenceTests {
    /// Both stores, filled once: 48 generated articles ingested by the CLI,
    /// then the hand-coded fixture articles.
    static let stores: Result<(sqlite: String, postgres: String), any Error> = Result {
        let articles = try GeneratedArticles.folder(count: 48)
        let sqlite = try StoreFixture.temporaryFolder().appendingPathComponent("events.sqlite").path
        let postgres = try PostgresTestServer.freshDatabase()
        for db in [sqlite, postgres] {
            let result = try CommandRunner.run(["ingest", "--db", db, "--published", "2021-03-04", articles.path])
            guard result.status == 0 else { throw PostgresTestServer.CommandFailure(message: result.err) }
        }
        let fixtures = [StoreFixture.submission(StoreFixture.border), StoreFixture.submission(StoreFixture.protest)]
        try SQLiteEventStore(path: sqlite).store(fixtures)
        try PostgresEventStore(url: postgres).store(fixtures)
        return (sqlite, postgres)
    }

    @Test(arguments: [
        ["events"], ["events", "--actor", "TUR"], ["events", "--source", "SYR"], ["events", "--target", "RUSGOV"],
        ["events", "--cameo", "19"], ["events", "--plover", "ASSAULT"], ["events", "--from", "2021-03-01", "--to", "2021-03-03"],
        ["events", "--from", "2021-05"], ["events", "--place", "istanbul"], ["events", "--place", "SYR"],
        ["events", "--modality", "planned"], ["events", "--min-killed", "30"], ["events", "--text", "KALMTE"],
        ["events", "--actor", "IR", "--cameo", "1", "--limit", "5"],
        ["clusters"], ["clusters", "--actor", "IRQ"], ["clusters", "--cameo", "19", "--from", "2021-03-02"],
        ["clusters", "--to", "2021-03-01"], ["clusters", "--text", "Moskou"], ["clusters", "--min-killed", "10", "--limit", "3"],
        ["timeline", "--actor", "SYR"], ["timeline", "--actor", "TUR", "--from", "2021-03-01", "--to", "2021-03-31"],
        ["quotes"], ["quotes", "--speaker", "RUS"], ["quotes", "--limit", "1"], ["actors"], ["actors", "--limit", "3"],
        ["show", "1"], ["show", "a-1"], ["export", "--format", "acled"], ["export", "--format", "jsonl", "--actor", "EGY"],
    ])
    func sameRows(command: [String]) throws {
        let (sqlite, postgres) = try Self.stores.get()
        let format = ["export", "show"].contains(command[0]) ? [] : ["--format", "json"]
        let onSQLite = try CommandRunner.run(command + format + ["--db", sqlite])
        let onPostgres = try CommandRunner.run(command + format + ["--db", postgres])
        #expect(onSQLite.status == 0 && onPostgres.status == 0, "\(onPostgres.err)")
        #expect(!onSQLite.out.isEmpty)
        #expect(onPostgres.out == onSQLite.out)
    }

    /// The table views too, and the GDELT export but for DATEADDED (when stored).
    @Test func sameTablesAndGDELT() throws {
        let (sqlite, postgres) = try Self.stores.get()
        for command in [["events"], ["clusters"], ["quotes"], ["actors"], ["events", "--format", "csv"]] {
            #expect(try CommandRunner.run(command + ["--db", postgres]).out == CommandRunner.run(command + ["--db", sqlite]).out)
        }
        func withoutDateAdded(_ db: String) throws -> [[String]] {
            let table = DelimitedTable.parse(try CommandRunner.run(["export", "--format", "gdelt", "--db", db]).out, delimiter: "\t")
            let column = table.first?.firstIndex(of: "DATEADDED") ?? -1
            return table.map { row in row.enumerated().filter { $0.offset != column }.map(\.element) }
        }
        let gdelt = try withoutDateAdded(postgres)
        #expect(gdelt.count > 40)
        #expect(gdelt == (try withoutDateAdded(sqlite)))
    }

    /// `kroniek migrate` copies every article, event and cluster of a SQLite store.
    @Test func migrateCopiesTheStore() throws {
        let (sqlite, _) = try Self.stores.get()
        let target = try PostgresTestServer.freshDatabase()
        let result = try CommandRunner.run(["migrate", "--from", sqlite, "--to", target])
        #expect(result.status == 0, "\(result.err)")
        let source = try SQLiteEventStore(path: sqlite)
        let copy = try PostgresEventStore(url: target)
        #expect(try copy.rowCounts() == source.rowCounts())
        #expect(try copy.fingerprints() == source.fingerprints())
        func withoutStoreIDs(_ events: [StoredEvent]) -> Set<StoredEvent> {
            Set(events.map { var event = $0; event.storeID = 0; event.ingestedAt = ""; return event })
        }
        #expect(withoutStoreIDs(try copy.events(matching: EventQuery())) == withoutStoreIDs(try source.events(matching: EventQuery())))
        #expect(Set(try copy.clusters(matching: EventQuery()).map(\.cluster)) == Set(try source.clusters(matching: EventQuery()).map(\.cluster)))
        #expect(try copy.quotes(speaker: nil, limit: nil) == source.quotes(speaker: nil, limit: nil))
    }

    /// The web API's article view and keyset pages read the same from both engines.
    @Test func sameArticlesAndKeysetPages() throws {
        let (sqlite, postgres) = try Self.stores.get()
        let engines: [any EventStore] = [try SQLiteEventStore(path: sqlite), try PostgresEventStore(url: postgres)]
        let articles = try engines.map { try $0.article(id: StoreFixture.border.article.id) }
        #expect(articles[0]?.extracted == StoreFixture.border)
        #expect(articles[1]?.extracted == articles[0]?.extracted)
        #expect(try engines[1].article(id: "onbekend") == nil)
        let pages = try engines.map { store in
            var seen: [String] = []
            var query = EventQuery(limit: 7)
            while true {
                let page = try store.events(matching: query)
                seen += page.map(\.event.id)
                guard page.count == 7, let last = page.last else { break }
                query.after = EventCursor(after: last)
            }
            return seen
        }
        #expect(pages[0].count > 7)
        #expect(pages[1] == pages[0])
        #expect(pages[0] == (try engines[0].events(matching: EventQuery())).map(\.event.id))
    }
}
