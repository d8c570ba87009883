import ArgumentParser
import Foundation
import KroniekCore
import KroniekExtraction
import KroniekPacks
import KroniekReading
import KroniekStore

/// `kroniek ingest`: extracts articles and stores them, skipping unchanged ones.
struct Ingest: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Extract articles and keep their events in the event store.",
        discussion: """
            An article is known by its URL (its file path when it has none); its content hash \
            says whether it changed. Unchanged articles are skipped, changed ones replaced. \
            Inputs that cannot be read are reported one line each; the rest is stored.

            Example: kroniek ingest articles/ --db kroniek.sqlite
            """
    )

    @OptionGroup var store: StoreOptions

    @OptionGroup var inputs: ArticleInputs

    func run() throws {
        let started = Date()
        let setup = try CodingSetup(language: inputs.language, packsDir: inputs.packsDir, published: inputs.published)
        let events = try store.open()
        let known: [String: ArticleFingerprint]
        do { known = try events.fingerprints() } catch {
            Report.error(error)
            throw ExitCode(2)
        }
        var failed = 0
        var unchanged = 0
        var replaced = 0
        var jobs: [ArticleCoding.Job] = []
        var queued: [String: Int] = [:]
        // The store itself may sit in a folder being ingested.
        let storeFiles = Set(["", "-wal", "-shm", "-journal"].map { Self.absolute(store.location + $0) })
        failed += inputs.read(with: setup.reader, including: { !storeFiles.contains(Self.absolute($0)) }) { articles in
            for (position, article) in articles.enumerated() {
                let identity = ArticleSubmission.identity(of: article, position: position, of: articles.count)
                let hash = ArticleSubmission.contentHash(of: article)
                if known[identity]?.contentHash == hash {
                    unchanged += 1
                    continue
                }
                if known[identity] != nil { replaced += 1 }
                let job = ArticleCoding.Job(article: article, identity: identity, contentHash: hash)
                if let earlier = queued[identity] { jobs[earlier] = job } else {
                    queued[identity] = jobs.count
                    jobs.append(job)
                }
            }
        }
        let outcome = jobs.isEmpty ? ArticleCoding.Outcome() : ArticleCoding(pipeline: try setup.pipeline(), store: events, provenance: setup.provenance).run(jobs)
        if let error = outcome.error {
            Report.error(error)
        }
        failed += outcome.failed
        let seconds = String(format: "%.1f", Date().timeIntervalSince(started))
        let changed = replaced > 0 ? " (\(replaced) replaced)" : ""
        FileHandle.standardError.write(
            Data(
                "ingested \(jobs.count - outcome.failed) new\(changed), \(unchanged) unchanged, \(failed) failed; \(outcome.events) events in \(seconds) s\n"
                    .utf8))
        if failed > 0 { throw ExitCode(1) }
    }

    static func absolute(_ path: String) -> String {
        URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath().path
    }
}
