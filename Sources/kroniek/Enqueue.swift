import ArgumentParser
import Foundation
import KroniekCore
import KroniekStore

/// `kroniek enqueue`: reads articles into the work queue of a PostgreSQL
/// store, for `kroniek worker` processes on any machine to code.
struct Enqueue: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Queue articles in a PostgreSQL event store for workers to extract.",
        discussion: """
            Articles are read here and queued with their identity (URL, else file path) and content hash; \
            articles already stored unchanged, or already queued, are skipped.

            Example: kroniek enqueue articles/ --db postgres://kroniek@localhost:5432/kroniek
            """
    )

    @OptionGroup var store: StoreOptions

    @OptionGroup var inputs: ArticleInputs

    func run() throws {
        let setup = try CodingSetup(language: inputs.language, packsDir: inputs.packsDir, published: inputs.published)
        let events = try store.openPostgres()
        var entries: [(identity: String, contentHash: String, article: Article)] = []
        var unchanged = 0
        let known = try StoreOptions.request { try events.fingerprints() }
        let failed = inputs.read(with: setup.reader) { articles in
            for (position, article) in articles.enumerated() {
                let identity = ArticleSubmission.identity(of: article, position: position, of: articles.count)
                let hash = ArticleSubmission.contentHash(of: article)
                if known[identity]?.contentHash == hash {
                    unchanged += 1
                } else {
                    entries.append((identity, hash, article))
                }
            }
        }
        var added = 0
        for start in stride(from: 0, to: entries.count, by: 500) {
            let chunk = Array(entries[start..<min(start + 500, entries.count)])
            added += try StoreOptions.request { try events.enqueue(chunk) }
        }
        FileHandle.standardError.write(
            Data(
                "queued \(added) articles, \(entries.count - added) already queued, \(unchanged) stored unchanged, \(failed) failed\n"
                    .utf8))
        if failed > 0 { throw ExitCode(1) }
    }
}
