import ArgumentParser
import Foundation
import KroniekCore
import KroniekStore

/// `kroniek reextract`: codes again the stored articles that an older
/// extractor or pack coded.
struct Reextract: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Code stored articles again when an older extractor or pack version coded them.",
        discussion: "Example: kroniek reextract --db kroniek.sqlite"
    )

    @OptionGroup var store: StoreOptions

    @Option(help: "Language pack to code with.")
    var language: String = "nl"

    @Option(help: "Folder with language packs to use instead of the built-in ones.")
    var packsDir: String?

    func run() throws {
        let started = Date()
        let setup = try CodingSetup(language: language, packsDir: packsDir)
        let events = try store.open()
        let stale: [ArticleSubmission]
        do { stale = try events.staleArticles(than: setup.provenance) } catch {
            Report.error(error)
            throw ExitCode(2)
        }
        let jobs = stale.map {
            ArticleCoding.Job(article: $0.extracted.article, identity: $0.identity, contentHash: $0.contentHash)
        }
        let outcome =
            jobs.isEmpty
            ? ArticleCoding.Outcome() : ArticleCoding(pipeline: try setup.pipeline(), store: events, provenance: setup.provenance).run(jobs)
        if let error = outcome.error {
            Report.error(error)
        }
        let seconds = String(format: "%.1f", Date().timeIntervalSince(started))
        FileHandle.standardError.write(
            Data("re-extracted \(jobs.count - outcome.failed) articles, \(outcome.failed) failed; \(outcome.events) events in \(seconds) s\n".utf8))
        if outcome.failed > 0 { throw ExitCode(1) }
    }
}
