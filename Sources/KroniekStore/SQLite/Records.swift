import Foundation
import GRDB
import KroniekCore

/// An `articles` row: the article's identity, hash, versions and input.
struct ArticleRecord: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "articles"
    var id: String
    var identity: String
    var contentHash: String
    var title: String
    var published: String?
    var url: String?
    var file: String
    var outlet: String?
    var sources: String
    var language: String
    var extractorVersion: String
    var packVersion: String
    var ingestedAt: String
    var input: Data
    /// The extracted article (JSON); nil in rows stored before migration v3.
    var extracted: Data?

    enum Columns {
        static let id = Column(CodingKeys.id)
        static let identity = Column(CodingKeys.identity)
        static let contentHash = Column(CodingKeys.contentHash)
        static let extractorVersion = Column(CodingKeys.extractorVersion)
        static let packVersion = Column(CodingKeys.packVersion)
    }
}

/// A `sentences` row.
struct SentenceRecord: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "sentences"
    var articleId: String
    var idx: Int
    var paragraph: Int
    var text: String

    enum Columns {
        static let articleId = Column(CodingKeys.articleId)
        static let idx = Column(CodingKeys.idx)
    }
}

/// A `timexes` row.
struct TimexRecord: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "timexes"
    var id: Int64?
    var articleId: String
    var sentence: Int
    var text: String
    var type: String
    var value: String?
    var precision: String?
    var rangeFrom: String?
    var rangeTo: String?
}

/// A `mentions` row.
struct MentionRecord: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "mentions"
    var id: Int64?
    var articleId: String
    var sentence: Int
    var text: String
    var code: String
    var country: String?
    var name: String
    var kind: String
}

/// An `events` row: the filterable fields in columns, the whole event as JSON.
struct EventRecord: Codable, FetchableRecord, MutablePersistableRecord {
    static let databaseTableName = "events"
    var id: Int64?
    var eventId: String
    var articleId: String
    var sentence: Int
    var trigger: String
    var cameo: String
    var cameoRoot: String
    var plover: String
    var quadClass: Int
    var goldstein: Double
    var sourceCode: String?
    var sourceCountry: String?
    var targetCode: String?
    var targetCountry: String?
    var dateValue: String?
    var datePrecision: String?
    var dateBasis: String
    var firstDay: String?
    var lastDay: String?
    var modality: String
    var placeName: String?
    var placeCountry: String?
    var killed: Int?
    var injured: Int?
    var confidence: Double
    var json: Data

    enum Columns {
        static let id = Column(CodingKeys.id)
        static let eventId = Column(CodingKeys.eventId)
        static let articleId = Column(CodingKeys.articleId)
    }

    mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }

    init(_ event: Event, articleId: String, json: Data) {
        let days = DayInterval.of(event.date)
        id = nil
        eventId = event.id
        self.articleId = articleId
        sentence = event.sentence
        trigger = event.trigger
        cameo = event.cameo
        cameoRoot = String(event.cameo.prefix(2))
        plover = event.plover
        quadClass = event.quadClass
        goldstein = event.goldstein
        sourceCode = event.source?.code
        sourceCountry = event.source?.country
        targetCode = event.target?.code
        targetCountry = event.target?.country
        dateValue = event.date.value
        datePrecision = event.date.precision?.rawValue
        dateBasis = event.date.basis.rawValue
        firstDay = days?.first?.iso
        lastDay = days?.last?.iso
        modality = event.modality.rawValue
        placeName = event.location?.name
        placeCountry = event.location?.country
        killed = event.casualties.killed?.count
        injured = event.casualties.injured?.count
        confidence = event.confidence
        self.json = json
    }
}

/// A `quotes` row.
struct QuoteRecord: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "quotes"
    var id: Int64?
    var articleId: String
    var sentence: Int
    var text: String
    var speakerCode: String?
    var speakerCountry: String?
    var speakerName: String?
}

/// A `relations` row.
struct RelationRecord: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "relations"
    var id: Int64?
    var articleId: String
    var sentence: Int
    var type: String
    var sourceCode: String
    var targetCode: String
}
