import Dispatch
import Foundation
import KroniekCore
import KroniekExtraction
import KroniekReading
import KroniekServer
import KroniekStore

/// How `kroniek serve --token` ingests a posted article: the same reader,
/// pipeline and batch writing as `kroniek ingest`, one request at a time.
struct PostedArticleCoding: ArticleIngesting {
    let reader: ArticleReader
    let coding: ArticleCoding
    /// Posted articles are coded one request at a time, off Swift's
    /// cooperative threads, as extraction keeps every core busy.
    let queue = DispatchQueue(label: "kroniek.serve.ingest")

    func ingest(_ body: Data, published: String?) async throws -> (articleIDs: [String], events: Int) {
        var articles: [Article]
        do {
            articles = try reader.read(body, file: "posted")
        } catch {
            throw ArticleRejection("the body is not an article: \(error)")
        }
        for i in articles.indices where articles[i].published == nil {
            articles[i].published = published
        }
        let jobs = articles.map { article in
            let identity = article.url.flatMap { $0.isEmpty ? nil : $0 } ?? "posted:\(article.id)"
            return ArticleCoding.Job(
                article: article, identity: identity, contentHash: ArticleSubmission.contentHash(of: article))
        }
        let coding = self.coding
        let outcome = await withCheckedContinuation { continuation in
            queue.async { continuation.resume(returning: coding.run(jobs)) }
        }
        if let error = outcome.error { throw error }
        return (articles.map(\.id), outcome.events)
    }
}
