import Foundation
import KroniekCore
import KroniekStore

/// Invented articles with hand-coded events, so store tests do not depend
/// on what extraction finds.
enum StoreFixture {
    static let provenance = Provenance(extractor: "test-1", pack: "test-pack-1")

    /// A store in a fresh temporary folder.
    static func emptyStore() throws -> SQLiteEventStore {
        try SQLiteEventStore(path: temporaryFolder().appendingPathComponent("events.sqlite").path)
    }

    static func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("kroniek-store-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    static func event(
        _ id: String, sentence: Int, text: String, cameo: String, plover: String, source: String?, target: String?,
        date: String?, precision: DatePrecision?, modality: Modality = .asserted, place: Location? = nil, killed: Int? = nil
    ) -> Event {
        func actor(_ code: String?) -> ActorReference? {
            code.map { ActorReference(code: $0, country: String($0.prefix(3)), name: "name of \($0)") }
        }
        return Event(
            id: id, sentence: sentence, text: text, trigger: "trigger", cameo: cameo, plover: plover, quadClass: 4,
            goldstein: -10, source: actor(source), target: actor(target),
            date: EventDate(value: date, precision: precision, basis: date == nil ? .unknown : .text), modality: modality,
            location: place, casualties: Casualties(killed: killed.map { Count(count: $0, qualifier: "exact") }))
    }

    static let kobani = Location(name: "Kobani", country: "SYR", precision: "city", lat: 36.89, lon: 38.35)
    static let istanbul = Location(name: "Istanbul", country: "TUR", precision: "city", lat: 41.01, lon: 28.97)

    static func submission(_ extracted: ExtractedArticle, identity: String? = nil) -> ArticleSubmission {
        ArticleSubmission(
            identity: identity ?? extracted.article.url ?? extracted.article.file,
            contentHash: ArticleSubmission.contentHash(of: extracted.article), provenance: provenance, extracted: extracted)
    }

    /// Shelling, a condemnation and a planned consultation.
    static var border: ExtractedArticle {
        let sentences = [
            "Turkse troepen beschoten dorpen bij Kobani, daarbij kwamen twaalf mensen om.",
            "Rusland veroordeelde de beschieting.",
            "Ankara wil volgende week overleg met Moskou.",
        ]
        let article = Article(
            id: "a", file: "grens.txt", title: "Beschietingen aan de grens", published: "2021-05-10",
            url: "https://example.org/a", outlet: "example.org", paragraphs: sentences)
        return ExtractedArticle(
            article: article,
            sentences: [Sentence(index: 0, text: article.title, paragraph: -1)]
                + sentences.enumerated().map { Sentence(index: $0 + 1, text: $1, paragraph: 0) },
            timexes: [Timex(sentence: 3, text: "volgende week", value: "2021-W20", precision: .week)],
            mentions: [Mention(sentence: 2, text: "Rusland", actor: Actor(name: "Rusland", code: "RUS", country: "RUS", kind: "country"))],
            events: [
                event("a-1", sentence: 1, text: sentences[0], cameo: "190", plover: "ASSAULT", source: "TURMIL", target: "SYR",
                      date: "2021-05-09", precision: .day, place: kobani, killed: 12),
                event("a-2", sentence: 2, text: sentences[1], cameo: "111", plover: "ACCUSE", source: "RUSGOV", target: "TURMIL",
                      date: "2021-05", precision: .month),
                event("a-3", sentence: 3, text: sentences[2], cameo: "040", plover: "CONSULT", source: "TURGOV", target: "RUSGOV",
                      date: "2021-W20", precision: .week, modality: .planned),
            ],
            quotes: [Quote(sentence: 2, text: "Dit is onaanvaardbaar", speaker: ActorReference(code: "RUSGOV", country: "RUS", name: "het Kremlin"))],
            relations: [Relation(sentence: 2, type: "opposes", source: ActorReference(code: "RUS", country: "RUS", name: nil), target: ActorReference(code: "TUR", country: "TUR", name: nil))])
    }

    /// A protest with commas, quotes and a line break in its sentence, and
    /// an undated statement.
    static var protest: ExtractedArticle {
        let sentences = [
            "Betogers in Istanbul protesteerden, \"luid\" en lang,\ntegen de regering.",
            "Iran liet weten de zaak te volgen.",
        ]
        let article = Article(
            id: "b", file: "protest.txt", title: "Protest in Istanbul", published: "2021-06-02", url: "https://example.org/b",
            outlet: "Krant, \"de\" Ochtend", paragraphs: sentences)
        return ExtractedArticle(
            article: article,
            sentences: [Sentence(index: 0, text: article.title, paragraph: -1)]
                + sentences.enumerated().map { Sentence(index: $0 + 1, text: $1, paragraph: 0) },
            events: [
                event("b-1", sentence: 1, text: sentences[0], cameo: "141", plover: "PROTEST", source: "TURCVL", target: "TURGOV",
                      date: "2021-06-01", precision: .day, place: istanbul),
                event("b-2", sentence: 2, text: sentences[1], cameo: "010", plover: "STATEMENT", source: "IRNGOV", target: nil,
                      date: nil, precision: nil),
            ],
            quotes: [Quote(sentence: 1, text: "Wij gaan door", speaker: ActorReference(code: "TURCVL", country: "TUR", name: "betogers"))])
    }

    /// A store holding `border` and `protest`.
    static func filledStore() throws -> SQLiteEventStore {
        let store = try emptyStore()
        try store.store([submission(border), submission(protest)])
        return store
    }
}
