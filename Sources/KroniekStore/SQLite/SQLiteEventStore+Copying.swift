import Foundation
import GRDB
import KroniekCore

extension SQLiteEventStore {
    /// Up to `limit` stored articles with every fact extracted from them,
    /// by identity, starting after `identity`: what `kroniek migrate` copies
    /// into another store, which clusters them again (clustering does not
    /// depend on order).
    public func submissions(after identity: String?, limit: Int) throws(StoreError) -> [ArticleSubmission] {
        try perform("reading articles to copy") {
            try pool.read { db in
                let decoder = JSONDecoder()
                let records = try ArticleRecord.fetchAll(
                    db, sql: "SELECT * FROM articles WHERE identity > ? ORDER BY identity LIMIT ?",
                    arguments: [identity ?? "", limit])
                return try records.map { record in
                    let id = record.id
                    let sentences = try SentenceRecord.fetchAll(
                        db, sql: "SELECT * FROM sentences WHERE articleId = ? ORDER BY idx", arguments: [id])
                    let timexes = try TimexRecord.fetchAll(
                        db, sql: "SELECT * FROM timexes WHERE articleId = ? ORDER BY id", arguments: [id])
                    let mentions = try MentionRecord.fetchAll(
                        db, sql: "SELECT * FROM mentions WHERE articleId = ? ORDER BY id", arguments: [id])
                    let events = try Data.fetchAll(
                        db, sql: "SELECT json FROM events WHERE articleId = ? ORDER BY id", arguments: [id])
                    let quotes = try QuoteRecord.fetchAll(
                        db, sql: "SELECT * FROM quotes WHERE articleId = ? ORDER BY id", arguments: [id])
                    let relations = try RelationRecord.fetchAll(
                        db, sql: "SELECT * FROM relations WHERE articleId = ? ORDER BY id", arguments: [id])
                    let extracted = ExtractedArticle(
                        article: try decoder.decode(Article.self, from: record.input),
                        sentences: sentences.map { Sentence(index: $0.idx, text: $0.text, paragraph: $0.paragraph) },
                        timexes: timexes.map {
                            Timex(
                                sentence: $0.sentence, text: $0.text, type: $0.type, value: $0.value,
                                precision: $0.precision.flatMap(DatePrecision.init(rawValue:)), from: $0.rangeFrom, to: $0.rangeTo)
                        },
                        mentions: mentions.map {
                            Mention(
                                sentence: $0.sentence, text: $0.text,
                                actor: Actor(name: $0.name, code: $0.code, country: $0.country, kind: $0.kind))
                        },
                        events: try events.map { try decoder.decode(Event.self, from: $0) },
                        quotes: quotes.map {
                            Quote(
                                sentence: $0.sentence, text: $0.text,
                                speaker: $0.speakerCode.map { [q = $0] code in
                                    ActorReference(code: code, country: q.speakerCountry, name: q.speakerName)
                                })
                        },
                        relations: relations.map {
                            Relation(
                                sentence: $0.sentence, type: $0.type, source: ActorReference(code: $0.sourceCode, country: nil, name: nil),
                                target: ActorReference(code: $0.targetCode, country: nil, name: nil))
                        })
                    return ArticleSubmission(
                        identity: record.identity, contentHash: record.contentHash,
                        provenance: Provenance(extractor: record.extractorVersion, pack: record.packVersion),
                        extracted: extracted)
                }
            }
        }
    }
}
