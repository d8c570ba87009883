import ArgumentParser
import Foundation
import KroniekCore
import KroniekStore

/// `kroniek quotes`: stored direct quotes, optionally of one speaker.
struct Quotes: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "List stored direct quotes with their speakers.",
        discussion: "Example: kroniek quotes --speaker RUSGOV"
    )

    @OptionGroup var store: StoreOptions

    @Option(help: "Speaker code prefix (RUS matches RUSGOV).")
    var speaker: String?

    @Option(help: "At most this many quotes.")
    var limit: Int?

    @Option(help: "Output format: table, json (JSON Lines) or csv.")
    var format: QueryFormat = .table

    func run() throws {
        let events = try store.open()
        let quotes: [StoredQuote]
        do { quotes = try events.quotes(speaker: speaker, limit: limit) } catch {
            Report.error(error)
            throw ExitCode(2)
        }
        let header = ["published", "speaker", "name", "quote", "article"]
        let rows = quotes.map {
            [$0.published ?? "", $0.quote.speaker?.code ?? "", $0.quote.speaker?.name ?? "", $0.quote.text, $0.articleID]
        }
        switch format {
        case .json:
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
            for quote in quotes { FileHandle.standardOutput.write(try encoder.encode(quote) + Data("\n".utf8)) }
        case .csv:
            print(DelimitedTable(delimiter: ",", header: header, rows: rows).text, terminator: "")
        case .table:
            print(TextTable.render(header: header, rows: rows), terminator: "")
        }
    }
}

/// `kroniek actors`: actor codes by number of events, with top partners.
struct Actors: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Actors by number of events, with the partners they meet most.",
        discussion: "Example: kroniek actors --limit 20"
    )

    @OptionGroup var store: StoreOptions

    @Option(help: "At most this many actors.")
    var limit: Int?

    @Option(help: "Output format: table, json (JSON Lines) or csv.")
    var format: QueryFormat = .table

    func run() throws {
        let events = try store.open()
        let actors: [ActorSummary]
        do { actors = try events.actors(limit: limit) } catch {
            Report.error(error)
            throw ExitCode(2)
        }
        let header = ["actor", "events", "as source", "as target", "top partners"]
        let rows = actors.map {
            [
                $0.code, String($0.events), String($0.asSource), String($0.asTarget),
                $0.partners.map { "\($0.code) (\($0.events))" }.joined(separator: " "),
            ]
        }
        switch format {
        case .json:
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys]
            for actor in actors { FileHandle.standardOutput.write(try encoder.encode(actor) + Data("\n".utf8)) }
        case .csv:
            print(DelimitedTable(delimiter: ",", header: header, rows: rows).text, terminator: "")
        case .table:
            print(TextTable.render(header: header, rows: rows), terminator: "")
        }
    }
}
