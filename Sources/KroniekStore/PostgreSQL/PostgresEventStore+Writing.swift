import Foundation
import KroniekCore

extension PostgresEventStore {
    @discardableResult
    public func store(_ batch: [ArticleSubmission], clusteredBy builder: ClusterBuilder) throws(StoreError)
        -> [StoredEvent]
    {
        if batch.isEmpty { return [] }
        return try perform("storing \(batch.count) article(s)") {
            try retrying { try connections.transaction { try Self.write(batch, clusteredBy: builder, $0) } }
        }
    }

    /// Runs `body` again (up to five times in all) when it fails for a
    /// reason another writer caused: a deadlock or a key taken first.
    func retrying<T>(_ body: () throws -> T) throws -> T {
        var attempt = 1
        while true {
            do {
                return try body()
            } catch where attempt < 5 && Self.isTransient(error) {
                attempt += 1
                Thread.sleep(forTimeInterval: 0.01 * Double(attempt))
            }
        }
    }

    /// Writes `batch` and reclusters the families it touches inside the
    /// caller's transaction.
    ///
    /// Before writing, it takes a transaction-level advisory lock on each
    /// family it will recluster, in sorted order (so two writers never wait
    /// on each other in a cycle). A writer reclustering a family therefore
    /// sees every event of that family committed before it, and the next
    /// writer of that family sees its clusters: no two clusters for one
    /// real-world event because two workers raced.
    static func write(_ batch: [ArticleSubmission], clusteredBy builder: ClusterBuilder, _ session: PostgresSession) throws
        -> [StoredEvent]
    {
        let options = builder.options
        let replaced = try families(replacedBy: batch, options: options, session)
        let families = replaced.union(batch.flatMap { $0.extracted.events.map { options.family(ofCameo: $0.cameo) } })
        for family in families.sorted() {
            try session.execute("SELECT pg_advisory_xact_lock(hashtext(?))", [.text("kroniek cluster family " + family)])
        }
        let now = ISO8601DateFormatter().string(from: Date())
        var stored: [StoredEvent] = []
        var written = BatchEvents()
        for submission in batch {
            let events = try insert(submission, ingestedAt: now, session)
            stored += events
            written.add(events, of: submission, options: options)
        }
        try Reclustering(builder: builder, createdAt: now).run(
            new: written.new, replaced: replaced.union(written.replaced), in: PostgresClusterTables(session: session))
        return stored
    }

    /// The families whose clusters hold events of the articles a batch replaces.
    static func families(replacedBy batch: [ArticleSubmission], options: ClusteringOptions, _ session: PostgresSession) throws
        -> Set<String>
    {
        let cameos = try session.rows(
            """
            SELECT DISTINCT e.cameo FROM events e JOIN articles a ON a.id = e.articleId
            WHERE a.identity = ANY(?) OR a.id = ANY(?)
            """, [.texts(batch.map(\.identity)), .texts(batch.map(\.extracted.article.id))])
        return Set(try cameos.map { options.family(ofCameo: try $0.value(0, as: String.self)) })
    }

    /// Replaces whatever is stored under the submission's identity (or its
    /// article id) by the submission; the caller's transaction makes it atomic.
    static func insert(_ submission: ArticleSubmission, ingestedAt: String, _ session: PostgresSession) throws -> [StoredEvent] {
        let extracted = submission.extracted
        let article = extracted.article
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        try session.execute("DELETE FROM articles WHERE identity = ? OR id = ?", [.text(submission.identity), .text(article.id)])
        try session.execute(
            """
            INSERT INTO articles (id, identity, contentHash, title, published, url, file, outlet, sources, language,
              extractorVersion, packVersion, ingestedAt, input, extracted)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """,
            [
                .text(article.id), .text(submission.identity), .text(submission.contentHash), .text(article.title),
                .text(article.published), .text(article.url), .text(article.file), .text(article.outlet),
                .text(String(decoding: try encoder.encode(article.sources), as: UTF8.self)), .text(article.language),
                .text(submission.provenance.extractor), .text(submission.provenance.pack), .text(ingestedAt),
                .bytes(try encoder.encode(article)), .bytes(try encoder.encode(extracted)),
            ])
        for sentence in extracted.sentences {
            try session.execute(
                "INSERT INTO sentences (articleId, idx, paragraph, text) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING",
                [.text(article.id), .integer(sentence.index), .integer(sentence.paragraph), .text(sentence.text)])
        }
        for timex in extracted.timexes {
            try session.execute(
                """
                INSERT INTO timexes (articleId, sentence, text, type, value, precision, rangeFrom, rangeTo)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                """,
                [
                    .text(article.id), .integer(timex.sentence), .text(timex.text), .text(timex.type), .text(timex.value),
                    .text(timex.precision?.rawValue), .text(timex.from), .text(timex.to),
                ])
        }
        for mention in extracted.mentions {
            try session.execute(
                "INSERT INTO mentions (articleId, sentence, text, code, country, name, kind) VALUES (?, ?, ?, ?, ?, ?, ?)",
                [
                    .text(article.id), .integer(mention.sentence), .text(mention.text), .text(mention.actor.code),
                    .text(mention.actor.country), .text(mention.actor.name), .text(mention.actor.kind),
                ])
        }
        var stored: [StoredEvent] = []
        for event in extracted.events {
            let record = EventRecord(event, articleId: article.id, json: try encoder.encode(event))
            let id = try session.rows(
                """
                INSERT INTO events (eventId, articleId, sentence, trigger, cameo, cameoRoot, plover, quadClass, goldstein,
                  sourceCode, sourceCountry, targetCode, targetCountry, dateValue, datePrecision, dateBasis, firstDay,
                  lastDay, modality, placeName, placeCountry, killed, injured, confidence, json)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id
                """,
                [
                    .text(record.eventId), .text(record.articleId), .integer(record.sentence), .text(record.trigger),
                    .text(record.cameo), .text(record.cameoRoot), .text(record.plover), .integer(record.quadClass),
                    .real(record.goldstein), .text(record.sourceCode), .text(record.sourceCountry), .text(record.targetCode),
                    .text(record.targetCountry), .text(record.dateValue), .text(record.datePrecision), .text(record.dateBasis),
                    .text(record.firstDay), .text(record.lastDay), .text(record.modality), .text(record.placeName),
                    .text(record.placeCountry), .integer(record.killed), .integer(record.injured), .real(record.confidence),
                    .bytes(record.json),
                ])[0].value(0, as: Int64.self)
            stored.append(
                StoredEvent(
                    storeID: id, articleID: article.id, event: event, firstDay: record.firstDay, lastDay: record.lastDay,
                    articleURL: article.url, articleTitle: article.title, published: article.published, outlet: article.outlet,
                    ingestedAt: ingestedAt))
        }
        for quote in extracted.quotes {
            try session.execute(
                """
                INSERT INTO quotes (articleId, sentence, text, speakerCode, speakerCountry, speakerName)
                VALUES (?, ?, ?, ?, ?, ?)
                """,
                [
                    .text(article.id), .integer(quote.sentence), .text(quote.text), .text(quote.speaker?.code),
                    .text(quote.speaker?.country), .text(quote.speaker?.name),
                ])
        }
        for relation in extracted.relations {
            try session.execute(
                "INSERT INTO relations (articleId, sentence, type, sourceCode, targetCode) VALUES (?, ?, ?, ?, ?)",
                [
                    .text(article.id), .integer(relation.sentence), .text(relation.type), .text(relation.source.code),
                    .text(relation.target.code),
                ])
        }
        return stored
    }
}
