import ArgumentParser
import Foundation
import KroniekCore
import KroniekStore

/// `kroniek export`: stored events as JSON Lines, GDELT 2.0 or ACLED rows.
struct Export: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write stored events as JSON Lines, GDELT 2.0 event rows (TSV) or ACLED rows (CSV).",
        discussion: """
            GDELT: one row per event mention, counted by its cluster, tab-separated with a header. ACLED: only political \
            violence, protests and strategic developments, comma-separated with a header. \
            The README's "Exports" section gives both mappings.

            Example: kroniek export --format acled --from 2020-01-01 > acled.csv
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case jsonl, gdelt, acled
    }

    @OptionGroup var store: StoreOptions
    @OptionGroup var filters: EventFilters

    @Option(help: "jsonl, gdelt or acled.")
    var format: Format = .jsonl

    func run() throws {
        let events = try store.open()
        let found: [StoredEvent]
        do { found = try events.events(matching: filters.query) } catch {
            Report.error(error)
            throw ExitCode(2)
        }
        switch format {
        case .jsonl: try EventRows.print(found, as: .json)
        case .gdelt:
            let clusters: [String: EventCluster]
            do { clusters = try events.clusters(containing: found.map(\.event.id)) } catch {
                Report.error(error)
                throw ExitCode(2)
            }
            FileHandle.standardOutput.write(Data(GDELTExport.table(found, clusters: clusters).text.utf8))
        case .acled: FileHandle.standardOutput.write(Data(ACLEDExport.table(found).text.utf8))
        }
    }
}
