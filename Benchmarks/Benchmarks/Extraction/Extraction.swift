import Benchmark
import Foundation
import KroniekCore
import BenchmarkFixtures
import KroniekCorpus
import KroniekExtraction
import KroniekReading

/// Articles per second and kilobytes per second of one iteration.
let articlesPerSecond = BenchmarkMetric.custom("articles/s", polarity: .prefersLarger, useScalingFactor: false)
let kilobytesPerSecond = BenchmarkMetric.custom("KB/s", polarity: .prefersLarger, useScalingFactor: false)

let metrics: [BenchmarkMetric] = [
    .wallClock, .throughput, .mallocCountTotal, .peakMemoryResident, articlesPerSecond, kilobytesPerSecond,
]

/// Runs `work` on `count` articles of `bytes` bytes and records the rates.
func measureRate(_ benchmark: Benchmark, count: Int, bytes: Int, _ work: () -> Void) {
    let start = ContinuousClock.now
    for _ in benchmark.scaledIterations { work() }
    let elapsed = ContinuousClock.now - start
    let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
    let runs = Double(benchmark.scaledIterations.count)
    benchmark.measurement(articlesPerSecond, Int(Double(count) * runs / seconds))
    benchmark.measurement(kilobytesPerSecond, Int(Double(bytes) * runs / 1_024 / seconds))
}

let benchmarks: @Sendable () -> Void = {
    Benchmark.defaultConfiguration = .init(metrics: metrics, maxDuration: .seconds(10), maxIterations: 20)

    Benchmark("Pack loading (Pipeline init)", configuration: .init(metrics: [.wallClock, .mallocCountTotal, .peakMemoryResident], maxIterations: 10)) { benchmark in
        for _ in benchmark.scaledIterations {
            blackHole(try! Pipeline(pack: CorpusFixture.pack))
        }
    }

    // Reading: the article layouts (header and scraped) into Article values.
    let readCount = 1_000
    Benchmark("Stage reading, \(readCount) articles") { benchmark in
        let documents = CorpusFixture.documents(readCount).map { (Data($0.text.utf8), $0.name) }
        benchmark.startMeasurement()
        measureRate(benchmark, count: readCount, bytes: CorpusFixture.bytes(readCount)) {
            for (data, name) in documents { blackHole(try! CorpusFixture.reader.read(data, file: name)) }
        }
    }

    // Each stage alone, on what the stages before it made of 100 articles.
    let stageCount = 100
    for stage in Pipeline.Stage.allCases {
        Benchmark("Stage \(stage.rawValue), \(stageCount) articles") { benchmark in
            let pipeline = CorpusFixture.pipeline
            let before = Pipeline.Stage.allCases.prefix { $0 != stage }
            let inputs = CorpusFixture.articles(stageCount).map { article in
                var progress = Pipeline.Progress(article: article)
                for earlier in before { pipeline.run(earlier, on: &progress) }
                return progress
            }
            benchmark.startMeasurement()
            measureRate(benchmark, count: stageCount, bytes: CorpusFixture.bytes(stageCount)) {
                for input in inputs {
                    var progress = input
                    pipeline.run(stage, on: &progress)
                    blackHole(progress)
                }
            }
        }
    }

    Benchmark("Pipeline, one article") { benchmark in
        let article = CorpusFixture.articles(1).first!
        benchmark.startMeasurement()
        measureRate(benchmark, count: 1, bytes: CorpusFixture.bytes(1)) {
            blackHole(CorpusFixture.pipeline.extract(article))
        }
    }

    // The whole pipeline on one thread over growing batches: cost per article
    // should not grow with the batch.
    for count in [100, 1_000, 10_000] {
        Benchmark("Pipeline, batch of \(count)", configuration: .init(maxIterations: count >= 10_000 ? 2 : 5)) { benchmark in
            let articles = Array(CorpusFixture.articles(count))
            benchmark.startMeasurement()
            measureRate(benchmark, count: count, bytes: CorpusFixture.bytes(count)) {
                for article in articles { blackHole(CorpusFixture.pipeline.extract(article)) }
            }
        }
    }
}
