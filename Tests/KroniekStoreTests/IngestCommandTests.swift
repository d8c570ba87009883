import Foundation
import KroniekCore
import KroniekStore
import Testing

/// `kroniek ingest` and `reextract` run as a user would run them.
@Suite struct IngestCommandTests {
    static let published = ["--published", "2021-03-04"]

    @Test func ingestingTheSameFolderTwiceAddsNothing() throws {
        let dir = try GeneratedArticles.folder(count: 6)
        let db = dir.appendingPathComponent("store.sqlite").path
        let first = try CommandRunner.run(["ingest", "--db", db] + Self.published + [dir.path])
        #expect(first.status == 0)
        #expect(first.err.hasPrefix("ingested 6 new, 0 unchanged, 0 failed; "))
        let counts = try SQLiteEventStore(path: db).rowCounts()
        let second = try CommandRunner.run(["ingest", "--db", db] + Self.published + [dir.path])
        #expect(second.status == 0)
        #expect(second.err.hasPrefix("ingested 0 new, 6 unchanged, 0 failed; 0 events in "))
        #expect(try SQLiteEventStore(path: db).rowCounts() == counts)
        #expect(counts["articles"] == 6)
        #expect((counts["events"] ?? 0) >= 6)
    }

    @Test func aChangedFileReplacesItsArticle() throws {
        let dir = try CommandRunner.folder(["a.txt": Data(GeneratedArticles.article(1).utf8), "b.txt": Data(GeneratedArticles.article(2).utf8)])
        let db = dir.appendingPathComponent("store.sqlite").path
        #expect(try CommandRunner.run(["ingest", "--db", db] + Self.published + [dir.path]).status == 0)
        let changed = "Egypte en Jordanië overleggen\n\nDe Egyptische president ontmoette zaterdag de Jordaanse koning.\n"
        try Data(changed.utf8).write(to: dir.appendingPathComponent("a.txt"))
        let again = try CommandRunner.run(["ingest", "--db", db] + Self.published + [dir.path])
        #expect(again.status == 0)
        #expect(again.err.hasPrefix("ingested 1 new (1 replaced), 1 unchanged, 0 failed; "))
        let store = try SQLiteEventStore(path: db)
        #expect(try store.articleCount() == 2)
        let aEvents = try store.events(matching: EventQuery()).filter { $0.event.text.contains("Egyptische president") || $0.articleTitle.contains("overleggen") }
        #expect(!aEvents.isEmpty)
        // Nothing of the old a.txt remains: one article has fighting, not two.
        #expect(Set(try store.events(matching: EventQuery(cameo: "19")).map(\.articleID)).count == 1)
    }

    @Test func standardInputTakesJSONLines() throws {
        let dir = try StoreFixture.temporaryFolder()
        let db = dir.appendingPathComponent("store.sqlite").path
        let lines = """
            {"title": "Iran valt Irak aan", "text": "Het Iraanse leger heeft zondag doelen in Irak beschoten.", "published": "2021-03-01", "url": "https://example.org/iran-irak"}
            {"title": "Egypte overlegt", "text": "De Egyptische president ontmoette dinsdag de Jordaanse koning.", "published": "2021-03-02", "url": "https://example.org/egypte"}

            """
        let result = try CommandRunner.run(["ingest", "--db", db, "-"], stdin: Data(lines.utf8))
        #expect(result.status == 0)
        #expect(result.err.hasPrefix("ingested 2 new, 0 unchanged, 0 failed; "))
        #expect(Set(try SQLiteEventStore(path: db).fingerprints().keys) == ["https://example.org/iran-irak", "https://example.org/egypte"])
    }

    @Test func badInputsAreReportedOneLineEachAndTheRestStored() throws {
        let goodLine = #"{"title": "Irak valt Iran aan", "text": "Het Iraakse leger heeft zondag doelen in Iran beschoten.", "published": "2021-03-01", "url": "https://example.org/irak-iran"}"#
        let dir = try CommandRunner.folder([
            "leeg.txt": Data(),
            "beeld.txt": Data([0x89, 0x50, 0x4E, 0x47, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52, 0x00]),
            "regels.jsonl": Data((goodLine + "\n{\"title\": \"Kapot\", \"text\": \n").utf8),
            "goed.txt": Data(GeneratedArticles.article(3).utf8),
        ])
        let db = try StoreFixture.temporaryFolder().appendingPathComponent("store.sqlite").path
        let result = try CommandRunner.run(["ingest", "--db", db] + Self.published + [dir.path])
        #expect(result.status == 1)
        let lines = result.err.split(separator: "\n").map(String.init)
        #expect(lines.count == 4)
        #expect(lines[0] == "kroniek: \(dir.path)/beeld.txt: binary data, not a text article")
        #expect(lines[1] == "kroniek: \(dir.path)/leeg.txt: empty input, no article to read")
        #expect(lines[2].hasPrefix("kroniek: \(dir.path)/regels.jsonl: line 2 is not a JSON article ("))
        #expect(lines[3].hasPrefix("ingested 2 new, 0 unchanged, 3 failed; "))
        #expect(try SQLiteEventStore(path: db).articleCount() == 2)
    }

    @Test func reextractCodesArticlesOfAnOlderExtractorAgain() throws {
        let dir = try StoreFixture.temporaryFolder()
        let db = dir.appendingPathComponent("store.sqlite").path
        let old = try SQLiteEventStore(path: db)
        var stale = StoreFixture.border
        stale.article.paragraphs = ["Het Turkse leger heeft dinsdag doelen in Syrië beschoten."]
        try old.store([StoreFixture.submission(stale)])
        let result = try CommandRunner.run(["reextract", "--db", db])
        #expect(result.status == 0)
        #expect(result.err.hasPrefix("re-extracted 1 articles, 0 failed; "))
        let store = try SQLiteEventStore(path: db)
        #expect(try store.fingerprints()["https://example.org/a"]?.provenance.extractor != StoreFixture.provenance.extractor)
        // The hand-coded events are gone; the extractor's own are there.
        let events = try store.events(matching: EventQuery())
        #expect(!events.isEmpty)
        #expect(!events.map(\.event.id).contains("a-1"))
        #expect(try store.staleArticles(than: store.fingerprints()["https://example.org/a"]!.provenance).isEmpty)
        let nothing = try CommandRunner.run(["reextract", "--db", db])
        #expect(nothing.err.hasPrefix("re-extracted 0 articles, 0 failed; "))
    }

    @Test func aStoreThatCannotBeOpenedIsOneLine() throws {
        let result = try CommandRunner.run(["events", "--db", "/no/such/folder/x.sqlite"])
        #expect(result.status == 2)
        #expect(result.err.hasPrefix("kroniek: /no/such/folder/x.sqlite: cannot open the event store ("))
    }
}
