import Foundation
import GRDB
import KroniekCore
import KroniekStore
import Testing

/// `article(id:)` and keyset paging (`EventQuery.after`) in the SQLite store.
@Suite struct ArticleReadingTests {
    @Test func articleComesBackAsExtracted() throws {
        let store = try StoreFixture.filledStore()
        let found = try store.article(id: "a")
        #expect(found?.extracted == StoreFixture.border)
        #expect(found?.identity == "https://example.org/a")
        #expect(try store.article(id: "onbekend") == nil)
    }

    /// A row stored before migration v3 has no extracted JSON: the article
    /// is rebuilt from its tables, with everything but the non-event spans.
    @Test func articleStoredBeforeV3IsRebuiltFromItsTables() throws {
        let store = try StoreFixture.filledStore()
        try DatabaseQueue(path: store.path).write { try $0.execute(sql: "UPDATE articles SET extracted = NULL") }
        let rebuilt = try #require(try store.article(id: "a")).extracted
        let original = StoreFixture.border
        #expect(rebuilt.article == original.article)
        #expect(rebuilt.sentences == original.sentences)
        #expect(rebuilt.events == original.events)
        #expect(rebuilt.timexes.map(\.value) == original.timexes.map(\.value))
        #expect(rebuilt.mentions.map(\.actor.code) == original.mentions.map(\.actor.code))
        #expect(rebuilt.quotes == original.quotes)
        #expect(rebuilt.relations.map(\.type) == original.relations.map(\.type))
    }

    /// Pages of two, each after the last event of the one before, give the
    /// unpaged order, undated events last.
    @Test func keysetPagesFollowTheStoreOrder() throws {
        let store = try StoreFixture.filledStore()
        let whole = try store.events(matching: EventQuery())
        var paged: [StoredEvent] = []
        var query = EventQuery(limit: 2)
        while true {
            let page = try store.events(matching: query)
            paged += page
            guard page.count == 2, let last = page.last else { break }
            query.after = EventCursor(after: last)
        }
        #expect(whole.count > 2)
        #expect(paged.map(\.storeID) == whole.map(\.storeID))
        #expect(whole.last?.firstDay == nil)
    }
}
