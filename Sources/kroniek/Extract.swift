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

    func run() throws {
        let setup = try CodingSetup(language: inputs.language, packsDir: inputs.packsDir, published: inputs.published)
        let pipeline = try setup.pipeline()
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.withoutEscapingSlashes, .sortedKeys]
        var writeError: (any Error)?
        let failures = inputs.read(with: setup.reader) { articles in
            for article in articles where writeError == nil {
                let result = pipeline.extract(article)
                switch format {
                case .json:
                    do {
                        FileHandle.standardOutput.write(try encoder.encode(result) + Data("\n".utf8))
                    } catch {
                        writeError = error
                    }
                case .text:
                    print(TextReport.render(result))
                }
            }
        }
        if let writeError { throw writeError }
        if failures > 0 {
            throw ExitCode(1)
        }
    }
}
