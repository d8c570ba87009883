import KroniekCore
import KroniekStore
import Testing

/// Every filter of `kroniek events` (and `timeline`, which is the actor and
/// date filters), against the invented fixture articles.
@Suite struct EventQueryTests {
    @Test(arguments: [
        (EventQuery(), ["a-2", "a-1", "a-3", "b-1", "b-2"]),
        (EventQuery(actor: "TUR"), ["a-2", "a-1", "a-3", "b-1"]),
        (EventQuery(actor: "RUSGOV"), ["a-2", "a-3"]),
        (EventQuery(source: "TUR"), ["a-1", "a-3", "b-1"]),
        (EventQuery(target: "RUS"), ["a-3"]),
        (EventQuery(cameo: "19"), ["a-1"]),
        (EventQuery(cameo: "1"), ["a-2", "a-1", "b-1"]),
        (EventQuery(plover: "ASSAULT"), ["a-1"]),
        (EventQuery(plover: "protest"), ["b-1"]),
        // A month-precision event overlaps a day range inside its month.
        (EventQuery(from: "2021-05-10", to: "2021-05-12"), ["a-2"]),
        (EventQuery(from: "2021-05-17"), ["a-2", "a-3", "b-1"]),
        (EventQuery(to: "2021-05-09"), ["a-2", "a-1"]),
        (EventQuery(from: "2021-06"), ["b-1"]),
        (EventQuery(place: "koba"), ["a-1"]),
        (EventQuery(place: "TUR"), ["b-1"]),
        (EventQuery(modality: "planned"), ["a-3"]),
        (EventQuery(minKilled: 10), ["a-1"]),
        (EventQuery(minKilled: 13), []),
        (EventQuery(text: "VEROORDEELDE"), ["a-2"]),
        (EventQuery(limit: 2), ["a-2", "a-1"]),
        (EventQuery(actor: "TUR", cameo: "04", from: "2021-05-01"), ["a-3"]),
    ])
    func filtersSelectEvents(query: EventQuery, expected: [String]) throws {
        let store = try StoreFixture.filledStore()
        #expect(try store.events(matching: query).map(\.event.id) == expected)
    }

    @Test func eventsReadBackAsStored() throws {
        let store = try StoreFixture.filledStore()
        let stored = try store.events(matching: EventQuery(cameo: "19"))
        #expect(stored.map(\.event) == [StoredFixtureEvents.shelling])
        #expect(stored.first?.firstDay == "2021-05-09")
        #expect(stored.first?.articleURL == "https://example.org/a")
    }

    @Test(arguments: [("a-2", "Rusland veroordeelde de beschieting.", "Beschietingen aan de grens"), ("b-1", "Betogers in Istanbul protesteerden, \"luid\" en lang,\ntegen de regering.", "Protest in Istanbul")])
    func showFindsEventWithSentenceAndArticle(id: String, sentence: String, title: String) throws {
        let store = try StoreFixture.filledStore()
        let detail = try #require(try store.event(id: id))
        #expect(detail.sentence == sentence)
        #expect(detail.article.title == title)
        let byNumber = try #require(try store.event(id: String(detail.stored.storeID)))
        #expect(byNumber.stored.event.id == id)
    }

    @Test func showOfUnknownEventIsNil() throws {
        #expect(try StoreFixture.filledStore().event(id: "zz-9") == nil)
    }

    @Test(arguments: [
        (String?.none, ["Dit is onaanvaardbaar", "Wij gaan door"]),
        ("RUS", ["Dit is onaanvaardbaar"]),
        ("TURCVL", ["Wij gaan door"]),
        ("IRN", []),
    ])
    func quotesBySpeaker(speaker: String?, expected: [String]) throws {
        let store = try StoreFixture.filledStore()
        #expect(try store.quotes(speaker: speaker, limit: nil).map(\.quote.text) == expected)
    }

    @Test func actorsCountEventsAndPartners() throws {
        let summaries = try StoreFixture.filledStore().actors(limit: nil)
        let turmil = try #require(summaries.first { $0.code == "TURMIL" })
        #expect(turmil.events == 2 && turmil.asSource == 1 && turmil.asTarget == 1)
        #expect(Set(turmil.partners.map(\.code)) == ["SYR", "RUSGOV"])
        let rusgov = try #require(summaries.first { $0.code == "RUSGOV" })
        #expect(rusgov.events == 2)
        #expect(summaries.first { $0.code == "IRNGOV" }?.partners == [])
        #expect(try StoreFixture.filledStore().actors(limit: 1).count == 1)
    }
}

/// The fixture's shelling event, as a value to compare a read-back with.
enum StoredFixtureEvents {
    static var shelling: Event { StoreFixture.border.events[0] }
}
