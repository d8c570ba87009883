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

    @Option(help: "Publication date (YYYY-MM-DD) for inputs that carry none.")
    var published: String?

    @Option(help: "Language of inputs that do not say.")
    var language: String = "nl"

    @Option(help: "Folder with language packs to use instead of the built-in ones.")
    var packsDir: String?

    @Argument(help: "Article files or folders; - reads standard input.")
    var inputs: [String] = []

    func validate() throws {
        if inputs.isEmpty {
            throw ValidationError("Give at least one article file, folder, or - for standard input.")
        }
        if let published, Day(iso: published) == nil {
            throw ValidationError("'--published \(published)' is not a date; write it as YYYY-MM-DD.")
        }
    }

    func run() throws {
        let pipeline: Pipeline
        let reader: ArticleReader
        do {
            let pack = try packsDir.map { dir throws(PackError) in
                try LanguagePack(language: language, root: URL(fileURLWithPath: dir))
            } ?? LanguagePack.bundled(language: language)
            pipeline = try Pipeline(pack: pack)
            reader = try ArticleReader(pack: pack, options: .init(published: published, language: language))
        } catch {
            FileHandle.standardError.write(Data("kroniek: \(error)\n".utf8))
            throw ExitCode(2)
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.withoutEscapingSlashes, .sortedKeys]
        var failures = 0
        for file in InputFiles.expand(inputs) {
            let articles: [Article]
            do {
                let result = try reader.readAll(try InputFiles.load(file), file: file)
                for error in result.errors {
                    FileHandle.standardError.write(Data("kroniek: \(error)\n".utf8))
                    failures += 1
                }
                articles = result.articles
            } catch {
                FileHandle.standardError.write(Data("kroniek: \(error)\n".utf8))
                failures += 1
                continue
            }
            for article in articles {
                let result = pipeline.extract(article)
                switch format {
                case .json:
                    let line = try encoder.encode(result)
                    FileHandle.standardOutput.write(line + Data("\n".utf8))
                case .text:
                    print(TextReport.render(result))
                }
            }
        }
        if failures > 0 {
            throw ExitCode(1)
        }
    }
}
