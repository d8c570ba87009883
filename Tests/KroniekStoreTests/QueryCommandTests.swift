import Foundation
import KroniekCore
import KroniekStore
import Testing

/// The query and export commands' options, run on the fixture store.
@Suite struct QueryCommandTests {
    static func storePath() throws -> String {
        try StoreFixture.filledStore().path
    }

    /// Event ids (the contract's) printed by `kroniek events --format json`.
    static func ids(_ out: String) throws -> [String] {
        try out.split(separator: "\n").map { line in
            let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]
            return (object?["event"] as? [String: Any])?["id"] as? String ?? "?"
        }
    }

    @Test(arguments: [
        ([String](), ["a-2", "a-1", "a-3", "b-1", "b-2"]),
        (["--actor", "TUR"], ["a-2", "a-1", "a-3", "b-1"]),
        (["--source", "RUS"], ["a-2"]),
        (["--target", "TURGOV"], ["b-1"]),
        (["--cameo", "19"], ["a-1"]),
        (["--plover", "CONSULT"], ["a-3"]),
        (["--from", "2021-05-10", "--to", "2021-05-12"], ["a-2"]),
        (["--place", "Istanbul"], ["b-1"]),
        (["--modality", "planned"], ["a-3"]),
        (["--min-killed", "1"], ["a-1"]),
        (["--text", "Moskou"], ["a-3"]),
        (["--limit", "1"], ["a-2"]),
    ])
    func eventsFilters(options: [String], expected: [String]) throws {
        let result = try CommandRunner.run(["events", "--db", try Self.storePath(), "--format", "json"] + options)
        #expect(result.status == 0)
        #expect(try Self.ids(result.out) == expected)
    }

    @Test func eventsTableAndCSV() throws {
        let db = try Self.storePath()
        let table = try CommandRunner.run(["events", "--db", db, "--cameo", "19"])
        #expect(table.out.split(separator: "\n").first?.hasPrefix("id") == true)
        #expect(table.out.contains("TURMIL") && table.out.contains("Kobani"))
        let csv = try CommandRunner.run(["events", "--db", db, "--cameo", "14", "--format", "csv"])
        let rows = DelimitedTable.parse(csv.out, delimiter: ",")
        #expect(rows.count == 2)
        #expect(rows.last?.last == "Betogers in Istanbul protesteerden, \"luid\" en lang,\ntegen de regering.")
    }

    @Test(arguments: [
        (["--actor", "RUS"], ["a-2", "a-3"]),
        (["--actor", "TUR", "--from", "2021-06-01"], ["b-1"]),
        (["--actor", "TUR", "--to", "2021-05-09"], ["a-2", "a-1"]),
    ])
    func timelineByEventDate(options: [String], expected: [String]) throws {
        let result = try CommandRunner.run(["timeline", "--db", try Self.storePath(), "--format", "json"] + options)
        #expect(try Self.ids(result.out) == expected)
    }

    @Test func timelineTableStartsWithTheDate() throws {
        let result = try CommandRunner.run(["timeline", "--db", try Self.storePath(), "--actor", "SYR"])
        let lines = result.out.split(separator: "\n")
        #expect(lines.count == 2)
        #expect(lines[1].hasPrefix("2021-05-09") && lines[1].contains("TURMIL → SYR"))
    }

    @Test(arguments: [([String](), 2), (["--speaker", "RUSGOV"], 1), (["--speaker", "IRN"], 0), (["--limit", "1"], 1)])
    func quotesBySpeaker(options: [String], count: Int) throws {
        let result = try CommandRunner.run(["quotes", "--db", try Self.storePath(), "--format", "json"] + options)
        #expect(result.out.split(separator: "\n").count == count)
        if options.contains("RUSGOV") { #expect(result.out.contains("Dit is onaanvaardbaar")) }
    }

    @Test(arguments: [([String](), 6), (["--limit", "2"], 2)])
    func actorsWithPartners(options: [String], count: Int) throws {
        let result = try CommandRunner.run(["actors", "--db", try Self.storePath(), "--format", "csv"] + options)
        let rows = DelimitedTable.parse(result.out, delimiter: ",")
        #expect(rows.first == ["actor", "events", "as source", "as target", "top partners"])
        #expect(rows.count == count + 1)
        if count > 2 { #expect(rows.contains { $0[0] == "TURMIL" && $0[1] == "2" }) }
    }

    @Test func showPrintsEventSentenceAndArticle() throws {
        let result = try CommandRunner.run(["show", "--db", try Self.storePath(), "a-2"])
        #expect(result.status == 0)
        #expect(result.out.contains("RUSGOV → TURMIL"))
        #expect(result.out.contains("sentence 2: Rusland veroordeelde de beschieting."))
        #expect(result.out.contains("article: Beschietingen aan de grens"))
        let missing = try CommandRunner.run(["show", "--db", try Self.storePath(), "zz"])
        #expect(missing.status == 1)
        #expect(missing.err.hasPrefix("kroniek: no event 'zz' in "))
    }

    @Test(arguments: [("gdelt", "\t", GDELTExport.columns, 5), ("acled", ",", ACLEDExport.columns, 2)])
    func exportsLoadBack(format: String, delimiter: String, columns: [String], rows: Int) throws {
        let result = try CommandRunner.run(["export", "--db", try Self.storePath(), "--format", format])
        #expect(result.status == 0)
        let table = DelimitedTable.parse(result.out, delimiter: Character(delimiter))
        #expect(table.first == columns)
        #expect(table.count == rows + 1)
        #expect(table.allSatisfy { $0.count == columns.count })
    }

    @Test func jsonlExportRoundTripsEvents() throws {
        let result = try CommandRunner.run(["export", "--db", try Self.storePath(), "--format", "jsonl", "--cameo", "14"])
        struct Line: Decodable { var event: Event }
        let line = try JSONDecoder().decode(Line.self, from: Data(result.out.utf8))
        #expect(line.event == StoreFixture.protest.events[0])
    }

    @Test(arguments: [
        (["events", "--from", "maart"], "Error: '--from maart' is not a date; write it as YYYY-MM-DD, YYYY-MM or YYYY."),
        (["events", "--modality", "zeker"], "Error: '--modality zeker' is not a modality; use asserted, planned, intended, alleged, denied, negated or hypothetical."),
    ])
    func badOptionsAreOneLine(arguments: [String], message: String) throws {
        let result = try CommandRunner.run(arguments + ["--db", try Self.storePath()])
        #expect(result.status == 64)
        #expect(result.err.hasPrefix(message))
    }
}

/// The README's store examples run against the fixture store.
@Suite struct ReadmeStoreExampleTests {
    static var examples: [[String]] {
        let readme = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("README.md")
        let text = (try? String(contentsOf: readme, encoding: .utf8)) ?? ""
        guard let section = text.components(separatedBy: "## Event store and exports").dropFirst().first?
            .components(separatedBy: "Query commands").first
        else { return [] }
        return section.split(separator: "\n")
            .filter { $0.hasPrefix("kroniek ") && !$0.hasPrefix("kroniek ingest") }
            .map { line in
                Array(line.components(separatedBy: " > ")[0].split(separator: " ").dropFirst().map(String.init))
            }
    }

    @Test func readmeHasStoreExamples() {
        #expect(Self.examples.count == 7)
    }

    @Test(arguments: examples)
    func readmeExampleRuns(arguments: [String]) throws {
        let result = try CommandRunner.run(arguments + ["--db", try StoreFixture.filledStore().path])
        #expect(result.status == 0, "\(arguments): \(result.err)")
        #expect(!result.out.isEmpty)
    }
}
