import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import KroniekServer
import KroniekStore
import Testing

/// The read-only routes: answers, filters, paging, bad parameters, unknown ids.
@Suite struct ReadRouteTests {
    /// Each GET route with a query, and what its answer must contain.
    @Test(arguments: [
        ("/api/health", "status"),
        ("/api/events", "items"),
        ("/api/events?actor=TUR&cameo=19", "items"),
        ("/api/timeline?from=2021-05&to=2021-05-31", "items"),
        ("/api/network?modality=asserted", "edges"),
        ("/api/clusters?plover=ASSAULT", "items"),
        ("/api/actors?limit=5", "items"),
        ("/api/quotes?speaker=RUS", "items"),
        ("/api/articles/grens1", "sentences"),
        ("/api/openapi.json", "paths"),
    ])
    func routeAnswers(uri: String, key: String) async throws {
        let app = ServerFixture.application(store: try ServerFixture.store())
        try await app.test(.router) { client in
            try await client.execute(uri: uri, method: .get) { response in
                #expect(response.status == .ok)
                #expect(response.headers[.contentType]?.hasPrefix("application/json") == true)
                #expect(response.json[key] != nil, "\(uri) lacks '\(key)'")
            }
        }
    }

    /// Filters reach the store: each row's events all match it.
    @Test(arguments: [
        ("actor=TUR", ["grens1-1", "grens1-2", "overleg1-1"]),
        ("source=RUS", ["grens1-2"]),
        ("cameo=19", ["grens1-1"]),
        ("plover=consult", ["overleg1-1"]),
        ("modality=planned", ["overleg1-1"]),
        ("minKilled=10", ["grens1-1"]),
        ("place=kobani", ["grens1-1"]),
        ("text=onaanvaardbaar", ["grens1-2"]),
        ("from=2021-05-12&to=2021-05-31", ["grens1-2", "overleg1-1"]),
    ])
    func eventFilters(query: String, expected: [String]) async throws {
        let app = ServerFixture.application(store: try ServerFixture.store())
        try await app.test(.router) { client in
            try await client.execute(uri: "/api/events?" + query, method: .get) { response in
                #expect(response.status == .ok)
                let ids = response.items.compactMap { ($0["event"] as? [String: Any])?["id"] as? String }
                #expect(ids.sorted() == expected)
            }
        }
    }

    /// Bad parameters are 400s whose message quotes the input.
    @Test(arguments: [
        ("/api/events?from=gisteren", "'from=gisteren' is not a date"),
        ("/api/events?modality=misschien", "'modality=misschien' is not a modality"),
        ("/api/events?limit=0", "'limit=0' is not a whole number from 1 to 50"),
        ("/api/events?limit=51", "'limit=51' is not a whole number from 1 to 50"),
        ("/api/events?limit=veel", "'limit=veel' is not a whole number"),
        ("/api/events?minKilled=-1", "'minKilled=-1' is not a whole number"),
        ("/api/events?cameo=19a", "'cameo=19a' is not a CAMEO code prefix"),
        ("/api/events?actor=tur%3B", "'actor=tur;' is not an actor code"),
        ("/api/events?cursor=bogus", "'cursor=bogus' is not a cursor"),
        ("/api/events?colour=red", "unknown parameter 'colour'"),
        ("/api/events?actor=TUR&actor=RUS", "parameter 'actor' is given twice"),
        ("/api/events?text=" + String(repeating: "a", count: 201), "parameter 'text' is longer than 200 characters"),
        ("/api/health?limit=1", "unknown parameter 'limit'; this route takes none"),
        ("/api/quotes?speaker=rus", "'speaker=rus' is not an actor code"),
        ("/api/actors?cursor=ZTotOjE", "'cursor' belongs to another list"),
        ("/api/articles/grens1%3Bdrop", "is not an id"),
    ])
    func badParameters(uri: String, message: String) async throws {
        let app = ServerFixture.application(store: try ServerFixture.store())
        try await app.test(.router) { client in
            try await client.execute(uri: uri, method: .get) { response in
                #expect(response.status == .badRequest)
                #expect(response.errorMessage?.contains(message) == true, "\(response.errorMessage ?? "no message")")
            }
        }
    }

    /// Unknown ids and routes are 404s with a JSON message.
    @Test(arguments: [
        ("/api/articles/onbekend", "no article with id 'onbekend'"),
        ("/api/clusters/c0000000000000000", "no cluster with id 'c0000000000000000'"),
        ("/api/nergens", "no such resource: GET /api/nergens"),
    ])
    func unknownIDs(uri: String, message: String) async throws {
        let app = ServerFixture.application(store: try ServerFixture.store())
        try await app.test(.router) { client in
            try await client.execute(uri: uri, method: .get) { response in
                #expect(response.status == .notFound)
                #expect(response.errorMessage == message)
            }
        }
    }

