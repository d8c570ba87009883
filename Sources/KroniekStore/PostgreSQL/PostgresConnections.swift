import Foundation
import Logging
import NIOCore
import NIOPosix
import PostgresNIO
import Synchronization

/// Open connections to one PostgreSQL database, each lent to one caller at a
/// time, behind a blocking interface.
///
/// `EventStore` is synchronous, postgres-nio is not: every call here waits
/// on an `EventLoopFuture` from the calling thread while the work runs on
/// NIO's event loops. The wait never touches Swift's cooperative thread
/// pool, so concurrent callers cannot starve it; it must not be called from
/// an event-loop thread (NIO traps if it is).
final class PostgresConnections: Sendable {
    let configuration: PostgresConnection.Configuration
    /// The URL without its password, for messages.
    let name: String
    private let idle = Mutex<[PostgresConnection]>([])
    private let nextID = Atomic<Int>(1)
    private let logger = Logger(label: "kroniek.postgres", factory: { _ in SwiftLogNoOpLogHandler() })

    init(configuration: PostgresConnection.Configuration, name: String) {
        self.configuration = configuration
        self.name = name
    }

    deinit {
        for connection in idle.withLock({ $0 }) { Self.close(connection) }
    }

    /// Runs `body` on a connection of its own, returned to the idle ones
    /// afterwards unless it broke.
    @discardableResult
    func withSession<T>(_ body: (PostgresSession) throws -> T) throws -> T {
        let connection = try lease()
        do {
            let result = try body(PostgresSession(connection: connection, logger: logger))
            giveBack(connection)
            return result
        } catch {
            giveBack(connection)
            throw error
        }
    }

    /// Runs `body` in one transaction: committed when it returns, rolled
    /// back when it throws. A connection whose rollback fails is closed.
    @discardableResult
    func transaction<T>(_ body: (PostgresSession) throws -> T) throws -> T {
        let connection = try lease()
        let session = PostgresSession(connection: connection, logger: logger)
        do {
            try session.execute("BEGIN")
            let result = try body(session)
            try session.execute("COMMIT")
            giveBack(connection)
            return result
        } catch {
            if (try? session.execute("ROLLBACK")) != nil {
                giveBack(connection)
            } else {
                Self.close(connection)
            }
            throw error
        }
    }

    /// Closes `connection` and waits until it is (postgres-nio requires a
    /// connection to be closed before it is released).
    private static func close(_ connection: PostgresConnection) {
        let closing: EventLoopFuture<Void> = connection.close()
        _ = try? closing.wait()
    }

    private func lease() throws -> PostgresConnection {
        if let connection = idle.withLock({ $0.popLast() }), !connection.isClosed { return connection }
        let id = nextID.wrappingAdd(1, ordering: .relaxed).oldValue
        return try PostgresConnection.connect(
            on: MultiThreadedEventLoopGroup.singleton.next(), configuration: configuration, id: id, logger: logger
        ).wait()
    }

    private func giveBack(_ connection: PostgresConnection) {
        if connection.isClosed { return }
        idle.withLock { $0.append(connection) }
    }
}

/// One leased connection: runs SQL written with `?` placeholders (numbered
/// `$1`, `$2`... on the way out) and waits for the result.
struct PostgresSession {
    let connection: PostgresConnection
    let logger: Logger

    /// The rows `sql` returns.
    func rows(_ sql: String, _ values: [PostgresValue] = []) throws -> [PostgresRandomAccessRow] {
        let result = try connection.query(try Self.query(sql, values), logger: logger).wait()
        return result.rows.map { $0.makeRandomAccess() }
    }

    /// Runs `sql`; returns the number of rows it changed (0 when it does not say).
    @discardableResult
    func execute(_ sql: String, _ values: [PostgresValue] = []) throws -> Int {
        try connection.query(try Self.query(sql, values), logger: logger).wait().metadata.rows ?? 0
    }

    /// `sql` with its `?` placeholders numbered, and `values` bound to them.
    static func query(_ sql: String, _ values: [PostgresValue]) throws -> PostgresQuery {
        var numbered = ""
        var count = 0
        var quoted = false
        for character in sql {
            if character == "'" { quoted.toggle() }
            if character == "?" && !quoted {
                count += 1
                numbered += "$\(count)"
            } else {
                numbered.append(character)
            }
        }
        var bindings = PostgresBindings(capacity: values.count)
        for value in values { try value.bind(into: &bindings) }
        return PostgresQuery(unsafeSQL: numbered, binds: bindings)
    }
}

/// A value bound to a placeholder.
enum PostgresValue: Sendable {
    case text(String?)
    case integer(Int?)
    case real(Double?)
    case bytes(Data?)
    case texts([String])

    func bind(into bindings: inout PostgresBindings) throws {
        switch self {
        case .text(let value): bindings.append(value)
        case .integer(let value): bindings.append(value)
        case .real(let value): bindings.append(value)
        case .bytes(let value): try bindings.append(value)
        case .texts(let value): bindings.append(value)
        }
    }
}

extension PostgresRandomAccessRow {
    /// The value of column `index`.
    func value<T: PostgresDecodable>(_ index: Int, as type: T.Type = T.self) throws -> T {
        try self[index].decode(T.self)
    }
}
