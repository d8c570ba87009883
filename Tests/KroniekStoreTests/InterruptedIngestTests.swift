import Foundation
import GRDB
import KroniekCore
import KroniekExtraction
import KroniekPacks
import KroniekReading
import KroniekStore
import Testing

/// Killing `kroniek ingest` mid-way leaves a sound store in which every
/// article is whole: all the events a fresh extraction finds, or absent.
@Suite struct InterruptedIngestTests {
    @Test func killedIngestLeavesWholeArticles() throws {
        let count = 300
        let dir = try GeneratedArticles.folder(count: count)
        let db = try StoreFixture.temporaryFolder().appendingPathComponent("store.sqlite").path
        let process = Process()
        process.executableURL = CommandRunner.binary
        process.arguments = ["ingest", "--db", db, "--published", "2021-03-04", dir.path]
        process.standardError = FileHandle.nullDevice
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        // Wait until some articles are stored, then kill without warning.
        let deadline = Date().addingTimeInterval(120)
        var stored = 0
        while process.isRunning, Date() < deadline {
            Thread.sleep(forTimeInterval: 0.02)
            if FileManager.default.fileExists(atPath: db) {
                var readOnly = Configuration()
                readOnly.readonly = true
                stored = (try? DatabaseQueue(path: db, configuration: readOnly).read {
                    try Int.fetchOne($0, sql: "SELECT COUNT(*) FROM articles")
                }) ?? 0
                if stored > 0 { break }
            }
        }
        #expect(process.isRunning, "ingest ended before it could be killed")
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        #expect(process.terminationReason == .uncaughtSignal)

        let store = try SQLiteEventStore(path: db)
        #expect(try store.integrityCheck() == "ok")
        let articles = try store.articleCount()
        #expect(articles > 0 && articles < count)
        let byArticle = Dictionary(grouping: try store.events(matching: EventQuery()), by: \.articleID)

        let pack = try LanguagePack.bundled(language: "nl")
        let pipeline = try Pipeline(pack: pack)
        let reader = try ArticleReader(pack: pack, options: .init(published: "2021-03-04"))
        var checked = 0
        for identity in try store.fingerprints().keys {
            let article = try #require(try reader.read(try Data(contentsOf: URL(fileURLWithPath: identity)), file: identity).first)
            let fresh = pipeline.extract(article)
            let kept = (byArticle[article.id] ?? []).map(\.event)
            #expect(kept.sorted { $0.id < $1.id } == fresh.events.sorted { $0.id < $1.id }, "\(identity) is not whole")
            checked += 1
        }
        #expect(checked == articles)
    }
}
