import Foundation
import KroniekCore

extension PostgresEventStore {
    public func article(id: String) throws(StoreError) -> StoredArticle? {
        try perform("reading article \(id)") {
            try connections.withSession { session -> StoredArticle? in
                guard
                    let row = try session.rows(
                        "SELECT identity, ingestedAt, input, extracted FROM articles WHERE id = ?", [.text(id)]
                    ).first
                else { return nil }
                let decoder = JSONDecoder()
                let extracted: ExtractedArticle
                if let json = try row.value(3, as: Data?.self) {
                    extracted = try decoder.decode(ExtractedArticle.self, from: json)
                } else {
                    // Stored before migration v3: the article with its sentences and events.
                    let article = try decoder.decode(Article.self, from: try row.value(2, as: Data.self))
                    let sentences = try session.rows(
                        "SELECT idx, paragraph, text FROM sentences WHERE articleId = ? ORDER BY idx", [.text(id)]
                    ).map { Sentence(index: try $0.value(0, as: Int.self), text: try $0.value(2, as: String.self), paragraph: try $0.value(1, as: Int.self)) }
                    let events = try session.rows("SELECT json FROM events WHERE articleId = ? ORDER BY id", [.text(id)])
                        .map { try decoder.decode(Event.self, from: try $0.value(0, as: Data.self)) }
                    extracted = ExtractedArticle(article: article, sentences: sentences, events: events)
                }
                return StoredArticle(
                    identity: try row.value(0, as: String.self), ingestedAt: try row.value(1, as: String.self), extracted: extracted)
            }
        }
    }
}
