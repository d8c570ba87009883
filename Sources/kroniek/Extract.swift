import ArgumentParser
import Foundation
import KroniekCore
import KroniekExtraction
import KroniekPacks
import KroniekReading

/// `kroniek extract`: reads articles and prints what was found in them.
struct Extract: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Extract events, dates, actors and quotes from articles.",
        discussion: """
            Reads the scraped-news layout, the url:/published: header layout, plain text \
            and JSON Lines, chosen by content. Give files or folders, or - for standard input.

            Example: kroniek extract examples/nl-grensoverleg.txt
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json
    }

    @Option(help: "Output format: text (for people) or json (JSON Lines, one article a line).")
    var format: Format = .text

    @OptionGroup var inputs: ArticleInputs

    @Option(help: "Articles coded at once (default: one per core). Output stays in input order.")
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    func validate() throws {
        if jobs < 1 { throw ValidationError("'--jobs \(jobs)' must be at least 1.") }
    }

    func run() throws {
        let setup = try CodingSetup(language: inputs.language, packsDir: inputs.packsDir, published: inputs.published)
        let pipeline = try setup.pipeline()
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.withoutEscapingSlashes, .sortedKeys]
        let format = format
        let jobs = jobs
        // Enough articles at a time to keep every job busy, few enough that their output stays small.
        let batch = 16 * jobs
        let code = { (articles: [Article]) -> [Result<Data, any Error>] in
            articles.concurrentMap(jobs: jobs) { article in
                Result {
                    let result = pipeline.extract(article)
                    switch format {
                    case .json: return try encoder.encode(result) + Data("\n".utf8)
                    case .text: return Data((TextReport.render(result) + "\n").utf8)
                    }
                }
            }
        }
        var writeError: (any Error)?
        let write = { (outputs: [Result<Data, any Error>]) in
            for output in outputs where writeError == nil {
                switch output {
                case .success(let data): FileHandle.standardOutput.write(data)
                case .failure(let error): writeError = error
                }
            }
        }
        var pending: [Article] = []
        let failures = inputs.read(with: setup.reader) { articles in
            guard writeError == nil else { return }
            pending += articles
            if pending.count >= batch {
                write(code(pending))
                pending = []
            }
        }
        if writeError == nil { write(code(pending)) }
        if let writeError { throw writeError }
        if failures > 0 {
            throw ExitCode(1)
        }
    }
}
