import Foundation
import GRDB
import KroniekCore
import Testing

@testable import KroniekStore

/// Clusters kept by the store: rebuilt with each stored batch, the same
/// whatever the order articles arrive in, and free of replaced events.
@Suite struct ClusterStoreTests {
    /// One invented event: a consult by France with Germany on 5 March 2020
    /// unless the row says otherwise.
    struct Mention {
        var id: String
        var cameo = "042"
        var plover = "CONSULT"
        var source = "FRAGOV"
        var target = "DEUGOV"
        var date = "2020-03-05"
        var text = "De Franse president ontmoette donderdag de Duitse kanselier in Parijs."
    }

    static func article(_ id: String, outlet: String, published: String = "2020-03-06", _ mentions: [Mention])
        -> ExtractedArticle
    {
        let article = Article(
            id: id, file: "\(id).txt", title: "Artikel \(id)", published: published, url: "https://\(outlet)/\(id)",
            outlet: outlet, paragraphs: mentions.map(\.text))
        return ExtractedArticle(
            article: article,
            sentences: mentions.enumerated().map { Sentence(index: $0 + 1, text: $1.text, paragraph: 0) },
            events: mentions.enumerated().map { i, m in
                StoreFixture.event(
                    m.id, sentence: i + 1, text: m.text, cameo: m.cameo, plover: m.plover, source: m.source,
                    target: m.target, date: m.date, precision: .day)
            })
    }

    /// Three reports of one meeting, a fight reported twice, and a protest.
    static var corpus: [ExtractedArticle] {
        [
            article("m1", outlet: "krant.example", [Mention(id: "m1-1")]),
            article(
                "m2", outlet: "blad.example",
                [
                    Mention(id: "m2-1", text: "Macron en Merkel spraken donderdag in Parijs over de begroting."),
                    Mention(
                        id: "m2-2", cameo: "190", plover: "ASSAULT", source: "TURMIL", target: "SYRMIL",
                        date: "2020-03-04", text: "Turkse troepen beschoten woensdag Syrische stellingen."),
                ]),
            article("m3", outlet: "omroep.example", published: "2020-03-05", [Mention(id: "m3-1", text: "Vandaag ontvangt de Franse president de Duitse kanselier.")]),
            article(
                "m4", outlet: "krant.example",
                [
                    Mention(
                        id: "m4-1", cameo: "193", plover: "ASSAULT", source: "TURMIL", target: "SYRMIL",
                        date: "2020-03-04", text: "Het Turkse leger viel woensdag Syrische eenheden aan."),
                    Mention(
                        id: "m4-2", cameo: "141", plover: "PROTEST", source: "CHLCVL", target: "CHLGOV",
                        date: "2020-03-01", text: "Duizenden Chilenen betoogden zondag tegen de regering."),
                ]),
        ]
    }

    static func families(_ articles: [ExtractedArticle]) -> Set<String> {
        Set(articles.flatMap(\.events).map { ClusteringOptions().family(ofCameo: $0.cameo) })
    }

    /// A store that received `articles` in batches of `batchSize`.
    static func store(_ articles: [ExtractedArticle], batchSize: Int = 1) throws -> SQLiteEventStore {
        let store = try StoreFixture.emptyStore()
        for start in stride(from: 0, to: articles.count, by: batchSize) {
            try store.store(articles[start..<min(start + batchSize, articles.count)].map { StoreFixture.submission($0) })
        }
        return store
    }

    /// What clustering all stored mentions at once gives.
    static func fromScratch(_ store: SQLiteEventStore, _ families: Set<String>) throws -> [EventCluster] {
        ClusterBuilder().clusters(of: try store.clusterItems(families: families, options: ClusteringOptions()))
    }

    @Test func storedBatchesAreClustered() throws {
        let store = try Self.store(Self.corpus)
        let clusters = try store.clusters(families: Self.families(Self.corpus))
        let members = clusters.flatMap(\.eventIDs)
        #expect(members.sorted() == Self.corpus.flatMap(\.events).map(\.id).sorted())
        #expect(Set(members).count == members.count)
        let meeting = clusters.first { $0.eventIDs.contains("m1-1") }
        #expect(meeting?.eventIDs == ["m1-1", "m2-1", "m3-1"])
        #expect(meeting?.articleCount == 3)
        #expect(meeting?.outlets == ["blad.example", "krant.example", "omroep.example"])
        #expect(clusters.first { $0.eventIDs.contains("m2-2") }?.eventIDs == ["m2-2", "m4-1"])
        #expect(try store.rowCounts()["clusters"] == clusters.count)
    }

