import ArgumentParser
import Foundation
import KroniekCore
import KroniekStore

/// The `--db` option every store command takes, and opening the store.
struct StoreOptions: ParsableArguments {
    @Option(
        help: ArgumentHelp(
            "The event store: a SQLite file, or postgres://user@host:port/database (default: $KRONIEK_DB, else ./kroniek.sqlite).",
            valueName: "file-or-url"))
    var db: String?

    /// The store as given: `--db`, else `KRONIEK_DB`, else `./kroniek.sqlite`.
    var location: String {
        db ?? ProcessInfo.processInfo.environment["KRONIEK_DB"].flatMap { $0.isEmpty ? nil : $0 } ?? "./kroniek.sqlite"
    }

    /// Whether the store is a PostgreSQL database.
    var isPostgres: Bool { PostgresEventStore.isURL(location) }

    /// The store (PostgreSQL for a postgres:// URL, else SQLite), or exit
    /// status 2 with the store's one-line error.
    func open() throws -> any EventStore {
        try Self.open(location)
    }

    /// The store at `location` (a postgres:// URL or a SQLite file), or exit
    /// status 2 with the store's one-line error.
    static func open(_ location: String) throws -> any EventStore {
        if PostgresEventStore.isURL(location) {
            return try opening { () throws(StoreError) in try PostgresEventStore(url: location) }
        }
        return try opening { () throws(StoreError) in try SQLiteEventStore(path: location) }
    }

    /// The PostgreSQL store, for the work queue; a SQLite location is a
    /// user error naming it.
    func openPostgres() throws -> PostgresEventStore {
        guard isPostgres else {
            throw ValidationError(
                "'--db \(location)' is not a PostgreSQL URL; the work queue needs --db postgres://user@host:port/database.")
        }
        return try Self.opening { () throws(StoreError) in try PostgresEventStore(url: location) }
    }

    private static func opening<T>(_ body: () throws(StoreError) -> T) throws -> T {
        do {
            return try body()
        } catch {
            Report.error(error)
            throw ExitCode(2)
        }
    }

    /// Runs a store request; a store error reaches the user as one line and
    /// exit status 2.
    static func request<T>(_ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let error as StoreError {
            Report.error(error)
            throw ExitCode(2)
        }
    }
}

/// The event filters of `kroniek events`, `timeline` and `export`.
struct EventFilters: ParsableArguments {
    @Option(help: "Source or target actor code prefix (TUR matches TURGOV).")
    var actor: String?
    @Option(help: "Source actor code prefix.")
    var source: String?
    @Option(help: "Target actor code prefix.")
    var target: String?
    @Option(help: "CAMEO code prefix (19 matches 190 and 195).")
    var cameo: String?
    @Option(help: "PLOVER event type, e.g. ASSAULT.")
    var plover: String?
    @Option(help: "Events dated on or after this day (YYYY-MM-DD; a month-precision event overlapping it counts).")
    var from: String?
    @Option(help: "Events dated on or before this day.")
    var to: String?
    @Option(help: "Place name (part of it) or country code of the event location.")
    var place: String?
    @Option(help: "Modality: asserted, planned, intended, alleged, denied, negated, hypothetical.")
    var modality: String?
    @Option(help: "Events with at least this many killed.")
    var minKilled: Int?
    @Option(help: "Words in the event's sentence.")
    var text: String?
    @Option(help: "At most this many events.")
    var limit: Int?

    func validate() throws {
        for (name, value) in [("--from", from), ("--to", to)] {
            if let value, DayInterval(iso: value) == nil {
                throw ValidationError("'\(name) \(value)' is not a date; write it as YYYY-MM-DD, YYYY-MM or YYYY.")
            }
        }
        if let modality, !["asserted", "planned", "intended", "alleged", "denied", "negated", "hypothetical"].contains(modality) {
            throw ValidationError("'--modality \(modality)' is not a modality; use asserted, planned, intended, alleged, denied, negated or hypothetical.")
        }
    }

    var query: EventQuery {
        EventQuery(
            actor: actor, source: source, target: target, cameo: cameo, plover: plover, from: from, to: to, place: place,
            modality: modality, minKilled: minKilled, text: text, limit: limit)
    }
}

/// How query commands print: a table for people, JSON Lines or CSV.
enum QueryFormat: String, ExpressibleByArgument, CaseIterable {
    case table, json, csv
}
