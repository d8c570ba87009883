import Foundation
import GRDB
import KroniekCore
import KroniekStore
import Testing

@Suite struct StoreWritingTests {
    @Test func storingTheSameArticleTwiceKeepsOneCopy() throws {
        let store = try StoreFixture.emptyStore()
        try store.store([StoreFixture.submission(StoreFixture.border)])
        let once = try store.rowCounts()
        try store.store([StoreFixture.submission(StoreFixture.border)])
        #expect(try store.rowCounts() == once)
        #expect(once["articles"] == 1 && once["events"] == 3 && once["sentences"] == 4 && once["quotes"] == 1)
    }

    @Test func aChangedArticleReplacesItsFacts() throws {
        let store = try StoreFixture.emptyStore()
        try store.store([StoreFixture.submission(StoreFixture.border)])
        var changed = StoreFixture.border
        changed.article.id = "a2"
        changed.article.paragraphs = ["Rusland veroordeelde de beschieting."]
        changed.events = [changed.events[1]]
        changed.quotes = []
        try store.store([StoreFixture.submission(changed)])
        let counts = try store.rowCounts()
        #expect(counts["articles"] == 1 && counts["events"] == 1 && counts["quotes"] == 0 && counts["relations"] == 1)
        #expect(try store.events(matching: EventQuery()).map(\.articleID) == ["a2"])
        #expect(try store.fingerprints()["https://example.org/a"]?.contentHash == ArticleSubmission.contentHash(of: changed.article))
    }

    @Test func staleArticlesComeBackWithTheirInput() throws {
        let store = try StoreFixture.filledStore()
        #expect(try store.staleArticles(than: StoreFixture.provenance).isEmpty)
        let stale = try store.staleArticles(than: Provenance(extractor: "test-2", pack: "test-pack-1"))
        #expect(stale.map(\.extracted.article) == [StoreFixture.border.article, StoreFixture.protest.article])
        #expect(stale.map(\.identity) == ["https://example.org/a", "https://example.org/b"])
    }

    @Test func aNewerSchemaIsRefusedWithOneLine() throws {
        let path = try StoreFixture.temporaryFolder().appendingPathComponent("newer.sqlite").path
        _ = try SQLiteEventStore(path: path)
        try DatabaseQueue(path: path).write { try $0.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES ('v99')") }
        #expect {
            try SQLiteEventStore(path: path)
        } throws: { error in
            "\(error)" == "\(path): written by a newer kroniek (schema v99 unknown; this kroniek knows up to v4); upgrade kroniek to read it"
        }
    }

    @Test func contentHashFollowsTheText() {
        var article = StoreFixture.border.article
        let before = ArticleSubmission.contentHash(of: article)
        #expect(ArticleSubmission.contentHash(of: article) == before)
        article.paragraphs[0] += " Er vielen ook gewonden."
        #expect(ArticleSubmission.contentHash(of: article) != before)
    }

    @Test(arguments: [("los.txt", 0, 1, "los.txt"), ("los.txt", 1, 3, "los.txt#2"), ("-", 1, 3, "stdin:x")])
    func identityWithoutURLIsTheFile(file: String, position: Int, count: Int, expected: String) {
        let article = Article(id: "x", file: file, title: "Titel")
        #expect(ArticleSubmission.identity(of: article, position: position, of: count) == expected)
    }
}
