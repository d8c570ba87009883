import Foundation
import KroniekCore

/// What reclustering a batch reads and writes inside the store's
/// transaction, run by each engine its own way.
///
/// `Reclustering` decides what to rebuild and sends the same statements
/// (`MatchKeySQL`) to SQLite and PostgreSQL through this; only binding and
/// reading rows differ between them.
protocol ClusterTables {
    /// Runs `statement`.
    func execute(_ statement: StoreStatement) throws
    /// The first column of each row, as integers.
    func integers(_ statement: StoreStatement) throws -> [Int64]
    /// The first column of each row, as text.
    func texts(_ statement: StoreStatement) throws -> [String]
    /// Rows with `MatchKeySQL.eventColumns`.
    func eventRows(_ statement: StoreStatement) throws -> [StoredEventRow]
    /// Waits until no other writer is rewriting match keys (PostgreSQL's
    /// workers; a SQLite write transaction is alone anyway).
    func lockMatchKeys() throws
    /// Every stored event of `families` as clustering sees it.
    func clusterItems(families: Set<String>, options: ClusteringOptions) throws -> [(storeID: Int64, item: ClusterItem)]
    /// Deletes every cluster of `families`, and any left from before
    /// clusters had keys.
    func deleteClusters(families: Set<String>) throws
    /// Writes `clusters` with their member links (`storeIDs` by event id).
    func insert(_ clusters: [EventCluster], storeIDs: [String: Int64], createdAt: String) throws
}

/// A stored event as `MatchKeySQL.eventColumns` reads it.
struct StoredEventRow {
    var storeID: Int64
    var json: Data
    var articleID: String
    var outlet: String?
    /// The article's agencies as a JSON array.
    var sources: String
    var published: String?
    /// Whether a cluster holds the event.
    var clustered: Bool

    /// The event as clustering sees it.
    func item(_ decoder: JSONDecoder) throws -> ClusterItem {
        let event = try decoder.decode(Event.self, from: json)
        let sources = (try? decoder.decode([String].self, from: Data(sources.utf8))) ?? []
        return ClusterItem(
            event: event, articleID: articleID, outlet: outlet, sources: sources, sentence: event.text,
            published: published)
    }
}
