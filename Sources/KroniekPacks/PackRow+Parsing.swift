import Foundation

extension PackRow {
    /// The rows of a pack table's bytes: lines split at `\n`, blank lines and
    /// lines starting with `#` skipped (after leading white space), fields
    /// split at tabs and trimmed of white space. Nil when the bytes are not
    /// UTF-8.
    ///
    /// Works on bytes: the lemma table has 90,000 rows and the gazetteer
    /// 12,700, and splitting `String`s with Foundation's trimming cost most of
    /// the start-up. Lines and fields with non-ASCII white space at an edge
    /// take the slower path, which gives the same result.
    static func parse(_ data: Data, file: String) -> [PackRow]? {
        guard String(data: data, encoding: .utf8) != nil else { return nil }
        return data.withUnsafeBytes { raw in
            let bytes = raw.bindMemory(to: UInt8.self)
            var rows: [PackRow] = []
            var number = 0
            var start = 0
            while start <= bytes.count {
                var end = start
                while end < bytes.count && bytes[end] != UInt8(ascii: "\n") { end += 1 }
                number += 1
                if let fields = fields(UnsafeBufferPointer(rebasing: bytes[start..<end])) {
                    rows.append(PackRow(fields: fields, file: file, line: number))
                }
                start = end + 1
            }
            return rows
        }
    }

    /// The trimmed fields of one line, or nil when the line is blank or a comment.
    private static func fields(_ line: UnsafeBufferPointer<UInt8>) -> [String]? {
        guard let first = line.firstIndex(where: { !isASCIILineSpace($0) }) else { return nil }
        if line[first] >= 0x80 { return slowFields(line) }
        if line[first] == UInt8(ascii: "#") { return nil }
        var fields: [String] = []
        var start = 0
        while start <= line.count {
            var end = start
            while end < line.count && line[end] != UInt8(ascii: "\t") { end += 1 }
            fields.append(trimmed(UnsafeBufferPointer(rebasing: line[start..<end])))
            start = end + 1
        }
        return fields
    }

    /// A field without the spaces and tabs at its ends; Foundation trims it
    /// when other white space may be there.
    private static func trimmed(_ field: UnsafeBufferPointer<UInt8>) -> String {
        var lower = 0
        var upper = field.count
        while lower < upper && (field[lower] == 0x20 || field[lower] == 0x09) { lower += 1 }
        while upper > lower && (field[upper - 1] == 0x20 || field[upper - 1] == 0x09) { upper -= 1 }
        let text = String(decoding: UnsafeBufferPointer(rebasing: field[lower..<upper]), as: UTF8.self)
        if lower < upper && (field[lower] >= 0x80 || field[upper - 1] >= 0x80) {
            return text.trimmingCharacters(in: .whitespaces)
        }
        return text
    }

    /// The line as `String` methods read it, for lines that begin with non-ASCII.
    private static func slowFields(_ line: UnsafeBufferPointer<UInt8>) -> [String]? {
        let raw = String(decoding: line, as: UTF8.self)
        let trimmed = raw.trimmingCharacters(in: .whitespacesAndNewlines)
        if trimmed.isEmpty || trimmed.hasPrefix("#") { return nil }
        return raw.split(separator: "\t", omittingEmptySubsequences: false).map {
            $0.trimmingCharacters(in: .whitespaces)
        }
    }

    /// Space, tab and the ASCII line breaks that `.whitespacesAndNewlines` holds.
    private static func isASCIILineSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || (0x09...0x0D).contains(byte)
    }
}