    @Test(arguments: [(UInt64(1), 1), (2, 1), (3, 2), (4, 1), (5, 3)])
    func shuffledOrdersGiveTheSameClusters(seed: UInt64, batchSize: Int) throws {
        let families = Self.families(Self.corpus)
        let reference = try Self.store(Self.corpus, batchSize: Self.corpus.count)
        let shuffled = try Self.store(ClusterFixture.shuffled(Self.corpus, seed: seed), batchSize: batchSize)
        let expected = try reference.clusters(families: families)
        #expect(try shuffled.clusters(families: families) == expected)
        #expect(expected == (try Self.fromScratch(reference, families)))
    }

    /// Replacing an article keeps its event ids but moves one to another
    /// family, drops the other, and leaves no stale member anywhere.
    @Test func aChangedArticleLeavesNoStaleMembers() throws {
        let store = try Self.store(Self.corpus)
        let changed = Self.article(
            "m2", outlet: "blad.example",
            [
                Mention(
                    id: "m2-1", cameo: "141", plover: "PROTEST", source: "CHLCVL", target: "CHLGOV", date: "2020-03-01",
                    text: "In Santiago gingen zondag duizenden mensen de straat op.")
            ])
        try store.store([StoreFixture.submission(changed)])
        let families = Self.families(Self.corpus)
        let clusters = try store.clusters(families: families)
        #expect(!clusters.flatMap(\.eventIDs).contains("m2-2"))
        #expect(clusters.first { $0.eventIDs.contains("m1-1") }?.eventIDs == ["m1-1", "m3-1"])
        #expect(clusters.first { $0.eventIDs.contains("m2-1") }?.eventIDs == ["m2-1", "m4-2"])
        #expect(clusters == (try Self.fromScratch(store, families)))
        #expect(try store.rowCounts()["clusters"] == clusters.count)
    }

    @Test func gdeltCountsComeFromTheCluster() throws {
        let store = try Self.store(Self.corpus)
        let events = try store.events(matching: EventQuery(cameo: "04"))
        let table = GDELTExport.table(events, clusters: try store.clusters(containing: events.map(\.event.id)))
        let rows = DelimitedTable.parse(table.text, delimiter: "\t")
        let column = Dictionary(uniqueKeysWithValues: GDELTExport.columns.enumerated().map { ($1, $0) })
        #expect(rows.count == 4)
        for row in rows.dropFirst() {
            #expect(row[column["NumMentions"]!] == "3")
            #expect(row[column["NumArticles"]!] == "3")
            #expect(row[column["NumSources"]!] == "3")
        }
    }

