import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import KroniekServer
import KroniekStore
import NIOCore
import Testing

/// `POST /api/articles`: the token, the body's type and size.
@Suite struct IngestRouteTests {
    static let text = "Den Haag, 3 maart - Het kabinet overlegde dinsdag met de provincies over stikstof."

    /// Who may post: rows of server token, request header, expected status.
    @Test(arguments: [
        (nil, "Bearer \(ServerFixture.token)", HTTPResponse.Status.forbidden, "this server is read-only"),
        (ServerFixture.token, nil, .unauthorized, "needs the header 'Authorization: Bearer TOKEN'"),
        (ServerFixture.token, "Bearer verkeerd-token-0000000", .forbidden, "the token does not match"),
        (ServerFixture.token, "Basic \(ServerFixture.token)", .forbidden, "the token does not match"),
        (ServerFixture.token, "Bearer \(ServerFixture.token)", .created, nil),
    ] as [(String?, String?, HTTPResponse.Status, String?)])
    func tokenDecides(serverToken: String?, header: String?, status: HTTPResponse.Status, message: String?) async throws {
        let store = try ServerFixture.store()
        let app = ServerFixture.application(store: store, token: serverToken, ingester: RecordingIngester(store: store))
        var fields: HTTPFields = [.contentType: "text/plain; charset=utf-8"]
        if let header { fields[.authorization] = header }
        let headers = fields
        try await app.test(.router) { client in
            try await client.execute(
                uri: "/api/articles?published=2021-03-03", method: .post, headers: headers,
                body: ByteBuffer(string: Self.text)
            ) { response in
                #expect(response.status == status)
                if let message { #expect(response.errorMessage?.contains(message) == true, "\(response.errorMessage ?? "")") }
            }
        }
        #expect(try store.articleCount() == (status == .created ? 3 : 2))
    }

    /// Bodies the server refuses before ingesting.
    @Test(arguments: [
        ("text/plain", String(repeating: "lange zin ", count: 500), HTTPResponse.Status.contentTooLarge, "bytes"),
        ("application/xml", "<artikel/>", .unsupportedMediaType, "'Content-Type: application/xml' is not accepted"),
        ("application/json", "{\"title\": ", .unprocessableContent, "not a JSON object"),
        ("application/json", "[1, 2]", .unprocessableContent, "not a JSON object"),
        ("text/plain", "", .unprocessableContent, "empty body"),
    ])
    func refusedBodies(type: String, body: String, status: HTTPResponse.Status, message: String) async throws {
        let store = try ServerFixture.store()
        let app = ServerFixture.application(store: store, token: ServerFixture.token, ingester: RecordingIngester(store: store))
        let headers: HTTPFields = [.contentType: type, .authorization: "Bearer \(ServerFixture.token)"]
        try await app.test(.router) { client in
            try await client.execute(uri: "/api/articles", method: .post, headers: headers, body: ByteBuffer(string: body)) {
                response in
                #expect(response.status == status)
                #expect(response.errorMessage?.contains(message) == true, "\(response.errorMessage ?? "")")
            }
        }
        #expect(try store.articleCount() == 2)
    }

    @Test func postedArticleCanBeRead() async throws {
        let store = try ServerFixture.store()
        let app = ServerFixture.application(store: store, token: ServerFixture.token, ingester: RecordingIngester(store: store))
        let headers: HTTPFields = [.contentType: "text/plain", .authorization: "Bearer \(ServerFixture.token)"]
        try await app.test(.router) { client in
            let id = try await client.execute(
                uri: "/api/articles?published=2021-03-03", method: .post, headers: headers, body: ByteBuffer(string: Self.text)
            ) { response in
                ((response.json["articleIDs"] as? [String]) ?? []).first ?? ""
            }
            try await client.execute(uri: "/api/articles/" + id, method: .get) { response in
                #expect(response.status == .ok)
                #expect((response.json["article"] as? [String: Any])?["published"] as? String == "2021-03-03")
            }
        }
    }

    @Test func badPublishedDateIsRefused() async throws {
        let store = try ServerFixture.store()
        let app = ServerFixture.application(store: store, token: ServerFixture.token, ingester: RecordingIngester(store: store))
        let headers: HTTPFields = [.contentType: "text/plain", .authorization: "Bearer \(ServerFixture.token)"]
        try await app.test(.router) { client in
            try await client.execute(
                uri: "/api/articles?published=morgen", method: .post, headers: headers, body: ByteBuffer(string: Self.text)
            ) { response in
                #expect(response.status == .badRequest)
                #expect(response.errorMessage == "'published=morgen' is not a date; write it as YYYY-MM-DD")
            }
        }
    }
}
