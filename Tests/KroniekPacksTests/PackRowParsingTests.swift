import Foundation
import KroniekPacks
import Testing

/// The byte-level table reader must give the rows that splitting `String`s
/// with Foundation's trimming gives (the reader it replaced, kept here as the
/// reference).
@Suite struct PackRowParsingTests {
    /// The rows as the `String`-based reader made them.
    static func referenceRows(_ text: String, file: String) -> [PackRow] {
        var rows: [PackRow] = []
        var number = 0
        for raw in text.split(separator: "\n", omittingEmptySubsequences: false) {
            number += 1
            let line = raw.trimmingCharacters(in: .whitespacesAndNewlines)
            if line.isEmpty || line.hasPrefix("#") { continue }
            let fields = raw.split(separator: "\t", omittingEmptySubsequences: false).map {
                $0.trimmingCharacters(in: .whitespaces)
            }
            rows.append(PackRow(fields: fields, file: file, line: number))
        }
        return rows
    }

    /// A pack in a temporary folder whose `nl/table.tsv` holds `text`.
    static func rows(ofTable text: String) throws -> [PackRow] {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("kroniek-pack-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        let folder = root.appendingPathComponent("nl")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: root.appendingPathComponent("base"), withIntermediateDirectories: true)
        try Data(#"{"version": "test"}"#.utf8).write(to: folder.appendingPathComponent("pack.json"))
        try Data(text.utf8).write(to: folder.appendingPathComponent("table.tsv"))
        return try LanguagePack(language: "nl", root: root).rows("table.tsv")
    }

    @Test(arguments: [
        "vandaag\tday\t0",
        "# een opmerking\nmorgen\tday\t1",
        "   # ingesprongen opmerking\n\ngisteren\tday\t-1\n",
        "  zeggen \t 010 \t\t",
        "\u{00A0}Den Haag\tNLD\u{00A0}",
        "\u{00A0}# opmerking na een harde spatie",
        "Syrië\u{2003}\t\u{2003}SYR",
        "\t\tleeg begin",
        "één veld",
        "\n\n\n",
        "",
        "\u{000B}\u{000C}\nvolgende\tregel",
    ])
    func tableReadsAsStringsDid(text: String) throws {
        #expect(try Self.rows(ofTable: text) == Self.referenceRows(text, file: "nl/table.tsv"))
    }

    /// Every table of the bundled packs, row for row.
    @Test func bundledTablesReadAsStringsDid() throws {
        let pack = try LanguagePack.bundled(language: "nl")
        for folder in pack.folders {
            let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".tsv") }
            #expect(!names.isEmpty)
            for name in names {
                let text = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
                let reference = Self.referenceRows(text, file: "\(folder.lastPathComponent)/\(name)")
                let read = try pack.rows(name).filter { $0.file == "\(folder.lastPathComponent)/\(name)" }
                #expect(read == reference, "\(folder.lastPathComponent)/\(name)")
            }
        }
    }

    @Test func tableThatIsNotUTF8IsNamed() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("kroniek-pack-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        let folder = root.appendingPathComponent("nl")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try Data(#"{"version": "test"}"#.utf8).write(to: folder.appendingPathComponent("pack.json"))
        try Data([0x66, 0xFF, 0xFE, 0x0A]).write(to: folder.appendingPathComponent("table.tsv"))
        let pack = try LanguagePack(language: "nl", root: root)
        #expect {
            try pack.rows("table.tsv")
        } throws: { error in
            "\(error)" == "pack file nl/table.tsv: not readable as UTF-8"
        }
    }
}
