/// One SQL statement with `?` placeholders and its arguments, written once
/// for both engines: SQLite binds the placeholders as they are, PostgreSQL
/// numbers them (`PostgresSession`).
///
/// The statements of incremental reclustering are the same on both
/// engines; only how they are run differs (`ClusterTables`).
struct StoreStatement: Sendable {
    /// A value bound to a placeholder.
    enum Argument: Sendable, Hashable {
        case text(String)
        case integer(Int)
    }

    var sql: String
    var arguments: [Argument]

    /// `count` placeholders separated by commas, for `IN (...)` lists.
    static func marks(_ count: Int) -> String {
        Array(repeating: "?", count: count).joined(separator: ", ")
    }

    /// Rows per statement when a list is sent in chunks, well under both
    /// engines' limits on bound values.
    static let chunk = 200
}
