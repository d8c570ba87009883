/// A store that cannot be opened, read or written; `description` is the one
/// line the user sees, naming the database and what failed.
///
/// A struct around a private reason (as Hummingbird's `PersistError`), so
/// reasons can be added without breaking callers.
public struct StoreError: Error, Sendable, Hashable, CustomStringConvertible {
    enum Reason: Sendable, Hashable {
        case cannotOpen(String)
        case newerSchema(known: String, found: [String])
        case failed(action: String, detail: String)
    }

    /// The database path or URL.
    public let database: String
    let reason: Reason

    init(database: String, _ reason: Reason) {
        self.database = database
        self.reason = reason
    }

    public var description: String {
        switch reason {
        case .cannotOpen(let why):
            return "\(database): cannot open the event store (\(why))"
        case .newerSchema(let known, let found):
            return "\(database): written by a newer kroniek (schema \(found.joined(separator: ", ")) unknown; this kroniek knows up to \(known)); upgrade kroniek to read it"
        case .failed(let action, let detail):
            return "\(database): \(action) failed (\(detail))"
        }
    }
}
