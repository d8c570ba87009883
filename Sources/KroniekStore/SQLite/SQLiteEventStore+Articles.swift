import Foundation
import GRDB
import KroniekCore

extension SQLiteEventStore {
    public func article(id: String) throws(StoreError) -> StoredArticle? {
        try perform("reading article \(id)") {
            try pool.read { db -> StoredArticle? in
                guard let record = try ArticleRecord.fetchOne(db, key: id) else { return nil }
                let decoder = JSONDecoder()
                let extracted =
                    try record.extracted.map { try decoder.decode(ExtractedArticle.self, from: $0) }
                    ?? Self.rebuild(try decoder.decode(Article.self, from: record.input), db)
                return StoredArticle(identity: record.identity, ingestedAt: record.ingestedAt, extracted: extracted)
            }
        }
    }

    /// The extracted article of a row stored before migration v3, from its
    /// tables; events keep their spans (their JSON has them), the other
    /// facts were stored without.
    static func rebuild(_ article: Article, _ db: Database) throws -> ExtractedArticle {
        let id = article.id
        let decoder = JSONDecoder()
        let sentences = try SentenceRecord.filter(SentenceRecord.Columns.articleId == id)
            .order(SentenceRecord.Columns.idx).fetchAll(db)
            .map { Sentence(index: $0.idx, text: $0.text, paragraph: $0.paragraph) }
        let timexes = try TimexRecord.fetchAll(db, sql: "SELECT * FROM timexes WHERE articleId = ? ORDER BY id", arguments: [id])
            .map {
                Timex(
                    sentence: $0.sentence, text: $0.text, type: $0.type, value: $0.value,
                    precision: $0.precision.flatMap(DatePrecision.init(rawValue:)), from: $0.rangeFrom, to: $0.rangeTo)
            }
        let mentions = try MentionRecord.fetchAll(db, sql: "SELECT * FROM mentions WHERE articleId = ? ORDER BY id", arguments: [id])
            .map {
                Mention(
                    sentence: $0.sentence, text: $0.text,
                    actor: Actor(name: $0.name, code: $0.code, country: $0.country, kind: $0.kind))
            }
        let events = try Data.fetchAll(db, sql: "SELECT json FROM events WHERE articleId = ? ORDER BY id", arguments: [id])
            .map { try decoder.decode(Event.self, from: $0) }
        let quotes = try QuoteRecord.fetchAll(db, sql: "SELECT * FROM quotes WHERE articleId = ? ORDER BY id", arguments: [id])
            .map { row in
                Quote(
                    sentence: row.sentence, text: row.text,
                    speaker: row.speakerCode.map { ActorReference(code: $0, country: row.speakerCountry, name: row.speakerName) })
            }
        let relations = try RelationRecord.fetchAll(
            db, sql: "SELECT * FROM relations WHERE articleId = ? ORDER BY id", arguments: [id]
        ).map {
            Relation(
                sentence: $0.sentence, type: $0.type, source: ActorReference(code: $0.sourceCode, country: nil, name: nil),
                target: ActorReference(code: $0.targetCode, country: nil, name: nil))
        }
        return ExtractedArticle(
            article: article, sentences: sentences, timexes: timexes, mentions: mentions, events: events, quotes: quotes,
            relations: relations)
    }
}
