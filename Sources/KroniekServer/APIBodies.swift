import Foundation
import Hummingbird
import KroniekCore
import KroniekStore

/// The JSON bodies the API answers with: the contract's own types
/// (`Event`, `Quote`, `EventCluster`...) wrapped with what the store adds.
///
/// Kept apart from the handlers so the shapes can be read in one place.
enum APIBody {
    /// One page of a list; `nextCursor` is absent on the last page.
    struct Page<Item: Encodable & Sendable>: ResponseEncodable, Sendable {
        var items: [Item]
        var nextCursor: String?
    }

    /// A stored event with its article.
    struct StoredEventBody: Encodable, Sendable {
        var storeID: Int64
        var articleID: String
        var articleTitle: String
        var articleURL: String?
        var published: String?
        var outlet: String?
        var firstDay: String?
        var lastDay: String?
        var event: Event

        init(_ stored: StoredEvent) {
            storeID = stored.storeID
            articleID = stored.articleID
            articleTitle = stored.articleTitle
            articleURL = stored.articleURL
            published = stored.published
            outlet = stored.outlet
            firstDay = stored.firstDay
            lastDay = stored.lastDay
            event = stored.event
        }
    }

    /// An event as a timeline draws it.
    struct TimelinePoint: Encodable, Sendable {
        var storeID: Int64
        var eventID: String
        var articleID: String
        var firstDay: String?
        var lastDay: String?
        var precision: String?
        var quadClass: Int
        var cameo: String
        var label: String
        var source: String?
        var target: String?
        var modality: String
        var killed: Int?

        init(_ stored: StoredEvent) {
            let event = stored.event
            storeID = stored.storeID
            eventID = event.id
            articleID = stored.articleID
            firstDay = stored.firstDay
            lastDay = stored.lastDay
            precision = event.date.precision?.rawValue
            quadClass = event.quadClass
            cameo = event.cameo
            label = event.cameoName ?? event.plover
            source = event.source?.code
            target = event.target?.code
            modality = event.modality.rawValue
            killed = event.casualties.killed?.count
        }
    }

    /// Who acts on whom: actors and directed, counted edges.
    struct Network: ResponseEncodable, Sendable {
        struct Node: Encodable, Sendable {
            var code: String
            var events: Int
        }
        struct Edge: Encodable, Sendable {
            var source: String
            var target: String
            var events: Int
            /// Events of quad class 1-2 (cooperation) and 3-4 (conflict).
            var cooperation: Int
            var conflict: Int
        }
        var nodes: [Node]
        var edges: [Edge]
        /// Events read; `truncated` when the limit cut the set short.
        var events: Int
        var truncated: Bool
    }

    /// A cluster with its representative event.
    struct ClusterBody: Encodable, Sendable {
        var cluster: EventCluster
        var representative: StoredEventBody
    }

    /// A cluster with every member event and the sentence reporting it.
    struct ClusterDetail: ResponseEncodable, Sendable {
        struct Member: Encodable, Sendable {
            var sentence: String
            var stored: StoredEventBody
        }
        var cluster: EventCluster
        var members: [Member]
    }

    /// An article as extracted (the output contract's object), with the
    /// store's identity and ingest time.
    struct ArticleDetail: ResponseEncodable, Sendable {
        var stored: StoredArticle

        enum Keys: String, CodingKey { case identity, ingestedAt }

        func encode(to encoder: any Encoder) throws {
            try stored.extracted.encode(to: encoder)
            var container = encoder.container(keyedBy: Keys.self)
            try container.encode(stored.identity, forKey: .identity)
            try container.encode(stored.ingestedAt, forKey: .ingestedAt)
        }
    }

    struct Health: ResponseEncodable, Sendable {
        var status: String
        var articles: Int
        var readOnly: Bool
    }

    /// What `POST /api/articles` stored.
    struct IngestResult: ResponseEncodable, Sendable {
        var articleIDs: [String]
        var events: Int
    }
}
