import ArgumentParser
import Foundation
import KroniekCore
import KroniekReading

/// The inputs `extract` and `ingest` read: files, folders (recursively) or
/// `-`, with the publication date and language for inputs that carry none.
struct ArticleInputs: ParsableArguments {
    @Option(help: "Publication date (YYYY-MM-DD) for inputs that carry none.")
    var published: String?

    @Option(help: "Language of inputs that do not say.")
    var language: String = "nl"

    @Option(help: "Folder with language packs to use instead of the built-in ones.")
    var packsDir: String?

    @Argument(help: "Article files or folders (read recursively); - reads standard input.")
    var paths: [String] = []

    func validate() throws {
        if paths.isEmpty {
            throw ValidationError("Give at least one article file, folder, or - for standard input.")
        }
        if let published, Day(iso: published) == nil {
            throw ValidationError("'--published \(published)' is not a date; write it as YYYY-MM-DD.")
        }
    }

    /// Reads every input file that `including` accepts and hands each file's
    /// articles to `body`; an unreadable input or a bad JSON line is reported
    /// on one line and counted. Returns that count.
    func read(with reader: ArticleReader, including: (String) -> Bool = { _ in true }, _ body: ([Article]) -> Void) -> Int {
        var failures = 0
        for file in InputFiles.expand(paths) where including(file) {
            do {
                let result = try reader.readAll(try InputFiles.load(file), file: file)
                for error in result.errors {
                    Report.error(error)
                    failures += 1
                }
                body(result.articles)
            } catch {
                Report.error(error)
                failures += 1
            }
        }
        return failures
    }
}
