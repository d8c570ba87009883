import Foundation
import KroniekCore

/// `ClusterTables` on a PostgreSQL transaction.
///
/// Workers write concurrently, each holding the advisory locks of the
/// families it reclusters; rewriting every match key also takes a lock of
/// its own, so two writers do not rewrite them at once.
struct PostgresClusterTables: ClusterTables {
    let session: PostgresSession

    func execute(_ statement: StoreStatement) throws {
        try session.execute(statement.sql, Self.values(statement))
    }

    func integers(_ statement: StoreStatement) throws -> [Int64] {
        try session.rows(statement.sql, Self.values(statement)).map { try $0.value(0, as: Int64.self) }
    }

    func texts(_ statement: StoreStatement) throws -> [String] {
        try session.rows(statement.sql, Self.values(statement)).map { try $0.value(0, as: String.self) }
    }

    func eventRows(_ statement: StoreStatement) throws -> [StoredEventRow] {
        try session.rows(statement.sql, Self.values(statement)).map { row in
            StoredEventRow(
                storeID: try row.value(0), json: try row.value(1), articleID: try row.value(2), outlet: try row.value(3),
                sources: try row.value(4), published: try row.value(5), clustered: try row.value(6))
        }
    }

    func lockMatchKeys() throws {
        try session.execute("SELECT pg_advisory_xact_lock(hashtext(?))", [.text("kroniek match keys")])
    }

    func clusterItems(families: Set<String>, options: ClusteringOptions) throws -> [(storeID: Int64, item: ClusterItem)] {
        try PostgresEventStore.clusterItems(families: families, options: options, session)
    }

    func deleteClusters(families: Set<String>) throws {
        try PostgresEventStore.deleteClusters(families: families, session)
    }

    func insert(_ clusters: [EventCluster], storeIDs: [String: Int64], createdAt: String) throws {
        try PostgresEventStore.insert(clusters, storeIDs: storeIDs, createdAt: createdAt, session)
    }

    private static func values(_ statement: StoreStatement) -> [PostgresValue] {
        statement.arguments.map { argument in
            switch argument {
            case .text(let value): .text(value)
            case .integer(let value): .integer(value)
            }
        }
    }
}
