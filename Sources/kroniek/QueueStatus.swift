import ArgumentParser
import Foundation
import KroniekStore

/// `kroniek queue`: how far the work queue of a PostgreSQL store is.
struct QueueStatus: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "queue",
        abstract: "Show the work queue: pending, running, done and failed articles.",
        discussion: "Example: kroniek queue --db postgres://kroniek@localhost:5432/kroniek --failed"
    )

    @OptionGroup var store: StoreOptions

    @Flag(help: "Also list failed articles with their errors.")
    var failed = false

    @Flag(help: "Queue failed articles again.")
    var retryFailed = false

    @Option(help: "Output format: table or json.")
    var format: QueryFormat = .table

    func run() throws {
        let events = try store.openPostgres()
        try StoreOptions.request {
            if retryFailed {
                let count = try events.retryFailed()
                FileHandle.standardError.write(Data("queued \(count) failed articles again\n".utf8))
            }
            let counts = try events.queueCounts()
            let failures = failed ? try events.queueFailures() : []
            switch format {
            case .json:
                let encoder = JSONEncoder()
                encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
                FileHandle.standardOutput.write(try encoder.encode(counts) + Data("\n".utf8))
                for failure in failures { FileHandle.standardOutput.write(try encoder.encode(failure) + Data("\n".utf8)) }
            case .table, .csv:
                print(
                    TextTable.render(
                        header: ["pending", "running", "done", "failed"],
                        rows: [[counts.pending, counts.running, counts.done, counts.failed].map(String.init)]),
                    terminator: "")
                if !failures.isEmpty {
                    print(
                        TextTable.render(
                            header: ["failed article", "claims", "error"],
                            rows: failures.map { [$0.identity, String($0.attempts), $0.error] }), terminator: "")
                }
            }
        }
    }
}
