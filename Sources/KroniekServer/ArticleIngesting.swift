import Foundation

/// Reads, extracts and stores an article that was posted to the server.
///
/// The server does not know the reader or the extraction pipeline: the CLI
/// builds one from its language pack and store, and tests pass their own,
/// so `KroniekServer` depends on the store only.
public protocol ArticleIngesting: Sendable {
    /// Reads `body` (JSON with `title`, `text`, `published`, `url`, or plain
    /// text, which gets `published` when given), extracts it and stores it;
    /// returns the stored article ids and the number of events.
    /// Throws `ArticleRejection` when the body is not an article.
    func ingest(_ body: Data, published: String?) async throws -> (articleIDs: [String], events: Int)
}

/// A posted body that is not an article (empty, not UTF-8, broken JSON);
/// the server answers 422 with `message`.
public struct ArticleRejection: Error, Sendable {
    public var message: String

    public init(_ message: String) {
        self.message = message
    }
}
