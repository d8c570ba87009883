import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import KroniekCore
import KroniekServer
import KroniekStore
import NIOCore

/// A store with invented articles and hand-coded events (so server tests do
/// not depend on what extraction finds), and the application over it.
enum ServerFixture {
    static let token = "test-token-0123456789"
    static let provenance = Provenance(extractor: "test-1", pack: "test-pack-1")

    static func store(generated: Int = 0) throws -> SQLiteEventStore {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("kroniek-serve-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let store = try SQLiteEventStore(path: folder.appendingPathComponent("events.sqlite").path)
        try store.store(([border, talks] + (0..<generated).map(generatedArticle)).map(submission))
        return store
    }

    static func application(
        store: any EventStore, token: String? = nil, ingester: (any ArticleIngesting)? = nil, maxBodyBytes: Int = 4096
    ) -> some ApplicationProtocol {
        KroniekServer.buildApplication(
            store: store, options: ServerOptions(port: 0, token: token, maxBodyBytes: maxBodyBytes, maxPageSize: 50),
            ingester: ingester)
    }

    static func submission(_ extracted: ExtractedArticle) -> ArticleSubmission {
        ArticleSubmission(
            identity: extracted.article.url ?? extracted.article.file,
            contentHash: ArticleSubmission.contentHash(of: extracted.article), provenance: provenance, extracted: extracted)
    }

    static func actor(_ code: String?) -> ActorReference? {
        code.map { ActorReference(code: $0, country: String($0.prefix(3)), name: "naam van \($0)") }
    }

    static func event(
        _ id: String, sentence: Int, text: String, trigger: String, span: Span?, cameo: String, plover: String, quad: Int,
        source: String?, target: String?, date: String?, precision: DatePrecision?, modality: Modality = .asserted,
        place: Location? = nil, killed: Int? = nil
    ) -> Event {
        Event(
            id: id, sentence: sentence, text: text, trigger: trigger, cameo: cameo, plover: plover, quadClass: quad,
            goldstein: quad > 2 ? -5 : 3, source: actor(source), target: actor(target),
            date: EventDate(value: date, precision: precision, basis: date == nil ? .unknown : .text), modality: modality,
            location: place, casualties: Casualties(killed: killed.map { Count(count: $0, qualifier: "exact") }), span: span)
    }

    static let kobani = Location(name: "Kobani", country: "SYR", precision: "city", lat: 36.89, lon: 38.35)

    /// Shelling with casualties, and a condemnation with a quote.
    static var border: ExtractedArticle {
        let sentences = [
            "Turkse troepen beschoten dinsdag dorpen bij Kobani, daarbij kwamen twaalf mensen om.",
            "Rusland veroordeelde de beschieting: \"Dit is onaanvaardbaar.\"",
        ]
        let article = Article(
            id: "grens1", file: "grens.txt", title: "Beschietingen aan de grens", published: "2021-05-12",
            url: "https://example.org/grens", outlet: "example.org", paragraphs: sentences)
        return ExtractedArticle(
            article: article,
            sentences: [Sentence(index: 0, text: article.title, paragraph: -1)]
                + sentences.enumerated().map { Sentence(index: $0 + 1, text: $1, paragraph: 0) },
            timexes: [Timex(sentence: 1, text: "dinsdag", value: "2021-05-11", precision: .day, span: [25, 32])],
            mentions: [
                Mention(
                    sentence: 1, text: "Turkse troepen", actor: Actor(name: "Turkse troepen", code: "TURMIL", country: "TUR", kind: "group"),
                    span: [0, 14]),
                Mention(
                    sentence: 2, text: "Rusland", actor: Actor(name: "Rusland", code: "RUS", country: "RUS", kind: "country"),
                    span: [0, 7]),
            ],
            events: [
                event(
                    "grens1-1", sentence: 1, text: sentences[0], trigger: "beschoten", span: [15, 24], cameo: "195",
                    plover: "ASSAULT", quad: 4, source: "TURMIL", target: "SYR", date: "2021-05-11", precision: .day,
                    place: kobani, killed: 12),
                event(
                    "grens1-2", sentence: 2, text: sentences[1], trigger: "veroordeelde", span: [8, 20], cameo: "111",
                    plover: "ACCUSE", quad: 3, source: "RUSGOV", target: "TURMIL", date: "2021-05", precision: .month),
            ],
            quotes: [Quote(sentence: 2, text: "Dit is onaanvaardbaar.", speaker: actor("RUSGOV"), span: [38, 60])])
    }

    /// Planned talks between two governments.
    static var talks: ExtractedArticle {
        let sentences = ["De Turkse regering wil volgende week overleggen met Moskou."]
        let article = Article(
            id: "overleg1", file: "overleg.txt", title: "Ankara zoekt overleg", published: "2021-05-12",
            url: "https://example.org/overleg", outlet: "example.org", paragraphs: sentences)
        return ExtractedArticle(
            article: article,
            sentences: [Sentence(index: 0, text: article.title, paragraph: -1), Sentence(index: 1, text: sentences[0], paragraph: 0)],
            events: [
                event(
                    "overleg1-1", sentence: 1, text: sentences[0], trigger: "overleggen", span: [37, 47], cameo: "040",
                    plover: "CONSULT", quad: 1, source: "TURGOV", target: "RUSGOV", date: "2021-W20", precision: .week,
                    modality: .planned)
            ])
    }

    /// The n-th of a series of invented protests, one per day, for paging.
    static func generatedArticle(_ n: Int) -> ExtractedArticle {
        let day = String(format: "2021-06-%02d", n % 28 + 1)
        let sentence = "Demonstranten in Den Haag protesteerden op dag \(n) tegen de regering."
        let article = Article(
            id: "gen\(n)", file: "gen\(n).txt", title: "Protest \(n)", published: day, url: "https://example.org/gen\(n)",
            outlet: "example.org", paragraphs: [sentence])
        return ExtractedArticle(
            article: article,
            sentences: [Sentence(index: 0, text: article.title, paragraph: -1), Sentence(index: 1, text: sentence, paragraph: 0)],
            events: [
                event(
                    "gen\(n)-1", sentence: 1, text: sentence, trigger: "protesteerden", span: nil, cameo: "141",
                    plover: "PROTEST", quad: 3, source: "NLDCVL", target: "NLDGOV", date: n % 5 == 0 ? nil : day,
                    precision: n % 5 == 0 ? nil : .day)
            ])
    }
}

/// Stores a posted text as one article with no events, recording the call.
struct RecordingIngester: ArticleIngesting {
    let store: any EventStore

    func ingest(_ body: Data, published: String?) async throws -> (articleIDs: [String], events: Int) {
        guard let text = String(data: body, encoding: .utf8), !text.isEmpty else { throw ArticleRejection("empty body") }
        let article = Article(id: "posted\(text.count)", file: "posted", title: String(text.prefix(40)), published: published, paragraphs: [text])
        let stored = try store.store([ServerFixture.submission(ExtractedArticle(article: article))])
        return ([article.id], stored.count)
    }
}

extension TestResponse {
    /// The body as JSON.
    var json: [String: Any] {
        (try? JSONSerialization.jsonObject(with: Data(body.readableBytesView))) as? [String: Any] ?? [:]
    }

    /// The `error.message` of an error body.
    var errorMessage: String? {
        (json["error"] as? [String: Any])?["message"] as? String
    }

    var items: [[String: Any]] { json["items"] as? [[String: Any]] ?? [] }
}
