import ArgumentParser
import Foundation
import KroniekCore
import KroniekExtraction
import KroniekStore
import Synchronization

/// `kroniek worker`: claims queued articles from a PostgreSQL store, codes
/// them and stores the results, until stopped or (with `--exit-when-empty`)
/// until the queue is drained.
struct Worker: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Extract queued articles into a PostgreSQL event store; run as many as you like, on any machine.",
        discussion: """
            Each loop claims a batch (SELECT ... FOR UPDATE SKIP LOCKED) under a lease, extracts it, and stores \
            the events and marks the batch done in one transaction. A worker that dies leaves its batch to be \
            claimed again when the lease runs out; an article claimed --max-attempts times, or whose storing \
            fails, is marked failed with its error (see kroniek queue --failed). SIGINT or SIGTERM stops the \
            worker after its current batch.

            Example: kroniek worker --db postgres://kroniek@localhost:5432/kroniek --concurrency 4
            """
    )

    @OptionGroup var store: StoreOptions

    @Option(help: "Claim loops in this process, each with its own connection.")
    var concurrency = 1

    @Option(help: "Articles per claim and per transaction.")
    var batchSize = 8

    @Option(help: "Seconds a claim lasts; after that another worker may take the articles.")
    var leaseSeconds = 300.0

    @Option(help: "Claims after which an article that was never stored is marked failed.")
    var maxAttempts = 3

    @Option(help: "Seconds to wait before looking again when the queue is empty.")
    var pollSeconds = 2.0

    @Flag(help: "Stop when nothing is pending or running (for batch jobs).")
    var exitWhenEmpty = false

    @Option(help: "Language pack to code with.")
    var language: String = "nl"

    @Option(help: "Folder with language packs to use instead of the built-in ones.")
    var packsDir: String?

    func validate() throws {
        if concurrency < 1 { throw ValidationError("'--concurrency \(concurrency)' must be at least 1.") }
        if batchSize < 1 { throw ValidationError("'--batch-size \(batchSize)' must be at least 1.") }
        if leaseSeconds <= 0 { throw ValidationError("'--lease-seconds \(leaseSeconds)' must be more than 0.") }
        if maxAttempts < 1 { throw ValidationError("'--max-attempts \(maxAttempts)' must be at least 1.") }
    }

    func run() throws {
        let started = Date()
        let setup = try CodingSetup(language: language, packsDir: packsDir)
        let events = try store.openPostgres()
        let loop = WorkerLoop(
            store: events, pipeline: try setup.pipeline(), provenance: setup.provenance, batchSize: batchSize,
            leaseSeconds: leaseSeconds, maxAttempts: maxAttempts, pollSeconds: pollSeconds, exitWhenEmpty: exitWhenEmpty)
        let stopping = WorkerLoop.stopOnSignals(loop)
        let group = DispatchGroup()
        let host = ProcessInfo.processInfo.hostName
        let pid = ProcessInfo.processInfo.processIdentifier
        for n in 0..<concurrency {
            group.enter()
            let name = "\(host):\(pid):\(n)"
            Thread.detachNewThread {
                loop.run(as: name)
                group.leave()
            }
        }
        group.wait()
        withExtendedLifetime(stopping) {}
        let totals = loop.totals.withLock { $0 }
        let seconds = Date().timeIntervalSince(started)
        FileHandle.standardError.write(
            Data(
                String(
                    format: "worker: %d articles, %d events, %d failed in %.1f s (%.1f articles/s)\n", totals.articles,
                    totals.events, totals.failed, seconds, Double(totals.articles) / max(seconds, 0.001)
                ).utf8))
        if let error = totals.error {
            Report.error(error)
            throw ExitCode(2)
        }
    }
}

/// One worker process's claim loops: what they share, and their totals.
final class WorkerLoop: Sendable {
    struct Totals: Sendable {
        var articles = 0
        var events = 0
        var failed = 0
        var error: StoreError?
    }

    let store: PostgresEventStore
    let pipeline: Pipeline
    let provenance: Provenance
    let batchSize: Int
    let leaseSeconds: Double
    let maxAttempts: Int
    let pollSeconds: Double
    let exitWhenEmpty: Bool
    let clustering = ClusterBuilder()
    let stopped = Atomic<Bool>(false)
    let totals = Mutex(Totals())

    init(
        store: PostgresEventStore, pipeline: Pipeline, provenance: Provenance, batchSize: Int, leaseSeconds: Double,
        maxAttempts: Int, pollSeconds: Double, exitWhenEmpty: Bool
    ) {
        self.store = store
        self.pipeline = pipeline
        self.provenance = provenance
        self.batchSize = batchSize
        self.leaseSeconds = leaseSeconds
        self.maxAttempts = maxAttempts
        self.pollSeconds = pollSeconds
        self.exitWhenEmpty = exitWhenEmpty
    }

    /// Stops the loops after their current batch on SIGINT or SIGTERM; keep
    /// the returned sources alive while the loops run.
    static func stopOnSignals(_ loop: WorkerLoop) -> [any DispatchSourceSignal] {
        [SIGINT, SIGTERM].map { number in
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number)
            source.setEventHandler { loop.stopped.store(true, ordering: .relaxed) }
            source.resume()
            return source
        }
    }

    /// Claims, codes and stores batches as `worker` until stopped, the queue
    /// is drained (with `exitWhenEmpty`) or the store fails.
    func run(as worker: String) {
        while !stopped.load(ordering: .relaxed) {
            do throws(StoreError) {
                let claimed = try store.claim(
                    worker: worker, limit: batchSize, leaseSeconds: leaseSeconds, maxAttempts: maxAttempts)
                if claimed.isEmpty {
                    if exitWhenEmpty, try store.queueCounts().isDrained { return }
                    Thread.sleep(forTimeInterval: exitWhenEmpty ? min(pollSeconds, 0.25) : pollSeconds)
                    continue
                }
                try code(claimed, as: worker)
            } catch {
                totals.withLock { $0.error = $0.error ?? error }
                stopped.store(true, ordering: .relaxed)
            }
        }
    }

    /// Extracts `claimed` and stores it in one transaction; when that fails,
    /// article by article, marking the ones that fail.
    private func code(_ claimed: [QueuedArticle], as worker: String) throws(StoreError) {
        let batch = claimed.map { queued in
            (
                id: queued.id,
                submission: ArticleSubmission(
                    identity: queued.identity, contentHash: queued.contentHash, provenance: provenance,
                    extracted: pipeline.extract(queued.article))
            )
        }
        do {
            let result = try store.complete(batch, worker: worker, clusteredBy: clustering)
            totals.withLock {
                $0.articles += result.done.count
                $0.events += result.events.count
            }
        } catch {
            for entry in batch {
                do {
                    let result = try store.complete([entry], worker: worker, clusteredBy: clustering)
                    totals.withLock {
                        $0.articles += result.done.count
                        $0.events += result.events.count
                    }
                } catch {
                    try store.fail(entry.id, worker: worker, error: error.description)
                    totals.withLock { $0.failed += 1 }
                }
            }
        }
    }
}
