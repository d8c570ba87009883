import Foundation
import KroniekCore
import KroniekExtraction
import KroniekPacks
import KroniekReading
import Testing

@testable import KroniekStore

/// Workers on the PostgreSQL work queue: each article stored exactly once,
/// whatever dies, and the same events and clusters as one SQLite ingest.
@Suite(.enabled(if: PostgresTestServer.enabled, PostgresTestServer.skipReason))
struct PostgresWorkerTests {
    static func worker(_ db: String) throws -> Process {
        let process = Process()
        process.executableURL = CommandRunner.binary
        process.arguments = [
            "worker", "--db", db, "--exit-when-empty", "--lease-seconds", "20", "--max-attempts", "10", "--batch-size", "25",
            "--poll-seconds", "0.2",
        ]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        return process
    }

    /// Waits for `process` to end, killing it after `seconds`.
    static func finish(_ process: Process, within seconds: Double) {
        let deadline = Date().addingTimeInterval(seconds)
        while process.isRunning, Date() < deadline { Thread.sleep(forTimeInterval: 0.05) }
        if process.isRunning { kill(process.processIdentifier, SIGKILL) }
        process.waitUntilExit()
    }

    @Test func fourWorkersOneKilledStoreEachArticleOnce() throws {
        let count = 1000
        let folder = try GeneratedArticles.folder(count: count)
        let db = try PostgresTestServer.freshDatabase()
        let enqueued = try CommandRunner.run(["enqueue", "--db", db, "--published", "2021-03-04", folder.path])
        #expect(enqueued.status == 0)
        #expect(enqueued.err.hasPrefix("queued \(count) articles"), "\(enqueued.err)")

        let store = try PostgresEventStore(url: db)
        let workers = try (0..<4).map { _ in try Self.worker(db) }
        // Kill one without warning once a tenth of the queue is done.
        let deadline = Date().addingTimeInterval(300)
        while try store.queueCounts().done < count / 10, workers[0].isRunning, Date() < deadline {
            Thread.sleep(forTimeInterval: 0.05)
        }
        #expect(workers[0].isRunning, "the worker ended before it could be killed")
        kill(workers[0].processIdentifier, SIGKILL)
        workers[0].waitUntilExit()
        #expect(workers[0].terminationReason == .uncaughtSignal)
        for survivor in workers.dropFirst() {
            // Long on purpose: each batch reclusters the whole family (see README).
            Self.finish(survivor, within: 3000)
            #expect(survivor.terminationStatus == 0)
        }
        #expect(try store.queueCounts() == QueueCounts(done: count))

        // The reference: the same articles extracted in this process and
        // stored in SQLite as one batch (clustering does not depend on
        // order or batches, and one batch clusters once instead of 125 times).
        let pack = try LanguagePack.bundled(language: "nl")
        let pipeline = try Pipeline(pack: pack)
        let reader = try ArticleReader(pack: pack, options: .init(published: "2021-03-04"))
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        let submissions = try files.map { name in
            let path = folder.appendingPathComponent(name).path
            let article = try #require(try reader.read(try Data(contentsOf: URL(fileURLWithPath: path)), file: path).first)
            return ArticleSubmission(
                identity: path, contentHash: ArticleSubmission.contentHash(of: article), provenance: StoreFixture.provenance,
                extracted: pipeline.extract(article))
        }
        let sqlite = try StoreFixture.emptyStore()
        try sqlite.store(submissions)
        #expect(try store.articleCount() == count)
        #expect(try store.rowCounts() == sqlite.rowCounts())
        let events = try store.events(matching: EventQuery())
        #expect(Set(events.map(\.event.id)).count == events.count)
        #expect(Set(events.map(\.event)) == Set(try sqlite.events(matching: EventQuery()).map(\.event)))
        let clusters = try store.clusters(matching: EventQuery()).map { Set($0.cluster.eventIDs) }
        #expect(clusters.count > 10)
        #expect(Set(clusters) == Set(try sqlite.clusters(matching: EventQuery()).map { Set($0.cluster.eventIDs) }))
    }

    static func enqueueFixtures(_ store: PostgresEventStore) throws -> [String: ArticleSubmission] {
        let submissions = [StoreFixture.submission(StoreFixture.border), StoreFixture.submission(StoreFixture.protest)]
        #expect(try store.enqueue(submissions.map { ($0.identity, $0.contentHash, $0.extracted.article) }) == 2)
        #expect(try store.enqueue(submissions.map { ($0.identity, $0.contentHash, $0.extracted.article) }) == 0)
        return Dictionary(uniqueKeysWithValues: submissions.map { ($0.identity, $0) })
    }

    @Test func anExpiredLeaseGoesToAnotherWorkerAndTheFirstStoresNothing() throws {
        let store = try PostgresTestServer.emptyStore()
        let submissions = try Self.enqueueFixtures(store)
        let first = try store.claim(worker: "a", limit: 10, leaseSeconds: 0.3, maxAttempts: 3)
        #expect(first.count == 2)
        #expect(try store.claim(worker: "b", limit: 10, leaseSeconds: 60, maxAttempts: 3).isEmpty)
        #expect(try store.queueCounts() == QueueCounts(running: 2))
        Thread.sleep(forTimeInterval: 0.6)
        let second = try store.claim(worker: "b", limit: 10, leaseSeconds: 60, maxAttempts: 3)
        #expect(second.map(\.id) == first.map(\.id))
        #expect(second.map(\.attempts) == [2, 2])
        func batch(_ claimed: [QueuedArticle]) -> [(id: Int64, submission: ArticleSubmission)] {
            claimed.map { ($0.id, submissions[$0.identity]!) }
        }
        let late = try store.complete(batch(first), worker: "a", clusteredBy: ClusterBuilder())
        #expect(late.done.isEmpty && late.events.isEmpty)
        let done = try store.complete(batch(second), worker: "b", clusteredBy: ClusterBuilder())
        #expect(done.done == second.map(\.id))
        #expect(done.events.count == 5)
        #expect(try store.queueCounts() == QueueCounts(done: 2))
        #expect(try store.articleCount() == 2)
    }

    @Test func articlesNobodyFinishesOrNobodyCanReadEndFailed() throws {
        let store = try PostgresTestServer.emptyStore()
        _ = try Self.enqueueFixtures(store)
        #expect(try store.claim(worker: "a", limit: 1, leaseSeconds: 0.2, maxAttempts: 2).count == 1)
        Thread.sleep(forTimeInterval: 0.4)
        let again = try store.claim(worker: "b", limit: 1, leaseSeconds: 0.2, maxAttempts: 2)
        #expect(again.map(\.attempts) == [2])
        Thread.sleep(forTimeInterval: 0.4)
        try store.connections.withSession { session in
            try session.execute(
                "INSERT INTO queue (identity, contentHash, article) VALUES ('kapot.txt', '0', ?)", [.bytes(Data("{".utf8))])
        }
        // The given-up article is failed; the other fixture and the broken one are claimed.
        let third = try store.claim(worker: "c", limit: 10, leaseSeconds: 60, maxAttempts: 2)
        #expect(third.map(\.identity) == ["https://example.org/b"])
        #expect(try store.queueCounts() == QueueCounts(running: 1, failed: 2))
        let failures = try store.queueFailures()
        #expect(failures.map(\.identity) == ["https://example.org/a", "kapot.txt"])
        #expect(failures[0].error == "gave up after 2 claims whose workers did not finish")
        #expect(failures[1].error.hasPrefix("the queued article cannot be read"))
        #expect(try store.retryFailed() == 2)
        #expect(try store.queueCounts() == QueueCounts(pending: 2, running: 1))
    }
}
