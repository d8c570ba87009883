import Foundation
import GRDB
import KroniekCore

/// `ClusterTables` on a SQLite write transaction.
///
/// SQLite runs one write transaction at a time, so rewriting match keys
/// needs no lock of its own.
struct SQLiteClusterTables: ClusterTables {
    let db: Database

    func execute(_ statement: StoreStatement) throws {
        try db.execute(sql: statement.sql, arguments: Self.arguments(statement))
    }

    func integers(_ statement: StoreStatement) throws -> [Int64] {
        try Int64.fetchAll(db, sql: statement.sql, arguments: Self.arguments(statement))
    }

    func texts(_ statement: StoreStatement) throws -> [String] {
        try String.fetchAll(db, sql: statement.sql, arguments: Self.arguments(statement))
    }

    func eventRows(_ statement: StoreStatement) throws -> [StoredEventRow] {
        try Row.fetchAll(db, sql: statement.sql, arguments: Self.arguments(statement)).map { row in
            StoredEventRow(
                storeID: row[0], json: row[1], articleID: row[2], outlet: row[3], sources: row[4], published: row[5],
                clustered: row[6])
        }
    }

    func lockMatchKeys() throws {}

    func clusterItems(families: Set<String>, options: ClusteringOptions) throws -> [(storeID: Int64, item: ClusterItem)] {
        try SQLiteEventStore.clusterItems(families: families, options: options, db)
    }

    func deleteClusters(families: Set<String>) throws {
        try SQLiteEventStore.deleteClusters(families: families, db)
    }

    func insert(_ clusters: [EventCluster], storeIDs: [String: Int64], createdAt: String) throws {
        try SQLiteEventStore.insert(clusters, storeIDs: storeIDs, createdAt: createdAt, db)
    }

    private static func arguments(_ statement: StoreStatement) -> StatementArguments {
        StatementArguments(
            statement.arguments.map { argument -> any DatabaseValueConvertible in
                switch argument {
                case .text(let value): value
                case .integer(let value): value
                }
            })
    }
}
