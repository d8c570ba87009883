import Foundation
import KroniekCore
import KroniekExtraction
import KroniekStore
import Synchronization

/// Codes articles on all cores and stores them in batches, one transaction
/// per batch that also rebuilds the clusters the batch touches, so an
/// interrupted run leaves each article whole or absent, and every stored
/// event in its cluster.
///
/// Extraction of one batch overlaps the store write of the one before:
/// extraction runs on all cores, the write on one thread of its own, and
/// at most two batches are held at a time (one being extracted, one being
/// written), so memory stays bounded by the batch size.
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
    /// Articles per transaction. A batch reclusters only the groups of
    /// events it reaches (through the store's match keys), so its cost
    /// follows the batch, not the store; larger batches still save
    /// per-transaction work and give the writer more to overlap with.
    var batchSize = max(64, 4 * ProcessInfo.processInfo.activeProcessorCount)

    /// What a run stored, and the store error that stopped it, if any.
    struct Outcome {
        var events = 0
        var failed = 0
        var error: StoreError?
    }

    /// What the writer thread has stored so far, read by the coding loop.
    private final class Written: Sendable {
        struct Counts {
            var articles = 0
            var events = 0
            var error: StoreError?
        }

        let counts = Mutex(Counts())
    }

    /// Codes and stores `jobs`; returns the number of events stored and the
    /// store error, if a batch could not be written. Reports progress on
    /// standard error when it is a terminal.
    func run(_ jobs: [Job]) -> Outcome {
        let progress = Progress(total: jobs.count)
        let written = Written()
        let writer = DispatchQueue(label: "kroniek.ingest.store")
        let writerIdle = DispatchSemaphore(value: 1)
        let store = self.store
        let clustering = self.clustering
        for start in stride(from: 0, to: jobs.count, by: batchSize) {
            let submissions = extract(jobs[start..<min(start + batchSize, jobs.count)])
            writerIdle.wait()
            if written.counts.withLock({ $0.error != nil }) {
                writerIdle.signal()
                break
            }
            writer.async {
                do throws(StoreError) {
                    let stored = try store.store(submissions, clusteredBy: clustering)
                    let done = written.counts.withLock {
                        $0.events += stored.count
                        $0.articles += submissions.count
                        return $0.articles
                    }
                    progress.report(done)
                } catch {
                    written.counts.withLock { $0.error = error }
                }
                writerIdle.signal()
            }
        }
        // Wait for the last write; a semaphore must be back at its starting
        // value when it is released.
        writerIdle.wait()
        writerIdle.signal()
        progress.finish()
        return written.counts.withLock { Outcome(events: $0.events, failed: jobs.count - $0.articles, error: $0.error) }
    }

    /// Extracts `batch` on all cores.
    private func extract(_ batch: ArraySlice<Job>) -> [ArticleSubmission] {
        let pipeline = self.pipeline
        let extracted = Array(batch).concurrentMap(jobs: ProcessInfo.processInfo.activeProcessorCount) { job in
            pipeline.extract(job.article)
        }
        return zip(batch, extracted).map { job, extracted in
            ArticleSubmission(
                identity: job.identity, contentHash: job.contentHash, provenance: provenance, extracted: extracted)
        }
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
