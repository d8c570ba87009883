import HTTPTypes

/// One route of the HTTP API as the OpenAPI document describes it: method,
/// path, summary, query parameters and whether it needs the token.
///
/// The router registers exactly these routes (`EventAPI.register`), and a
/// test compares the router's routes with the OpenAPI document, so the
/// document cannot drift from what the server answers.
struct APIRoute: Sendable {
    var method: HTTPRequest.Method
    /// OpenAPI form: `/api/articles/{id}`.
    var path: String
    var summary: String
    var parameters: [APIParameter]
    var needsToken = false
    /// The response schema's name in the document's components.
    var response: String

    /// The path as Hummingbird's router writes it: `/api/articles/:id`.
    var routerPath: String {
        path.split(separator: "/", omittingEmptySubsequences: false).map { part in
            part.hasPrefix("{") && part.hasSuffix("}") ? ":" + part.dropFirst().dropLast() : part
        }.joined(separator: "/")
    }

    static let filters: [APIParameter] = [
        .actor, .source, .target, .cameo, .plover, .from, .to, .place, .modality, .minKilled, .text,
    ]
    static let paging: [APIParameter] = [.limit, .cursor]

    static let all: [APIRoute] = [
        APIRoute(
            method: .get, path: "/api/health", summary: "Whether the server and its store answer.", parameters: [],
            response: "Health"),
        APIRoute(
            method: .get, path: "/api/events", summary: "Stored events that pass the filters, by event date.",
            parameters: filters + paging, response: "EventPage"),
        APIRoute(
            method: .get, path: "/api/timeline",
            summary: "Events as timeline points (date, quad class, casualties, modality), by event date.",
            parameters: filters + paging, response: "TimelinePage"),
        APIRoute(
            method: .get, path: "/api/network",
            summary: "Who acts on whom among the filtered events: actors and directed edges with counts.",
            parameters: filters + [.limit], response: "Network"),
        APIRoute(
            method: .get, path: "/api/clusters",
            summary: "Real-world events (clusters of mentions) with a member event that passes the filters.",
            parameters: filters + paging, response: "ClusterPage"),
        APIRoute(
            method: .get, path: "/api/clusters/{id}", summary: "One cluster with its member events and articles.",
            parameters: [.id], response: "ClusterDetail"),
        APIRoute(
            method: .get, path: "/api/actors", summary: "Actors by number of events, with their top partners.",
            parameters: paging, response: "ActorPage"),
        APIRoute(
            method: .get, path: "/api/quotes", summary: "Direct quotes, optionally of one speaker.",
            parameters: [.speaker] + paging, response: "QuotePage"),
        APIRoute(
            method: .get, path: "/api/articles/{id}",
            summary: "One article with its sentences and extracted facts (spans in UTF-16 units of the sentence).",
            parameters: [.id], response: "ArticleDetail"),
        APIRoute(
            method: .post, path: "/api/articles",
            summary: "Ingest one article (JSON with title, text, published, url; or plain text). Needs the token.",
            parameters: [.published], needsToken: true, response: "IngestResult"),
        APIRoute(
            method: .get, path: "/api/openapi.json", summary: "This document.", parameters: [], response: "OpenAPI"),
    ]
}

/// A query or path parameter of the API, with the schema the document gives it.
enum APIParameter: String, Sendable, CaseIterable {
    case actor, source, target, cameo, plover, from, to, place, modality, minKilled, text, limit, cursor, speaker
    case id, published

    var location: String { self == .id ? "path" : "query" }

    var description: String {
        switch self {
        case .actor: "Source or target actor code prefix (TUR matches TURGOV)."
        case .source: "Source actor code prefix."
        case .target: "Target actor code prefix."
        case .cameo: "CAMEO code prefix, digits (19 matches 190 and 195)."
        case .plover: "PLOVER event type, e.g. ASSAULT."
        case .from: "Events dated on or after this day (YYYY-MM-DD, YYYY-MM or YYYY)."
        case .to: "Events dated on or before this day."
        case .place: "Place name (part of it) or country code of the event location."
        case .modality: "asserted, planned, intended, alleged, denied, negated or hypothetical."
        case .minKilled: "Events with at least this many killed."
        case .text: "Words in the event's sentence."
        case .limit: "At most this many items (1 to the server's page size, default 100)."
        case .cursor: "Where the previous page ended (its nextCursor)."
        case .speaker: "Speaker code prefix (RUS matches RUSGOV)."
        case .id: "The id."
        case .published: "Publication date for plain-text bodies (YYYY-MM-DD)."
        }
    }

    var type: String { [.minKilled, .limit].contains(self) ? "integer" : "string" }
}
