import Foundation
import HTTPTypes
import Hummingbird
import KroniekCore
import KroniekStore

/// The handlers of the HTTP API over one event store: every route of
/// `APIRoute.all`, each a function from a checked request to a JSON body.
///
/// Store calls are synchronous (SQLite reads take microseconds to a few
/// milliseconds); the one slow path, ingesting a posted article, is left to
/// the injected `ArticleIngesting`.
struct EventAPI: Sendable {
    let store: any EventStore
    let options: ServerOptions
    let ingester: (any ArticleIngesting)?

    /// Registers every route of `APIRoute.all` on `router`.
    func register(on router: Router<BasicRequestContext>) {
        let document = OpenAPIDocument.json(routes: APIRoute.all)
        for route in APIRoute.all {
            router.on(RouterPath(route.routerPath), method: route.method) { request, context -> Response in
                if route.path == "/api/openapi.json" { return Self.json(document, status: .ok) }
                return try await respond(to: route, request, context)
            }
        }
    }

    func respond(to route: APIRoute, _ request: Request, _ context: BasicRequestContext) async throws -> Response {
        let parameters = try QueryParameters(request.uri, allowed: route.parameters)
        switch (route.method, route.path) {
        case (.get, "/api/health"):
            let body = APIBody.Health(status: "ok", articles: try store.articleCount(), readOnly: options.token == nil)
            return try body.response(from: request, context: context)
        case (.get, "/api/events"):
            let (found, next) = try events(parameters)
            return try APIBody.Page(items: found.map(APIBody.StoredEventBody.init), nextCursor: next)
                .response(from: request, context: context)
        case (.get, "/api/timeline"):
            let (found, next) = try events(parameters)
            return try APIBody.Page(items: found.map(APIBody.TimelinePoint.init), nextCursor: next)
                .response(from: request, context: context)
        case (.get, "/api/network"):
            return try network(parameters).response(from: request, context: context)
        case (.get, "/api/clusters"):
            return try clusters(parameters).response(from: request, context: context)
        case (.get, "/api/clusters/{id}"):
            return try cluster(id: try pathID(context)).response(from: request, context: context)
        case (.get, "/api/actors"):
            let limit = try parameters.limit(maximum: options.maxPageSize)
            let offset = try parameters.offset()
            let found = try store.actors(limit: offset + limit + 1)
            return try Self.page(found, offset: offset, limit: limit).response(from: request, context: context)
        case (.get, "/api/quotes"):
            let limit = try parameters.limit(maximum: options.maxPageSize)
            let offset = try parameters.offset()
            if let speaker = parameters[.speaker], speaker.count > 24 || !speaker.allSatisfy(\.isActorCodeCharacter) {
                throw APIError.badRequest("'speaker=\(speaker)' is not an actor code; use capitals and digits, e.g. RUSGOV")
            }
            let found = try store.quotes(speaker: parameters[.speaker], limit: offset + limit + 1)
            return try Self.page(found, offset: offset, limit: limit).response(from: request, context: context)
        case (.get, "/api/articles/{id}"):
            let id = try pathID(context)
            guard let article = try store.article(id: id) else {
                throw APIError.notFound("no article with id '\(id)'")
            }
            return try APIBody.ArticleDetail(stored: article).response(from: request, context: context)
        case (.post, "/api/articles"):
            var response = try await ingest(request, parameters).response(from: request, context: context)
            response.status = .created
            return response
        default:
            throw APIError.notFound("no such resource: \(request.method) \(request.uri.path)")
        }
    }

    /// A page of events that pass the filters, after the cursor.
    func events(_ parameters: QueryParameters) throws -> (items: [StoredEvent], nextCursor: String?) {
        var query = try parameters.eventQuery()
        let limit = try parameters.limit(maximum: options.maxPageSize)
        switch try parameters.cursor() {
        case nil: break
        case .event(let cursor): query.after = cursor
        case .offset: throw APIError.badRequest("'cursor' belongs to another list; pass back this list's nextCursor")
        }
        query.limit = limit + 1
        let found = try store.events(matching: query)
        let items = Array(found.prefix(limit))
        let next = found.count > limit ? items.last.map { PageCursor.event(EventCursor(after: $0)).token } : nil
        return (items, next)
    }

