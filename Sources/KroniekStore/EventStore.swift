import KroniekCore

/// Where extracted articles and their events are kept: SQLite by default,
/// PostgreSQL to scale out. The CLI and server talk to this protocol only.
///
/// Every method is synchronous and safe to call from any thread; a store
/// writes each batch in one transaction, so an interrupted ingest leaves
/// every article fully stored or absent.
public protocol EventStore: Sendable {
    /// The number of stored articles.
    func articleCount() throws(StoreError) -> Int

    /// Rows per table, for reports and tests.
    func rowCounts() throws(StoreError) -> [String: Int]

    /// The content hash and versions of every stored article, by identity.
    func fingerprints() throws(StoreError) -> [String: ArticleFingerprint]

    /// Stores extracted articles in one transaction; an article whose
    /// identity is already stored has its old facts replaced. Returns the
    /// events as stored (with their store ids), for clustering.
    @discardableResult
    func store(_ batch: [ArticleSubmission]) throws(StoreError) -> [StoredEvent]

    /// Articles coded by another extractor or pack version than `provenance`.
    func staleArticles(than provenance: Provenance) throws(StoreError) -> [ArticleSubmission]

    /// Events that pass every filter of `query`, by event date then id.
    func events(matching query: EventQuery) throws(StoreError) -> [StoredEvent]

    /// One event with its sentence and article, by event id or store id.
    func event(id: String) throws(StoreError) -> EventDetail?

    /// Direct quotes, optionally of speakers whose code starts with `speaker`.
    func quotes(speaker: String?, limit: Int?) throws(StoreError) -> [StoredQuote]

    /// Actors by number of events, each with its most frequent partners.
    func actors(limit: Int?) throws(StoreError) -> [ActorSummary]
}
