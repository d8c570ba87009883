import Foundation
import GRDB
import KroniekCore
import Testing

@testable import KroniekStore

/// A store reclusters each batch through its match keys, touching only the
/// groups the batch reaches, and ends with exactly the clusters that
/// clustering every stored event at once gives, whatever the batch sizes
/// and order, on SQLite and PostgreSQL, and for stores keyed before.
@Suite struct IncrementalClusteringTests {
    static let corpus = MatchingCorpus.articles(count: 90, seed: 11)
    static let families = Set(corpus.flatMap(\.events).map { ClusteringOptions().family(ofCameo: $0.cameo) })

    /// Stores `articles` in batches of `batchSize`.
    static func fill(_ store: any EventStore, _ articles: [ExtractedArticle], batchSize: Int) throws {
        for start in stride(from: 0, to: articles.count, by: batchSize) {
            try store.store(articles[start..<min(start + batchSize, articles.count)].map { StoreFixture.submission($0) })
        }
    }

    /// Checks `store`'s clusters against clustering all its events at once.
    static func expectClustersOfAllAtOnce(_ store: any EventStore, sourceLocation: SourceLocation = #_sourceLocation)
        throws
    {
        let items = try store.clusterItems(families: families, options: ClusteringOptions())
        let expected = ClusterBuilder().clusters(of: items)
        #expect(items.count == corpus.flatMap(\.events).count, sourceLocation: sourceLocation)
        #expect(try store.clusters(families: families) == expected, sourceLocation: sourceLocation)
        #expect(try store.rowCounts()["clusters"] == expected.count, sourceLocation: sourceLocation)
    }

    @Test func theCorpusMergesAcrossArticles() {
        let clusters = ClusterBuilder().clusters(of: Self.corpus.flatMap(ClusterItem.items(of:)))
        #expect(clusters.contains { $0.articleIDs.count >= 3 })
        #expect(clusters.count < Self.corpus.flatMap(\.events).count * 2 / 3)
    }

    @Test(arguments: [(UInt64(0), 1), (0, 7), (0, 90), (1, 1), (2, 3), (3, 16), (4, 45)])
    func batchesGiveTheClustersOfAllAtOnce(seed: UInt64, batchSize: Int) throws {
        let articles = seed == 0 ? Self.corpus : ClusterFixture.shuffled(Self.corpus, seed: seed)
        let store = try StoreFixture.emptyStore()
        try Self.fill(store, articles, batchSize: batchSize)
        try Self.expectClustersOfAllAtOnce(store)
    }

    @Test(.enabled(if: PostgresTestServer.enabled, PostgresTestServer.skipReason), arguments: [(UInt64(0), 5), (5, 2)])
    func postgresBatchesGiveTheClustersOfAllAtOnce(seed: UInt64, batchSize: Int) throws {
        let articles = seed == 0 ? Self.corpus : ClusterFixture.shuffled(Self.corpus, seed: seed)
        let store = try PostgresTestServer.emptyStore()
        try Self.fill(store, articles, batchSize: batchSize)
        try Self.expectClustersOfAllAtOnce(store)
    }

    /// A store written before match keys (v4 adds the tables empty) has its
    /// keys written by the next batch and clusters as if keyed all along.
    @Test func aStoreWithoutKeysIsKeyedAndClusteredRight() throws {
        let store = try StoreFixture.emptyStore()
        try Self.fill(store, Array(Self.corpus.prefix(50)), batchSize: 10)
        try store.pool.write { db in
            try db.execute(sql: "DELETE FROM matchKeys")
            try db.execute(sql: "DELETE FROM matchKeyOptions")
        }
        try Self.fill(store, Array(Self.corpus.dropFirst(50)), batchSize: 4)
        try Self.expectClustersOfAllAtOnce(store)
        let keys = try store.pool.read { try Int.fetchOne($0, sql: "SELECT COUNT(*) FROM matchKeys") }
        let expected = Self.corpus.flatMap(ClusterItem.items(of:)).map {
            MatchKey.keys(of: EventProfile($0, options: ClusteringOptions())).count
        }
        #expect(keys == expected.reduce(0, +))
    }

    /// Keys written under other clustering options are rewritten, and the
    /// batch's families clustered whole under the new ones.
    @Test func otherOptionsRewriteTheKeys() throws {
        let store = try StoreFixture.emptyStore()
        try Self.fill(store, Array(Self.corpus.prefix(30)), batchSize: 10)
        let options = ClusteringOptions(publicationLag: 5)
        try store.store(
            Self.corpus.dropFirst(30).prefix(10).map { StoreFixture.submission($0) }, clusteredBy: ClusterBuilder(options: options))
        let signature = try store.pool.read { try String.fetchAll($0, sql: "SELECT signature FROM matchKeyOptions") }
        #expect(signature == [options.matchKeySignature])
        let lags = try store.pool.read { db in
            try Int.fetchAll(db, sql: "SELECT k.dayTo - k.dayFrom FROM matchKeys k JOIN events e ON e.id = k.eventId WHERE e.dateBasis = 'publication' AND e.modality != 'planned'")
        }
        #expect(!lags.isEmpty && lags.allSatisfy { $0 == 5 })
    }

    /// Every cross-article match is found by a probe of one side into the
    /// keys of the other, which is what makes the walk complete.
    @Test(arguments: [UInt64(11), 12, 13])
    func probesFindEveryMatch(seed: UInt64) {
        let options = ClusteringOptions()
        let rule = SameEventRule(options: options)
        let profiles = MatchingCorpus.articles(count: 40, seed: seed).flatMap(ClusterItem.items(of:)).map {
            EventProfile($0, options: options)
        }
        var matches = 0
        for a in profiles {
            let probes = MatchProbe.probes(of: a, options: options)
            for b in profiles where a.item.articleID != b.item.articleID && rule.matches(a, b) {
                matches += 1
                let found = MatchKey.keys(of: b).contains { key in probes.contains { $0.admits(key) } }
                #expect(found, "\(a.event.id) does not find \(b.event.id)")
            }
        }
        #expect(matches > 0)
    }
}
