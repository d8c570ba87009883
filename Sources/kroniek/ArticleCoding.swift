import Foundation
import KroniekCore
import KroniekExtraction
import KroniekStore
import Synchronization

/// Codes articles on all cores and stores them in batches, one transaction
/// per batch that also rebuilds the clusters the batch touches, so an
/// interrupted run leaves each article whole or absent, and every stored
/// event in its cluster.
struct ArticleCoding {
    /// An article waiting to be coded, with its store identity and hash.
    struct Job: Sendable {
        var article: Article
        var identity: String
        var contentHash: String
    }

    let pipeline: Pipeline
    let store: any EventStore
    let provenance: Provenance
    /// How the store clusters each batch's events with the stored ones.
    var clustering = ClusterBuilder()
    /// Articles per transaction. Each batch re-reads and reclusters the
    /// stored events of the CAMEO families it touches, which grows with the
    /// store, so fewer, larger batches ingest much faster (measured: 8 per
    /// batch took 630 s for 1,000 articles on 2 cores).
    var batchSize = max(64, 4 * ProcessInfo.processInfo.activeProcessorCount)

    /// What a run stored, and the store error that stopped it, if any.
    struct Outcome {
        var events = 0
        var failed = 0
        var error: StoreError?
    }

    /// Codes and stores `jobs`; returns the number of events stored and the
    /// store error, if a batch could not be written. Reports progress on
    /// standard error when it is a terminal.
    func run(_ jobs: [Job]) -> Outcome {
        let progress = Progress(total: jobs.count)
        var events = 0
        var done = 0
        for start in stride(from: 0, to: jobs.count, by: batchSize) {
            let batch = Array(jobs[start..<min(start + batchSize, jobs.count)])
            let results = Mutex<[ExtractedArticle?]>(Array(repeating: nil, count: batch.count))
            DispatchQueue.concurrentPerform(iterations: batch.count) { i in
                let extracted = pipeline.extract(batch[i].article)
                results.withLock { $0[i] = extracted }
            }
            let submissions = results.withLock { extracted in
                batch.indices.map { i in
                    ArticleSubmission(
                        identity: batch[i].identity, contentHash: batch[i].contentHash, provenance: provenance,
                        extracted: extracted[i]!)
                }
            }
            do {
                let stored = try store.store(submissions, clusteredBy: clustering)
                events += stored.count
            } catch {
                progress.finish()
                return Outcome(events: events, failed: jobs.count - done, error: error)
            }
            done += batch.count
            progress.report(done)
        }
        progress.finish()
        return Outcome(events: events)
    }
}

/// A progress line on standard error (articles/s and time left), only when
/// standard error is a terminal.
struct Progress {
    let total: Int
    let start = Date()
    let visible = isatty(STDERR_FILENO) == 1

    func report(_ done: Int) {
        guard visible, total > 0 else { return }
        let elapsed = max(Date().timeIntervalSince(start), 0.001)
        let rate = Double(done) / elapsed
        let left = rate > 0 ? Double(total - done) / rate : 0
        let line = String(format: "\r%d/%d articles  %.1f articles/s  ETA %.0f s   ", done, total, rate, left)
        FileHandle.standardError.write(Data(line.utf8))
    }

    func finish() {
        if visible && total > 0 { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
    }
}
