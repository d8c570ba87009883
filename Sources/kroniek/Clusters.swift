import ArgumentParser
import Foundation
import KroniekCore
import KroniekStore

/// `kroniek clusters`: one row per real-world event, joining the mentions
/// that clustering found to report it.
struct Clusters: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "List event clusters: one row per real-world event, with its representative event and sources.",
        discussion: """
            A cluster passes the filters when one of its events does; --from/--to compare the \
            cluster's date range.

            Example: kroniek clusters --actor TUR --cameo 04 --from 2020-03-01
            """
    )

    @OptionGroup var store: StoreOptions
    @OptionGroup var filters: EventFilters

    @Option(help: "Output format: table, json (JSON Lines) or csv.")
    var format: QueryFormat = .table

    func run() throws {
        let events = try store.open()
        try StoreOptions.request {
            try ClusterRows.print(try events.clusters(matching: filters.query), as: format)
        }
    }
}

/// Stored clusters as `kroniek clusters` prints them.
enum ClusterRows {
    static let columns = [
        "cluster", "from", "to", "source", "target", "cameo", "events", "articles", "independent", "outlets",
        "representative", "sentence",
    ]

    static func fields(_ stored: StoredCluster) -> [String] {
        let cluster = stored.cluster
        let event = stored.representative.event
        return [
            cluster.id, cluster.dateFrom ?? "", cluster.dateTo ?? "", event.source?.code ?? "", event.target?.code ?? "",
            event.cameo, String(cluster.eventIDs.count), String(cluster.articleCount), String(cluster.independentSources),
            cluster.outlets.joined(separator: "; "), String(stored.representative.storeID), event.text,
        ]
    }

    /// One JSON line: the cluster with its representative event.
    struct Line: Encodable {
        var cluster: EventCluster
        var representative: EventRows.Line
    }

    static func print(_ clusters: [StoredCluster], as format: QueryFormat) throws {
        switch format {
        case .json:
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
            for stored in clusters {
                let event = stored.representative
                let line = Line(
                    cluster: stored.cluster,
                    representative: EventRows.Line(
                        storeId: event.storeID, articleId: event.articleID, url: event.articleURL,
                        published: event.published, event: event.event))
                FileHandle.standardOutput.write(try encoder.encode(line) + Data("\n".utf8))
            }
        case .csv:
            FileHandle.standardOutput.write(
                Data(DelimitedTable(delimiter: ",", header: columns, rows: clusters.map(fields)).text.utf8))
        case .table:
            Swift.print(
                TextTable.render(header: Array(columns.dropLast()), rows: clusters.map { Array(fields($0).dropLast()) }),
                terminator: "")
        }
    }
}
