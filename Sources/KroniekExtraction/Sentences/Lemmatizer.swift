import Foundation
import KroniekPacks

/// Maps inflected word forms to their lemmas ("kondigde" → "kondigen",
/// "getrokken" → "trekken"), from the pack's lemma tables.
///
/// A form absent from the tables is its own lemma.
///
/// The table (`lemmas-verbs.tsv`, 90,000 rows sorted by form) is kept as
/// the file's bytes and searched by binary search: building a dictionary of
/// every row was a third of the start-up. Forms with letters outside ASCII
/// (folded, they sort elsewhere) and an unsorted table go to a dictionary.
public struct Lemmatizer: Sendable {
    /// The table's bytes.
    private let bytes: [UInt8]
    /// Rows of ASCII forms, sorted by form: where the form starts and ends,
    /// and where the lemmas start and end.
    private let rows: [Row]
    /// Where the rows of each first byte begin (`firstRow[b]..<firstRow[b + 1]`).
    private let firstRow: [Int32]
    /// Forms with other letters (folded), and rows of an unsorted table.
    private let others: [String: [String]]
    /// Every lemma the tables name: the verbs the language has.
    private let known: Set<String>

    private struct Row: Sendable {
        var form: Int32
        var formEnd: Int32
        var lemmas: Int32
        var end: Int32
    }

    public init(pack: LanguagePack) throws(PackError) {
        let file = "lemmas-verbs.tsv"
        let bytes = [UInt8](try pack.data(file))
        func error(line: Int, _ reason: String) -> PackError {
            PackRow(fields: [], file: "\(pack.language)/\(file)", line: line).error(reason)
        }
        guard String(validating: bytes, as: UTF8.self) != nil else { throw error(line: 0, "not readable as UTF-8") }
        var rows: [Row] = []
        rows.reserveCapacity(bytes.count / 14)
        var others: [String: [String]] = [:]
        var known: Set<String> = []
        var previousLemmas: ArraySlice<UInt8> = []
        var line = 0
        var start = 0
        while start < bytes.count {
            line += 1
            var end = start
            while end < bytes.count && bytes[end] != 0x0A { end += 1 }
            defer { start = end + 1 }
            // Trim the line; skip blank lines and comments.
            var first = start
            var last = end
            while first < last && Self.isSpace(bytes[first]) { first += 1 }
            while last > first && Self.isSpace(bytes[last - 1]) { last -= 1 }
            if first == last || bytes[first] == UInt8(ascii: "#") { continue }
            guard let tab = bytes[first..<last].firstIndex(of: 0x09) else {
                throw error(line: line, "expected 2 tab-separated fields, found 1")
            }
            var formEnd = tab
            while formEnd > first && Self.isSpace(bytes[formEnd - 1]) { formEnd -= 1 }
            var lemmaStart = tab + 1
            while lemmaStart < last && Self.isSpace(bytes[lemmaStart]) { lemmaStart += 1 }
            let lemmaBytes = bytes[lemmaStart..<last]
            // Consecutive rows mostly share their lemma: add it to `known` once.
            if lemmaBytes != previousLemmas {
                for lemma in Self.lemmas(lemmaBytes) { known.insert(lemma) }
                previousLemmas = lemmaBytes
            }
            let form = bytes[first..<formEnd]
            let sorted = rows.last.map { Self.compare(bytes[Int($0.form)..<Int($0.formEnd)], form) <= 0 } ?? true
            if form.allSatisfy({ $0 < 0x80 }) && sorted {
                rows.append(Row(form: Int32(first), formEnd: Int32(formEnd), lemmas: Int32(lemmaStart), end: Int32(last)))
            } else {
                others[Token.fold(String(decoding: form, as: UTF8.self)), default: []] += Self.lemmas(lemmaBytes)
            }
        }
        var firstRow = [Int32](repeating: Int32(rows.count), count: 257)
        for (index, row) in rows.enumerated().reversed() { firstRow[Int(bytes[Int(row.form)])] = Int32(index) }
        for letter in stride(from: 255, through: 0, by: -1) where firstRow[letter] > firstRow[letter + 1] {
            firstRow[letter] = firstRow[letter + 1]
        }
        self.bytes = bytes
        self.rows = rows
        self.firstRow = firstRow
        self.others = others
        self.known = known
    }

    /// Whether the folded form is an inflected form of a verb in the tables.
    public func isInflectedVerb(_ key: String) -> Bool {
        !tableLemmas(of: key).isEmpty
    }

    /// Whether `lemma` is a verb the tables know ("oversteken").
    public func isKnownLemma(_ lemma: String) -> Bool {
        known.contains(lemma)
    }

    /// The lemmas of a folded form, the form itself first.
    public func lemmas(of key: String) -> [String] {
        [key] + tableLemmas(of: key)
    }

    /// The lemmas the tables give a folded form, in table order.
    private func tableLemmas(of key: String) -> [String] {
        var found = others.isEmpty ? [] : others[key] ?? []
        var key = key
        key.withUTF8 { wanted in
            guard !wanted.isEmpty, wanted.allSatisfy({ $0 < 0x80 }) else { return }
            bytes.withUnsafeBufferPointer { table in
                // The rows of the form's first letter, then the first row not below the form.
                let letter = Int(wanted[0])
                var low = Int(firstRow[letter])
                var high = Int(firstRow[letter + 1])
                while low < high {
                    let mid = (low + high) / 2
                    if Self.compare(rows[mid], in: table, wanted) < 0 { low = mid + 1 } else { high = mid }
                }
                while low < rows.count && Self.compare(rows[low], in: table, wanted) == 0 {
                    found += Self.lemmas(bytes[Int(rows[low].lemmas)..<Int(rows[low].end)])
                    low += 1
                }
            }
        }
        return found
    }

    /// The form of `row` compared with `wanted`, byte by byte.
    private static func compare(_ row: Row, in table: UnsafeBufferPointer<UInt8>, _ wanted: UnsafeBufferPointer<UInt8>)
        -> Int
    {
        let length = Int(row.formEnd - row.form)
        let common = min(length, wanted.count)
        let order = memcmp(table.baseAddress! + Int(row.form), wanted.baseAddress!, common)
        return order != 0 ? Int(order) : length - wanted.count
    }

    private static func compare(_ a: ArraySlice<UInt8>, _ b: ArraySlice<UInt8>) -> Int {
        for (x, y) in zip(a, b) where x != y { return Int(x) - Int(y) }
        return a.count - b.count
    }

    /// The folded lemmas of a lemma field ("aaien" or "a,b").
    private static func lemmas(_ field: ArraySlice<UInt8>) -> [String] {
        field.split(separator: UInt8(ascii: ",")).map { part in
            var part = part
            while let first = part.first, isSpace(first) { part.removeFirst() }
            while let last = part.last, isSpace(last) { part.removeLast() }
            let text = String(decoding: part, as: UTF8.self)
            return part.allSatisfy { $0 < 0x80 } ? text : Token.fold(text)
        }
    }

    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0D
    }
}
