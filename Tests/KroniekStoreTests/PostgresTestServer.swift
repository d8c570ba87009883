import Foundation
import Testing

@testable import KroniekStore

/// The PostgreSQL server the PostgreSQL tests run against: the URL in
/// `KRONIEK_TEST_POSTGRES` (`scripts/ci/postgres-start.sh` starts one and
/// prints it). Without it those tests are skipped with `skipReason`, never
/// passed; under `CI=true` they run and fail instead.
enum PostgresTestServer {
    static let url: String? = ProcessInfo.processInfo.environment["KRONIEK_TEST_POSTGRES"].flatMap { $0.isEmpty ? nil : $0 }

    /// Whether PostgreSQL tests run: a server is given, or CI demands them.
    static let enabled: Bool = {
        if url == nil, ProcessInfo.processInfo.environment["CI"] != "true" {
            FileHandle.standardError.write(Data("note: \(skipReason)\n".utf8))
            return false
        }
        return true
    }()

    static let skipReason: Comment =
        "PostgreSQL tests skipped: KRONIEK_TEST_POSTGRES is not set (export KRONIEK_TEST_POSTGRES=$(scripts/ci/postgres-start.sh))"

    /// A new empty database on the server; returns its URL.
    static func freshDatabase() throws -> String {
        let server = try #require(url, "KRONIEK_TEST_POSTGRES is not set, but CI=true requires the PostgreSQL tests")
        let address = try PostgresEventStore.configuration(server)
        let connections = PostgresConnections(configuration: address.configuration, name: address.name)
        let name = "kroniek_test_" + UUID().uuidString.replacingOccurrences(of: "-", with: "").lowercased().prefix(16)
        try connections.withSession { try $0.execute("CREATE DATABASE \(name)") }
        var parts = try #require(URLComponents(string: server))
        parts.path = "/" + name
        return try #require(parts.string)
    }

    /// A command the tests needed that failed, with its standard error.
    struct CommandFailure: Error {
        var message: String
    }

    /// A fresh database opened as a store.
    static func emptyStore() throws -> PostgresEventStore {
        try PostgresEventStore(url: try freshDatabase())
    }
}
