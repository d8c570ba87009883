import Foundation

/// Rows of text fields written as CSV or TSV: a field holding the
/// delimiter, a quote or a line break is quoted, its quotes doubled
/// (RFC 4180), so every value reads back as written.
public struct DelimitedTable: Sendable, Hashable {
    public var delimiter: Character
    public var header: [String]
    public var rows: [[String]]

    public init(delimiter: Character, header: [String], rows: [[String]] = []) {
        self.delimiter = delimiter
        self.header = header
        self.rows = rows
    }

    /// The table as text, header first, each row ended by a line feed.
    public var text: String {
        ([header] + rows).map(line).joined()
    }

    /// One row as text, ended by a line feed.
    public func line(_ fields: [String]) -> String {
        fields.map(quoted).joined(separator: String(delimiter)) + "\n"
    }

    func quoted(_ field: String) -> String {
        guard field.contains(where: { $0 == delimiter || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return field }
        return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// Reads text written by `text` (or any RFC 4180 file) back into rows.
    public static func parse(_ text: String, delimiter: Character) -> [[String]] {
        var rows: [[String]] = []
        var row: [String] = []
        var field = ""
        var quoted = false
        var iterator = Array(text).makeIterator()
        var pending: Character? = nil
        while let c = pending ?? iterator.next() {
            pending = nil
            if quoted {
                if c == "\"" {
                    if let next = iterator.next() {
                        if next == "\"" { field.append("\"") } else { quoted = false; pending = next }
                    } else {
                        quoted = false
                    }
                } else {
                    field.append(c)
                }
            } else if c == "\"" && field.isEmpty {
                quoted = true
            } else if c == delimiter {
                row.append(field)
                field = ""
            } else if c == "\n" || c == "\r\n" {
                row.append(field)
                rows.append(row)
                row = []
                field = ""
            } else {
                field.append(c)
            }
        }
        if !field.isEmpty || !row.isEmpty {
            row.append(field)
            rows.append(row)
        }
        return rows
    }
}
