import KroniekCore

/// Where extracted articles and their events are kept: SQLite by default,
/// PostgreSQL to scale out. The CLI and server talk to this protocol only.
public protocol EventStore: Sendable {
    /// The number of stored articles.
    func articleCount() throws -> Int
}
