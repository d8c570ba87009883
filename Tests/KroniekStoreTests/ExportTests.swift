import Foundation
import KroniekCore
import KroniekStore
import Testing

/// Exports read back: the CSV/TSV is parsed here and its columns and values
/// compared with the stored events.
@Suite struct ExportTests {
    @Test(arguments: [
        ["plain", "met, komma", "met \"aanhalingstekens\"", "met\nregeleinde", ""],
        ["\"", ",", "\n", "a\tb"],
    ])
    func delimitedFieldsRoundTrip(fields: [String]) {
        for delimiter: Character in [",", "\t"] {
            let table = DelimitedTable(delimiter: delimiter, header: fields.indices.map { "c\($0)" }, rows: [fields, fields])
            #expect(DelimitedTable.parse(table.text, delimiter: delimiter) == [table.header, fields, fields])
        }
    }

    @Test func gdeltRowsCarryTheEventColumns() throws {
        let events = try StoreFixture.filledStore().events(matching: EventQuery())
        let rows = DelimitedTable.parse(GDELTExport.table(events).text, delimiter: "\t")
        #expect(rows.first == GDELTExport.columns)
        #expect(rows.dropFirst().allSatisfy { $0.count == GDELTExport.columns.count })
        let column = Dictionary(uniqueKeysWithValues: GDELTExport.columns.enumerated().map { ($1, $0) })
        let condemnation = try #require(rows.first { $0[column["EventCode"]!] == "111" })
        #expect(condemnation[column["Day"]!] == "20210501")
        #expect(condemnation[column["DatePrecision"]!] == "month")
        #expect(condemnation[column["Actor1Code"]!] == "RUSGOV")
        #expect(condemnation[column["Actor2CountryCode"]!] == "TUR")
        #expect(condemnation[column["EventRootCode"]!] == "11")
        #expect(condemnation[column["EventBaseCode"]!] == "111")
        #expect(condemnation[column["SOURCEURL"]!] == "https://example.org/a")
        let shelling = try #require(rows.first { $0[column["EventCode"]!] == "190" })
        #expect(shelling[column["ActionGeo_FullName"]!] == "Kobani")
        #expect(shelling[column["ActionGeo_Lat"]!] == "36.89")
        #expect(shelling[column["IsRootEvent"]!] == "1")
        #expect(shelling[column["DATEADDED"]!].count == 14)
    }

    @Test func acledKeepsViolenceProtestsAndStrategicDevelopments() throws {
        let events = try StoreFixture.filledStore().events(matching: EventQuery())
        let rows = DelimitedTable.parse(ACLEDExport.table(events).text, delimiter: ",")
        #expect(rows.first == ACLEDExport.columns)
        let column = Dictionary(uniqueKeysWithValues: ACLEDExport.columns.enumerated().map { ($1, $0) })
        // The condemnation, the planned consultation and the statement are not ACLED events.
        #expect(rows.dropFirst().map { $0[column["event_type"]!] } == ["Battles", "Protests"])
        let protest = try #require(rows.last)
        #expect(protest[column["notes"]!] == "Betogers in Istanbul protesteerden, \"luid\" en lang,\ntegen de regering.")
        #expect(protest[column["source"]!] == "Krant, \"de\" Ochtend")
        #expect(protest[column["sub_event_type"]!] == "Peaceful protest")
        #expect(rows[1][column["fatalities"]!] == "12")
        #expect(rows[1][column["event_date"]!] == "2021-05-09")
        #expect(rows[1][column["country"]!] == "SYR")
    }

    @Test(arguments: [
        ("190", "Battles", "Armed clash"),
        ("195", "Explosions/Remote violence", "Air/drone strike"),
        ("1831", "Explosions/Remote violence", "Suicide bomb"),
        ("181", "Violence against civilians", "Abduction/forced disappearance"),
        ("145", "Riots", "Violent demonstration"),
        ("173", "Strategic developments", "Arrests"),
        ("0871", "Strategic developments", "Agreement"),
    ])
    func cameoCodesMapToACLEDTypes(cameo: String, type: String, subType: String) throws {
        let mapped = try #require(ACLEDExport.types(cameo: cameo))
        #expect(mapped.type == type && mapped.subType == subType)
    }

    @Test(arguments: ["010", "042", "111", "163"])
    func otherCodesAreNotACLEDEvents(cameo: String) {
        #expect(ACLEDExport.types(cameo: cameo) == nil)
    }
}
