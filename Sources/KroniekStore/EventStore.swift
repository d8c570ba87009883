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

    /// Stores extracted articles and rebuilds the clusters of the CAMEO
    /// families they touch, all in one transaction; an article whose
    /// identity is already stored has its old facts replaced and its old
    /// events dropped from their clusters. Returns the events as stored
    /// (with their store ids).
    @discardableResult
    func store(_ batch: [ArticleSubmission], clusteredBy builder: ClusterBuilder) throws(StoreError) -> [StoredEvent]

    /// The stored event mentions of `families` (CAMEO families as
    /// `ClusteringOptions.family(ofCameo:)` names them), as clustering sees them.
    func clusterItems(families: Set<String>, options: ClusteringOptions) throws(StoreError) -> [ClusterItem]

    /// The stored clusters of `families`, by id.
    func clusters(families: Set<String>) throws(StoreError) -> [EventCluster]

    /// Clusters with a member event that passes the event filters of
    /// `query`, and whose date range overlaps its `from`/`to`, by first day
    /// then id, each with its representative event.
    func clusters(matching query: EventQuery) throws(StoreError) -> [StoredCluster]

    /// The cluster of each of the given events (contract event ids) that has one.
    func clusters(containing eventIDs: [String]) throws(StoreError) -> [String: EventCluster]

    /// Articles coded by another extractor or pack version than `provenance`.
    func staleArticles(than provenance: Provenance) throws(StoreError) -> [ArticleSubmission]

    /// Events that pass every filter of `query`, by event date then id.
    func events(matching query: EventQuery) throws(StoreError) -> [StoredEvent]

    /// One event with its sentence and article, by event id or store id.
    func event(id: String) throws(StoreError) -> EventDetail?

    /// One article with all its extracted facts, by article id; spans are
    /// kept as extracted.
    func article(id: String) throws(StoreError) -> StoredArticle?

    /// Direct quotes, optionally of speakers whose code starts with `speaker`.
    func quotes(speaker: String?, limit: Int?) throws(StoreError) -> [StoredQuote]

    /// Actors by number of events, each with its most frequent partners.
    func actors(limit: Int?) throws(StoreError) -> [ActorSummary]
}

extension EventStore {
    /// Stores `batch` with the default clustering options.
    @discardableResult
    public func store(_ batch: [ArticleSubmission]) throws(StoreError) -> [StoredEvent] {
        try store(batch, clusteredBy: ClusterBuilder())
    }
}
