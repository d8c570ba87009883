import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import KroniekServer
import KroniekStore
import Testing

/// The OpenAPI document matches the router, and the web UI is served.
@Suite struct OpenAPITests {
    /// Every API route the router answers is in the document, with its
    /// method, and the document names no route the router lacks.
    @Test func documentMatchesRouter() async throws {
        let router = KroniekServer.buildRouter(store: try ServerFixture.store(), options: ServerOptions())
        let routed = Set(
            router.routes.map { route -> String in
                let path = route.path.description.split(separator: "/").map { part in
                    part.hasPrefix(":") ? "{\(part.dropFirst())}" : String(part)
                }.joined(separator: "/")
                return "\(route.method.rawValue.lowercased()) /\(path)"
            })
        let app = ServerFixture.application(store: try ServerFixture.store())
        let documented = try await app.test(.router) { client in
            try await client.execute(uri: "/api/openapi.json", method: .get) { response -> Set<String> in
                let paths = response.json["paths"] as? [String: [String: Any]] ?? [:]
                return Set(paths.flatMap { path, operations in operations.keys.map { "\($0) \(path)" } })
            }
        }
        #expect(routed.count >= 11)
        #expect(documented == routed)
    }

    /// Every documented path parameter and query parameter is accepted by
    /// the route (a documented parameter never gets "unknown parameter").
    @Test func documentedParametersAreAccepted() async throws {
        let app = ServerFixture.application(store: try ServerFixture.store())
        try await app.test(.router) { client in
            let paths = try await client.execute(uri: "/api/openapi.json", method: .get) {
                $0.json["paths"] as? [String: [String: [String: Any]]] ?? [:]
            }
            for (path, operations) in paths {
                guard let get = operations["get"], !path.contains("{") else { continue }
                let names = (get["parameters"] as? [[String: Any]] ?? []).compactMap { $0["name"] as? String }
                for name in names where !["limit", "cursor", "minKilled", "from", "to"].contains(name) {
                    try await client.execute(uri: "\(path)?\(name)=TUR", method: .get) { response in
                        #expect(response.errorMessage?.contains("unknown parameter") != true, "\(path) refuses \(name)")
                    }
                }
            }
        }
    }

    @Test(arguments: [
        ("/", "text/html"), ("/app.js", "javascript"), ("/style.css", "text/css"), ("/world.json", "application/json"),
    ])
    func webFilesAreServed(path: String, type: String) async throws {
        let app = ServerFixture.application(store: try ServerFixture.store())
        try await app.test(.router) { client in
            try await client.execute(uri: path, method: .get) { response in
                #expect(response.status == .ok)
                #expect(response.headers[.contentType]?.contains(type) == true, "\(response.headers[.contentType] ?? "none")")
                #expect(response.headers[.contentSecurityPolicy]?.contains("default-src 'self'") == true)
                #expect(response.body.readableBytes > 100)
            }
        }
    }
}