    /// Walking the pages with `cursor` gives every event once, in the
    /// store's order, as one unpaged request does.
    @Test(arguments: ["/api/events", "/api/timeline", "/api/clusters", "/api/actors"])
    func pagingCoversEverything(path: String) async throws {
        let app = ServerFixture.application(store: try ServerFixture.store(generated: 23))
        try await app.test(.router) { client in
            let whole = try await client.execute(uri: path + "?limit=50", method: .get) { $0.items.count }
            var seen = 0
            var cursor: String?
            var pages = 0
            repeat {
                let uri = path + "?limit=4" + (cursor.map { "&cursor=" + $0 } ?? "")
                let (count, next) = try await client.execute(uri: uri, method: .get) { response in
                    #expect(response.status == .ok)
                    return (response.items.count, response.json["nextCursor"] as? String)
                }
                #expect(count <= 4)
                seen += count
                cursor = next
                pages += 1
            } while cursor != nil && pages < 100
            #expect(whole > 4)
            #expect(seen == whole)
        }
    }

    @Test func eventPagesKeepOrderWithoutRepeats() async throws {
        let app = ServerFixture.application(store: try ServerFixture.store(generated: 23))
        try await app.test(.router) { client in
            let whole = try await client.execute(uri: "/api/events?limit=50", method: .get) { $0.items.map { $0["storeID"] as? Int } }
            var paged: [Int?] = []
            var cursor: String?
            repeat {
                let uri = "/api/events?limit=3" + (cursor.map { "&cursor=" + $0 } ?? "")
                cursor = try await client.execute(uri: uri, method: .get) { response in
                    paged += response.items.map { $0["storeID"] as? Int }
                    return response.json["nextCursor"] as? String
                }
            } while cursor != nil
            #expect(paged == whole)
            #expect(Set(paged.compactMap { $0 }).count == 26)
        }
    }

    /// The article view's data: the contract's sentences and facts with spans.
    @Test func articleHasSentencesFactsAndSpans() async throws {
        let app = ServerFixture.application(store: try ServerFixture.store())
        try await app.test(.router) { client in
            try await client.execute(uri: "/api/articles/grens1", method: .get) { response in
                let json = response.json
                #expect((json["sentences"] as? [Any])?.count == 3)
                #expect(json["identity"] as? String == "https://example.org/grens")
                let timex = (json["timexes"] as? [[String: Any]])?.first
                #expect(timex?["span"] as? [Int] == [25, 32])
                let events = json["events"] as? [[String: Any]] ?? []
                #expect(events.map { $0["span"] as? [Int] ?? [] } == [[15, 24], [8, 20]])
                #expect((json["quotes"] as? [[String: Any]])?.first?["span"] as? [Int] == [38, 60])
                #expect((json["article"] as? [String: Any])?["title"] as? String == "Beschietingen aan de grens")
            }
        }
    }

    /// A cluster lists its member events with their sentences.
    @Test func clusterDetailListsMembers() async throws {
        let app = ServerFixture.application(store: try ServerFixture.store())
        try await app.test(.router) { client in
            let id = try await client.execute(uri: "/api/clusters?cameo=19", method: .get) { response in
                ((response.items.first?["cluster"] as? [String: Any])?["id"] as? String) ?? ""
            }
            try await client.execute(uri: "/api/clusters/" + id, method: .get) { response in
                #expect(response.status == .ok)
                let members = response.json["members"] as? [[String: Any]] ?? []
                #expect(members.count == 1)
                #expect((members.first?["sentence"] as? String)?.hasPrefix("Turkse troepen beschoten") == true)
            }
        }
    }

    @Test func networkCountsCooperationAndConflict() async throws {
        let app = ServerFixture.application(store: try ServerFixture.store())
        try await app.test(.router) { client in
            try await client.execute(uri: "/api/network", method: .get) { response in
                let edges = response.json["edges"] as? [[String: Any]] ?? []
                let byPair = Dictionary(
                    uniqueKeysWithValues: edges.map { ("\($0["source"] ?? "")>\($0["target"] ?? "")", $0) })
                #expect(byPair["TURGOV>RUSGOV"]?["cooperation"] as? Int == 1)
                #expect(byPair["TURMIL>SYR"]?["conflict"] as? Int == 1)
                #expect(edges.count == 3)
            }
        }
    }
}
