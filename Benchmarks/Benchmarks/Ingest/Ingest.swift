import Benchmark
import Foundation
import KroniekCore
import BenchmarkFixtures
import KroniekExtraction
import KroniekPacks
import KroniekStore

let articlesPerSecond = BenchmarkMetric.custom("articles/s", polarity: .prefersLarger, useScalingFactor: false)

/// A fresh store file in the temporary folder, removed with its WAL files by `remove`.
func freshStore() -> (SQLiteEventStore, String) {
    let path = FileManager.default.temporaryDirectory.appendingPathComponent("kroniek-bench-\(UUID().uuidString).sqlite").path
    return (try! SQLiteEventStore(path: path), path)
}

func remove(_ path: String) {
    for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
}

/// Submissions as `kroniek ingest` makes them: identity, content hash, provenance.
func submissions(_ extracted: [ExtractedArticle]) -> [ArticleSubmission] {
    extracted.enumerated().map { position, article in
        ArticleSubmission(
            identity: ArticleSubmission.identity(of: article.article, position: position, of: extracted.count),
            contentHash: ArticleSubmission.contentHash(of: article.article),
            provenance: Provenance(extractor: "bench", pack: CorpusFixture.pack.version), extracted: article)
    }
}

/// `kroniek ingest`'s batch size on this machine.
let batchSize = 4 * max(ProcessInfo.processInfo.activeProcessorCount, 1)

let benchmarks: @Sendable () -> Void = {
    Benchmark.defaultConfiguration = .init(
        metrics: [.wallClock, .throughput, .mallocCountTotal, .peakMemoryResident, articlesPerSecond],
        maxDuration: .seconds(10), maxIterations: 5)

    for count in [100, 1_000, 10_000] {
        let iterations = count >= 10_000 ? 1 : 5

        // Storing only: SQLite writes and clustering, articles extracted beforehand.
        Benchmark("Store into SQLite, \(count) articles", configuration: .init(maxIterations: iterations)) { benchmark in
            let batch = submissions(CorpusFixture.articles(count).map(CorpusFixture.pipeline.extract))
            for _ in benchmark.scaledIterations {
                let (store, path) = freshStore()
                benchmark.startMeasurement()
                let start = ContinuousClock.now
                for first in stride(from: 0, to: batch.count, by: batchSize) {
                    try! store.store(Array(batch[first..<min(first + batchSize, batch.count)]))
                }
                let elapsed = (ContinuousClock.now - start) / .seconds(1)
                benchmark.stopMeasurement()
                benchmark.measurement(articlesPerSecond, Int(Double(count) / elapsed))
                remove(path)
            }
        }

        // Extraction on every core, then storing, batch by batch, as `kroniek ingest` does.
        Benchmark("Ingest (extract and store), \(count) articles", configuration: .init(maxIterations: iterations)) { benchmark in
            let articles = Array(CorpusFixture.articles(count))
            for _ in benchmark.scaledIterations {
                let (store, path) = freshStore()
                benchmark.startMeasurement()
                let start = ContinuousClock.now
                for first in stride(from: 0, to: articles.count, by: batchSize) {
                    let slice = Array(articles[first..<min(first + batchSize, articles.count)])
                    let extracted = ExtractedBatch(count: slice.count)
                    DispatchQueue.concurrentPerform(iterations: slice.count) { i in
                        extracted.set(i, CorpusFixture.pipeline.extract(slice[i]))
                    }
                    try! store.store(submissions(extracted.values))
                }
                let elapsed = (ContinuousClock.now - start) / .seconds(1)
                benchmark.stopMeasurement()
                benchmark.measurement(articlesPerSecond, Int(Double(count) / elapsed))
                remove(path)
            }
        }
    }
}