    /// Cluster ids printed by `kroniek clusters --format json`, by the
    /// representative event's id.
    static func representatives(_ out: String) throws -> [String] {
        try out.split(separator: "\n").map { line in
            let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]
            let representative = object?["representative"] as? [String: Any]
            return (representative?["event"] as? [String: Any])?["id"] as? String ?? "?"
        }
    }

    @Test(arguments: [
        ([String](), ["m4-2", "m2-2", "m1-1"]),
        (["--actor", "TUR"], ["m2-2"]),
        (["--source", "CHL"], ["m4-2"]),
        (["--target", "DEU"], ["m1-1"]),
        (["--cameo", "193"], ["m2-2"]),
        (["--plover", "protest"], ["m4-2"]),
        (["--from", "2020-03-04", "--to", "2020-03-04"], ["m2-2"]),
        (["--from", "2020-03-05"], ["m1-1"]),
        (["--to", "2020-03"], ["m4-2", "m2-2", "m1-1"]),
        (["--modality", "planned"], []),
        (["--text", "Santiago"], []),
        (["--text", "begroting"], ["m1-1"]),
        (["--limit", "1"], ["m4-2"]),
    ])
    func clustersCommandFilters(options: [String], expected: [String]) throws {
        let db = try Self.store(Self.corpus).path
        let result = try CommandRunner.run(["clusters", "--db", db, "--format", "json"] + options)
        #expect(result.status == 0)
        #expect(try Self.representatives(result.out) == expected)
    }

    @Test func clustersCommandTableAndCSV() throws {
        let db = try Self.store(Self.corpus).path
        let table = try CommandRunner.run(["clusters", "--db", db, "--cameo", "04"])
        let lines = table.out.split(separator: "\n")
        #expect(lines.count == 2)
        #expect(lines.first?.hasPrefix("cluster") == true)
        #expect(lines.last?.contains("blad.example; krant.example") == true)
        #expect(lines.last?.contains("FRAGOV") == true)
        let csv = DelimitedTable.parse(try CommandRunner.run(["clusters", "--db", db, "--format", "csv"]).out, delimiter: ",")
        #expect(csv.count == 4)
        #expect(csv.first == ["cluster", "from", "to", "source", "target", "cameo", "events", "articles", "independent", "outlets", "representative", "sentence"])
    }

    @Test func ingestClustersEveryStoredEvent() throws {
        let dir = try GeneratedArticles.folder(count: 5)
        let db = dir.appendingPathComponent("store.sqlite").path
        #expect(try CommandRunner.run(["ingest", "--db", db, "--published", "2021-03-04", dir.path]).status == 0)
        let store = try SQLiteEventStore(path: db)
        let events = try store.events(matching: EventQuery())
        #expect(!events.isEmpty)
        let clusters = try store.clusters(containing: events.map(\.event.id))
        #expect(clusters.count == events.count)
        let listed = try CommandRunner.run(["clusters", "--db", db, "--format", "json"])
        #expect(listed.status == 0)
        #expect(Set(try Self.representatives(listed.out)).count == Set(clusters.values.map(\.id)).count)
    }

    @Test func reingestingAChangedFileReclustersIt() throws {
        let dir = try GeneratedArticles.folder(count: 4)
        let db = dir.appendingPathComponent("store.sqlite").path
        let ingest = ["ingest", "--db", db, "--published", "2021-03-04", dir.path]
        #expect(try CommandRunner.run(ingest).status == 0)
        let changed = "Egypte en Jordanië overleggen\n\nDe Egyptische president ontmoette zaterdag de Jordaanse koning.\n"
        try Data(changed.utf8).write(to: dir.appendingPathComponent("artikel-0001.txt"))
        #expect(try CommandRunner.run(ingest).status == 0)
        let store = try SQLiteEventStore(path: db)
        let ids = Set(try store.events(matching: EventQuery()).map(\.event.id))
        let families = Set(try store.events(matching: EventQuery()).map { ClusteringOptions().family(ofCameo: $0.event.cameo) })
        let clusters = try store.clusters(families: families)
        #expect(Set(clusters.flatMap(\.eventIDs)) == ids)
        #expect(clusters.flatMap(\.eventIDs).count == ids.count)
        #expect(try store.rowCounts()["clusters"] == clusters.count)
    }

    /// A store whose events have no clusters yet (as after migrating a
    /// store from before clustering) gets whole families clustered once a
    /// batch touches them.
    @Test func aFamilyWithoutClustersIsClusteredWhole() throws {
        let store = try Self.store(Array(Self.corpus.prefix(2)))
        try store.pool.write { try $0.execute(sql: "DELETE FROM clusters") }
        try store.store([StoreFixture.submission(Self.corpus[2])])
        let clusters = try store.clusters(families: ["04"])
        #expect(clusters.first { $0.eventIDs.contains("m1-1") }?.eventIDs == ["m1-1", "m2-1", "m3-1"])
        #expect(try store.clusters(families: ["18-20"]).isEmpty)
    }

    @Test func aStoreFromBeforeClusteringIsMigrated() throws {
        let path = try StoreFixture.temporaryFolder().appendingPathComponent("v1.sqlite").path
        try SQLiteEventStore.migrator.migrate(try DatabaseQueue(path: path), upTo: "v1")
        let store = try SQLiteEventStore(path: path)
        try store.store([StoreFixture.submission(Self.corpus[0])])
        #expect(try store.clusters(families: ["04"]).map(\.eventIDs) == [["m1-1"]])
    }
}
