import Foundation
import GRDB
import KroniekCore

extension SQLiteEventStore {
    @discardableResult
    public func store(_ batch: [ArticleSubmission], clusteredBy builder: ClusterBuilder) throws(StoreError)
        -> [StoredEvent]
    {
        if batch.isEmpty { return [] }
        let now = ISO8601DateFormatter().string(from: Date())
        return try perform("storing \(batch.count) article(s)") {
            try pool.write { db in
                let replaced = try Self.families(replacedBy: batch, options: builder.options, db)
                var stored: [StoredEvent] = []
                var written = BatchEvents()
                for submission in batch {
                    let events = try Self.insert(submission, ingestedAt: now, db)
                    stored += events
                    written.add(events, of: submission, options: builder.options)
                }
                try Reclustering(builder: builder, createdAt: now).run(
                    new: written.new, replaced: replaced.union(written.replaced), in: SQLiteClusterTables(db: db))
                return stored
            }
        }
    }

    /// Replaces whatever is stored under the submission's identity (or its
    /// article id) by the submission; the caller's transaction makes it atomic.
    static func insert(_ submission: ArticleSubmission, ingestedAt: String, _ db: Database) throws -> [StoredEvent] {
        let extracted = submission.extracted
        let article = extracted.article
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        try ArticleRecord
            .filter(ArticleRecord.Columns.identity == submission.identity || ArticleRecord.Columns.id == article.id)
            .deleteAll(db)
        try ArticleRecord(
            id: article.id, identity: submission.identity, contentHash: submission.contentHash, title: article.title,
            published: article.published, url: article.url, file: article.file, outlet: article.outlet,
            sources: String(decoding: try encoder.encode(article.sources), as: UTF8.self), language: article.language,
            extractorVersion: submission.provenance.extractor, packVersion: submission.provenance.pack,
            ingestedAt: ingestedAt, input: try encoder.encode(article), extracted: try encoder.encode(extracted)
        ).insert(db)
        for sentence in extracted.sentences {
            try SentenceRecord(articleId: article.id, idx: sentence.index, paragraph: sentence.paragraph, text: sentence.text)
                .insert(db, onConflict: .ignore)
        }
        for timex in extracted.timexes {
            try TimexRecord(
                articleId: article.id, sentence: timex.sentence, text: timex.text, type: timex.type, value: timex.value,
                precision: timex.precision?.rawValue, rangeFrom: timex.from, rangeTo: timex.to
            ).insert(db)
        }
        for mention in extracted.mentions {
            try MentionRecord(
                articleId: article.id, sentence: mention.sentence, text: mention.text, code: mention.actor.code,
                country: mention.actor.country, name: mention.actor.name, kind: mention.actor.kind
            ).insert(db)
        }
        var stored: [StoredEvent] = []
        for event in extracted.events {
            var record = EventRecord(event, articleId: article.id, json: try encoder.encode(event))
            try record.insert(db)
            stored.append(
                StoredEvent(
                    storeID: record.id ?? 0, articleID: article.id, event: event, firstDay: record.firstDay,
                    lastDay: record.lastDay, articleURL: article.url, articleTitle: article.title,
                    published: article.published, outlet: article.outlet, ingestedAt: ingestedAt))
        }
        for quote in extracted.quotes {
            try QuoteRecord(
                articleId: article.id, sentence: quote.sentence, text: quote.text, speakerCode: quote.speaker?.code,
                speakerCountry: quote.speaker?.country, speakerName: quote.speaker?.name
            ).insert(db)
        }
        for relation in extracted.relations {
            try RelationRecord(
                articleId: article.id, sentence: relation.sentence, type: relation.type,
                sourceCode: relation.source.code, targetCode: relation.target.code
            ).insert(db)
        }
        return stored
    }
}
