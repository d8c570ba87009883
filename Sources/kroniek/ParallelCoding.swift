import Foundation
import KroniekCore
import Synchronization

/// Codes a batch of articles on several cores and hands back each
/// article's output in input order, so that `extract` prints the same
/// lines, in the same order, whatever the number of jobs.
struct ParallelCoding: Sendable {
    /// Threads working at once.
    let jobs: Int
    /// What one article becomes (its printed output).
    let code: @Sendable (Article) throws -> Data

    init(jobs: Int, code: @escaping @Sendable (Article) throws -> Data) {
        self.jobs = max(1, jobs)
        self.code = code
    }

    /// Articles gathered before a batch is coded: enough to keep every job
    /// busy, few enough that the outputs held in memory stay small.
    var batch: Int { 16 * jobs }

    /// The outputs of `articles`, in their order.
    func run(_ articles: [Article]) -> [Result<Data, any Error>] {
        if articles.isEmpty { return [] }
        if jobs == 1 { return articles.map { article in Result { try code(article) } } }
        let outputs = Mutex<[Result<Data, any Error>?]>(Array(repeating: nil, count: articles.count))
        let workers = min(jobs, articles.count)
        DispatchQueue.concurrentPerform(iterations: workers) { worker in
            for i in stride(from: worker, to: articles.count, by: workers) {
                let output = Result { try code(articles[i]) }
                outputs.withLock { $0[i] = output }
            }
        }
        return outputs.withLock { $0.map { $0! } }
    }
}