    /// Actors and who-acts-on-whom edges among the filtered events.
    func network(_ parameters: QueryParameters) throws -> APIBody.Network {
        var query = try parameters.eventQuery()
        let limit = try parameters.limit(maximum: 20_000, fallback: 5_000)
        query.limit = limit + 1
        let found = try store.events(matching: query)
        let events = found.prefix(limit)
        var nodes: [String: Int] = [:]
        var edges: [String: APIBody.Network.Edge] = [:]
        for stored in events {
            let event = stored.event
            guard let source = event.source?.code else { continue }
            nodes[source, default: 0] += 1
            guard let target = event.target?.code, target != source else { continue }
            nodes[target, default: 0] += 1
            let key = source + "→" + target
            var edge = edges[key] ?? .init(source: source, target: target, events: 0, cooperation: 0, conflict: 0)
            edge.events += 1
            if event.quadClass <= 2 { edge.cooperation += 1 } else { edge.conflict += 1 }
            edges[key] = edge
        }
        return APIBody.Network(
            nodes: nodes.map { .init(code: $0.key, events: $0.value) }.sorted { ($1.events, $0.code) < ($0.events, $1.code) },
            edges: edges.values.sorted { ($1.events, $0.source, $0.target) < ($0.events, $1.source, $1.target) },
            events: events.count, truncated: found.count > limit)
    }

    func clusters(_ parameters: QueryParameters) throws -> APIBody.Page<APIBody.ClusterBody> {
        var query = try parameters.eventQuery()
        let limit = try parameters.limit(maximum: options.maxPageSize)
        let offset = try parameters.offset()
        query.limit = offset + limit + 1
        let found = try store.clusters(matching: query).map {
            APIBody.ClusterBody(cluster: $0.cluster, representative: APIBody.StoredEventBody($0.representative))
        }
        return Self.page(found, offset: offset, limit: limit)
    }

    /// One cluster with its members; clusters are found by scanning the
    /// stored ones, as the store has no lookup by cluster id.
    func cluster(id: String) throws -> APIBody.ClusterDetail {
        guard let found = try store.clusters(matching: EventQuery()).first(where: { $0.cluster.id == id }) else {
            throw APIError.notFound("no cluster with id '\(id)'")
        }
        let members = try found.cluster.eventIDs.compactMap { eventID in
            try store.event(id: eventID).map {
                APIBody.ClusterDetail.Member(sentence: $0.sentence, stored: APIBody.StoredEventBody($0.stored))
            }
        }
        return APIBody.ClusterDetail(cluster: found.cluster, members: members)
    }

    /// The `{id}` of the path, checked for length and characters.
    func pathID(_ context: BasicRequestContext) throws(APIError) -> String {
        let id = context.parameters.get("id") ?? ""
        guard !id.isEmpty, id.count <= 100, id.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || "-_.".contains($0)) })
        else {
            throw .badRequest("'\(id.prefix(100))' is not an id; ids are letters, digits, '-', '_' or '.'")
        }
        return id
    }

    static func page<Item: Encodable & Sendable>(_ found: [Item], offset: Int, limit: Int) -> APIBody.Page<Item> {
        let items = Array(found.dropFirst(offset).prefix(limit))
        let next = found.count > offset + limit ? PageCursor.offset(offset + limit).token : nil
        return APIBody.Page(items: items, nextCursor: next)
    }

    static func json(_ data: Data, status: HTTPResponse.Status) -> Response {
        var headers = HTTPFields()
        headers[.contentType] = "application/json; charset=utf-8"
        return Response(status: status, headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: data)))
    }
}
