import Foundation
import KroniekCore
import KroniekStore

/// Stored events as printed by the query commands.
enum EventRows {
    static let columns = ["id", "date", "source", "target", "cameo", "plover", "modality", "place", "killed", "trigger", "sentence"]

    static func fields(_ stored: StoredEvent) -> [String] {
        let event = stored.event
        return [
            String(stored.storeID), event.date.value ?? event.date.from.map { "from \($0)" } ?? "",
            event.source?.code ?? "", event.target?.code ?? "", event.cameo, event.plover, event.modality.rawValue,
            event.location?.name ?? "", event.casualties.killed?.count.map(String.init) ?? "", event.trigger, event.text,
        ]
    }

    /// One JSON line: the contract's event with the store id and its article.
    struct Line: Encodable {
        var storeId: Int64
        var articleId: String
        var url: String?
        var published: String?
        var event: Event
    }

    static func print(_ events: [StoredEvent], as format: QueryFormat) throws {
        switch format {
        case .json:
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
            for stored in events {
                let line = Line(
                    storeId: stored.storeID, articleId: stored.articleID, url: stored.articleURL, published: stored.published,
                    event: stored.event)
                FileHandle.standardOutput.write(try encoder.encode(line) + Data("\n".utf8))
            }
        case .csv:
            FileHandle.standardOutput.write(Data(DelimitedTable(delimiter: ",", header: columns, rows: events.map(fields)).text.utf8))
        case .table:
            Swift.print(TextTable.render(header: Array(columns.dropLast()), rows: events.map { Array(fields($0).dropLast()) }), terminator: "")
        }
    }
}

/// Columns padded to their widest cell, for people reading a terminal.
enum TextTable {
    static func render(header: [String], rows: [[String]]) -> String {
        var widths = header.map(\.count)
        for row in rows {
            for (i, cell) in row.enumerated() where i < widths.count { widths[i] = min(max(widths[i], cell.count), 40) }
        }
        func line(_ cells: [String]) -> String {
            cells.enumerated().map { i, cell in
                let cut = cell.count > 40 ? String(cell.prefix(39)) + "…" : cell
                return i == cells.count - 1 ? cut : cut.padding(toLength: widths[i], withPad: " ", startingAt: 0)
            }.joined(separator: "  ") + "\n"
        }
        return line(header) + rows.map(line).joined()
    }
}
