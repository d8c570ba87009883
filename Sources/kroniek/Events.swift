import ArgumentParser
import Foundation
import KroniekCore
import KroniekStore

/// `kroniek events`: stored events that pass the filters.
struct Events: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "List stored events, filtered by actor, code, event date, place, modality, casualties or text.",
        discussion: "Example: kroniek events --actor TUR --cameo 19 --from 2020-03-01 --to 2020-03-31"
    )

    @OptionGroup var store: StoreOptions
    @OptionGroup var filters: EventFilters

    @Option(help: "Output format: table, json (JSON Lines) or csv.")
    var format: QueryFormat = .table

    func run() throws {
        let events = try store.open()
        try StoreOptions.request {
            try EventRows.print(try events.events(matching: filters.query), as: format)
        }
    }
}

/// `kroniek timeline`: one actor's events in order of event date.
struct Timeline: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "One actor's events in order of event date.",
        discussion: "Example: kroniek timeline --actor SYR"
    )

    @OptionGroup var store: StoreOptions

    @Option(help: "Actor code prefix (source or target).")
    var actor: String

    @Option(help: "Events dated on or after this day.")
    var from: String?

    @Option(help: "Events dated on or before this day.")
    var to: String?

    @Option(help: "Output format: table, json (JSON Lines) or csv.")
    var format: QueryFormat = .table

    func validate() throws {
        for (name, value) in [("--from", from), ("--to", to)] {
            if let value, DayInterval(iso: value) == nil {
                throw ValidationError("'\(name) \(value)' is not a date; write it as YYYY-MM-DD, YYYY-MM or YYYY.")
            }
        }
    }

    func run() throws {
        let events = try store.open()
        try StoreOptions.request {
            let found = try events.events(matching: EventQuery(actor: actor, from: from, to: to))
            if format != .table {
                try EventRows.print(found, as: format)
                return
            }
            let rows = found.map { stored in
                let event = stored.event
                let source = event.source?.code ?? "?"
                let target = event.target?.code ?? "-"
                return [
                    event.date.value ?? event.date.from.map { "from \($0)" } ?? "undated",
                    "\(source) → \(target)", "\(event.cameo) \(event.cameoName ?? event.plover)", event.modality.rawValue,
                    String(stored.storeID),
                ]
            }
            print(TextTable.render(header: ["date", "actors", "event", "modality", "id"], rows: rows), terminator: "")
        }
    }
}
