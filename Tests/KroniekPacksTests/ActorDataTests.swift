import Foundation
import KroniekPacks
import Testing

/// Checks the shape of the Dutch actor tables (country-words.tsv, sectors.tsv,
/// actors.tsv, people.tsv): every row parses, codes and dates are well formed,
/// and no form names two actors on the same day.
@Suite struct ActorDataTests {
    static let pack = Result { try LanguagePack.bundled(language: "nl") }

    // MARK: - Reference sets

    /// ISO 3166-1 alpha-3 → alpha-2 (ISO 3166 maintenance agency list, with the
    /// user-assigned XKX/XK for Kosovo), so that alpha-3 codes can be checked
    /// against Foundation's alpha-2 regions.
    static let alpha2: [String: String] = {
        let pairs = [
        "ABW:AW AFG:AF AGO:AO AIA:AI ALA:AX ALB:AL AND:AD ARE:AE ARG:AR ARM:AM ASM:AS ATA:AQ",
        "ATF:TF ATG:AG AUS:AU AUT:AT AZE:AZ BDI:BI BEL:BE BEN:BJ BES:BQ BFA:BF BGD:BD BGR:BG",
        "BHR:BH BHS:BS BIH:BA BLM:BL BLR:BY BLZ:BZ BMU:BM BOL:BO BRA:BR BRB:BB BRN:BN BTN:BT",
        "BVT:BV BWA:BW CAF:CF CAN:CA CCK:CC CHE:CH CHL:CL CHN:CN CIV:CI CMR:CM COD:CD COG:CG",
        "COK:CK COL:CO COM:KM CPV:CV CRI:CR CUB:CU CUW:CW CXR:CX CYM:KY CYP:CY CZE:CZ DEU:DE",
        "DJI:DJ DMA:DM DNK:DK DOM:DO DZA:DZ ECU:EC EGY:EG ERI:ER ESH:EH ESP:ES EST:EE ETH:ET",
        "FIN:FI FJI:FJ FLK:FK FRA:FR FRO:FO FSM:FM GAB:GA GBR:GB GEO:GE GGY:GG GHA:GH GIB:GI",
        "GIN:GN GLP:GP GMB:GM GNB:GW GNQ:GQ GRC:GR GRD:GD GRL:GL GTM:GT GUF:GF GUM:GU GUY:GY",
        "HKG:HK HMD:HM HND:HN HRV:HR HTI:HT HUN:HU IDN:ID IMN:IM IND:IN IOT:IO IRL:IE IRN:IR",
        "IRQ:IQ ISL:IS ISR:IL ITA:IT JAM:JM JEY:JE JOR:JO JPN:JP KAZ:KZ KEN:KE KGZ:KG KHM:KH",
        "KIR:KI KNA:KN KOR:KR KWT:KW LAO:LA LBN:LB LBR:LR LBY:LY LCA:LC LIE:LI LKA:LK LSO:LS",
        "LTU:LT LUX:LU LVA:LV MAC:MO MAF:MF MAR:MA MCO:MC MDA:MD MDG:MG MDV:MV MEX:MX MHL:MH",
        "MKD:MK MLI:ML MLT:MT MMR:MM MNE:ME MNG:MN MNP:MP MOZ:MZ MRT:MR MSR:MS MTQ:MQ MUS:MU",
        "MWI:MW MYS:MY MYT:YT NAM:NA NCL:NC NER:NE NFK:NF NGA:NG NIC:NI NIU:NU NLD:NL NOR:NO",
        "NPL:NP NRU:NR NZL:NZ OMN:OM PAK:PK PAN:PA PCN:PN PER:PE PHL:PH PLW:PW PNG:PG POL:PL",
        "PRI:PR PRK:KP PRT:PT PRY:PY PSE:PS PYF:PF QAT:QA REU:RE ROU:RO RUS:RU RWA:RW SAU:SA",
        "SDN:SD SEN:SN SGP:SG SGS:GS SHN:SH SJM:SJ SLB:SB SLE:SL SLV:SV SMR:SM SOM:SO SPM:PM",
        "SRB:RS SSD:SS STP:ST SUR:SR SVK:SK SVN:SI SWE:SE SWZ:SZ SXM:SX SYC:SC SYR:SY TCA:TC",
        "TCD:TD TGO:TG THA:TH TJK:TJ TKL:TK TKM:TM TLS:TL TON:TO TTO:TT TUN:TN TUR:TR TUV:TV",
        "TWN:TW TZA:TZ UGA:UG UKR:UA UMI:UM URY:UY USA:US UZB:UZ VAT:VA VCT:VC VEN:VE VGB:VG",
        "VIR:VI VNM:VN VUT:VU WLF:WF WSM:WS YEM:YE ZAF:ZA ZMB:ZM ZWE:ZW XKX:XK",
        ].joined(separator: " ").split(separator: " ")
        return Dictionary(uniqueKeysWithValues: pairs.map { pair in
            let parts = pair.split(separator: ":")
            return (String(parts[0]), String(parts[1]))
        })
    }()

    /// Code prefixes that are not countries, from the coding guide.
    static let otherPrefixes: Set<String> = ["IGO", "NGO", "IMG", "KUR"]
    static let sectorCodes: Set<String> = [
        "GOV", "MIL", "REB", "OPP", "COP", "JUD", "LEG", "CVL", "MED", "REF", "BUS", "EDU", "HLH", "REL",
        "LAB", "AGR", "CRM", "SPY", "ELI", "NGO",
    ]
    static let actorKinds: Set<String> = ["country", "seat", "igo", "ngo", "group", "body"]

    // MARK: - Helpers

    static func rows(_ file: String) throws -> [PackRow] {
        try pack.get().rows(file)
    }

    /// The key a form is matched on: folded like the tokenizer's keys, except
    /// forms written all in capitals, which match only as written.
    static func key(_ form: String) -> String {
        if isCapitals(form) { return "=" + form }
        return form.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
            .replacingOccurrences(of: "\u{2019}", with: "'")
    }

    static func isCapitals(_ form: String) -> Bool {
        form.contains { $0.isLetter } && !form.contains { $0.isLowercase }
    }

    static func forms(_ field: String) -> [String] {
        field.split(separator: ",", omittingEmptySubsequences: false).map {
            $0.trimmingCharacters(in: .whitespaces)
        }
    }

    static func isValidCode(_ code: String) -> Bool {
        // Three-letter chunks; the coding guide's own IGOEU takes chunks after it.
        code.wholeMatch(of: /[A-Z]{3}([A-Z]{3})*/) != nil
            || code.wholeMatch(of: /IGOEU([A-Z]{3})*/) != nil
    }

    static func isValidDate(_ text: String) -> Bool {
        guard text.wholeMatch(of: /\d{4}-\d{2}-\d{2}/) != nil else { return false }
        let parts = text.split(separator: "-").compactMap { Int($0) }
        let components = DateComponents(
            calendar: Calendar(identifier: .gregorian), year: parts[0], month: parts[1], day: parts[2])
        return components.isValidDate && (1900...2100).contains(parts[0])
    }

    /// The day range of a row; empty bounds are open.
    static func span(_ row: PackRow) -> (from: String, to: String) {
        (row[4].isEmpty ? "0000-00-00" : row[4], row[5].isEmpty ? "9999-99-99" : row[5])
    }

    static func overlap(_ a: PackRow, _ b: PackRow) -> Bool {
        let (x, y) = (span(a), span(b))
        return x.from <= y.to && y.from <= x.to
    }

    /// The code a form has on a day, from actors.tsv and people.tsv.
    static func code(of form: String, on day: String) throws -> [String] {
        let key = key(form)
        return try (rows("actors.tsv") + rows("people.tsv")).filter { row in
            forms(row[0]).contains { Self.key($0) == key } && span(row).from <= day && day <= span(row).to
        }.map { $0[1] }
    }

    // MARK: - country-words.tsv

    @Test func countryWordRowsParse() throws {
        let rows = try Self.rows("country-words.tsv")
        #expect(rows.count >= 195)
        for row in rows {
            #expect(row.fields.count == 3, "\(row.file):\(row.line) has \(row.fields.count) fields")
            #expect(Self.alpha2[row[0]] != nil, "\(row.file):\(row.line): '\(row[0])' is not ISO 3166 alpha-3")
            #expect(!row[1].isEmpty, "\(row.file):\(row.line): no adjective")
            let all = Self.forms(row[1]) + (row[2].isEmpty ? [] : Self.forms(row[2]))
            #expect(!all.contains(""), "\(row.file):\(row.line): empty form")
        }
    }

    @Test func countryWordCodesAreFoundationRegions() throws {
        let regions = Set(Locale.Region.isoRegions.map(\.identifier))
        let dutch = Locale(identifier: "nl")
        for row in try Self.rows("country-words.tsv") {
            let code = try #require(Self.alpha2[row[0]])
            #expect(regions.contains(code), "\(row[0]) → \(code) is not a Foundation region")
            #expect(dutch.localizedString(forRegionCode: code) != nil, "no Dutch name for \(code)")
        }
    }

    @Test func countryWordFormBelongsToOneCountry() throws {
        var owner: [String: String] = [:]
        for row in try Self.rows("country-words.tsv") {
            let all = Self.forms(row[1]) + (row[2].isEmpty ? [] : Self.forms(row[2]))
            for form in Set(all.map(Self.key)) {
                if let other = owner[form] {
                    Issue.record("'\(form)' is listed for \(other) and \(row[0])")
                }
                owner[form] = row[0]
            }
        }
    }

    @Test(arguments: [
        ("Turkse", "TUR"), ("Turken", "TUR"), ("Amerikaanse", "USA"), ("Nederlanders", "NLD"),
        ("Syriërs", "SYR"), ("Syrische", "SYR"), ("Palestijnse", "PSE"), ("Hongkongse", "HKG"),
        ("Kosovaarse", "XKX"), ("Oekraïense", "UKR"), ("Britse", "GBR"), ("Saoedische", "SAU"),
    ])
    func countryWordNamesItsCountry(form: String, iso3: String) throws {
        let matches = try Self.rows("country-words.tsv").filter { row in
            (Self.forms(row[1]) + Self.forms(row[2])).contains(form)
        }
        #expect(matches.map { $0[0] } == [iso3])
    }

    // MARK: - sectors.tsv

    @Test func sectorRowsParse() throws {
        let rows = try Self.rows("sectors.tsv")
        #expect(rows.count >= 150)
        var seen: Set<String> = []
        for row in rows {
            #expect(row.fields.count == 3, "\(row.file):\(row.line) has \(row.fields.count) fields")
            #expect(row[0] == row[0].lowercased() && !row[0].isEmpty, "\(row.file):\(row.line): form not lowercase")
            #expect(Self.sectorCodes.contains(row[1]), "\(row.file):\(row.line): unknown sector '\(row[1])'")
            #expect(["institution", "role", "counterpart", "group", "qualifier"].contains(row[2]), "\(row.file):\(row.line): kind '\(row[2])'")
            #expect(seen.insert(Self.key(row[0])).inserted, "\(row.file):\(row.line): '\(row[0])' listed twice")
        }
    }

    @Test(arguments: [
        ("soldaten", "MIL"), ("regering", "GOV"), ("woordvoerder", "GOV"), ("rebellen", "REB"),
        ("oppositieleider", "OPP"), ("oproerpolitie", "COP"), ("rechtbank", "JUD"), ("parlement", "LEG"),
        ("demonstranten", "CVL"), ("journalisten", "MED"), ("vluchtelingen", "REF"), ("bedrijven", "BUS"),
        ("ministerie van defensie", "GOV"), ("jihadisten", "REB"), ("regeringsleger", "MIL"),
        ("regeringstroepen", "MIL"), ("machthebbers", "GOV"), ("oppositieleden", "OPP"), ("ambtsgenoot", "GOV"),
        ("militante", "REB"),
    ])
    func sectorNounHasItsSector(form: String, sector: String) throws {
        let matches = try Self.rows("sectors.tsv").filter { $0[0] == form }
        #expect(matches.map { $0[1] } == [sector])
    }

    // MARK: - actors.tsv and people.tsv

    @Test(arguments: ["actors.tsv", "people.tsv"])
    func actorRowsParse(file: String) throws {
        for row in try Self.rows(file) {
            let at = "\(row.file):\(row.line)"
            #expect(row.fields.count == 7, "\(at) has \(row.fields.count) fields")
            let forms = Self.forms(row[0])
            #expect(!forms.contains(""), "\(at): empty form")
            #expect(Set(forms.map(Self.key)).count == forms.count, "\(at): a form is listed twice")
            #expect(Self.isValidCode(row[1]), "\(at): code '\(row[1])'")
            let prefix = String(row[1].prefix(3))
            #expect(Self.alpha2[prefix] != nil || Self.otherPrefixes.contains(prefix), "\(at): prefix '\(prefix)'")
            if file == "people.tsv" {
                #expect(row[2] == "person", "\(at): kind '\(row[2])'")
            } else {
                #expect(Self.actorKinds.contains(row[2]), "\(at): kind '\(row[2])'")
            }
            #expect(!row[3].isEmpty, "\(at): no name")
            for date in [row[4], row[5]] where !date.isEmpty {
                #expect(Self.isValidDate(date), "\(at): date '\(date)'")
            }
            #expect(Self.span(row).from <= Self.span(row).to, "\(at): from after to")
            #expect(row[6].isEmpty || row[6].wholeMatch(of: /Q[1-9][0-9]*/) != nil, "\(at): id '\(row[6])'")
        }
    }

    @Test func peopleCoverEnoughOffices() throws {
        let rows = try Self.rows("people.tsv")
        #expect(rows.count >= 400)
        #expect(Set(rows.map { $0[1].prefix(3) }).count >= 80)
    }

    @Test func periodsOfOnePersonAreInOrder() throws {
        let byName = Dictionary(grouping: try Self.rows("people.tsv"), by: { $0[3] })
        for (name, rows) in byName {
            for (earlier, later) in zip(rows, rows.dropFirst()) {
                #expect(Self.span(earlier).to < Self.span(later).from, "\(name): line \(later.line) overlaps")
            }
        }
    }

    @Test func noFormNamesTwoActorsOnOneDay() throws {
        let rows = try Self.rows("actors.tsv") + Self.rows("people.tsv")
        var byForm: [String: [PackRow]] = [:]
        for row in rows {
            for form in Self.forms(row[0]) { byForm[Self.key(form), default: []].append(row) }
        }
        for (form, rows) in byForm {
            for (i, a) in rows.enumerated() {
                for b in rows[(i + 1)...] where Self.overlap(a, b) {
                    Issue.record("'\(form)' names \(a[1]) (\(a.file):\(a.line)) and \(b[1]) (\(b.file):\(b.line))")
                }
            }
        }
    }

    @Test func namesDoNotShadowCountryWordsOrSectorNouns() throws {
        var words: Set<String> = []
        for row in try Self.rows("country-words.tsv") {
            words.formUnion((Self.forms(row[1]) + Self.forms(row[2])).map(Self.key))
        }
        words.formUnion(try Self.rows("sectors.tsv").map { Self.key($0[0]) })
        for row in try Self.rows("actors.tsv") + Self.rows("people.tsv") {
            for form in Self.forms(row[0]) where words.contains(Self.key(form)) {
                Issue.record("\(row.file):\(row.line): '\(form)' is also a country word or sector noun")
            }
        }
    }

    @Test(arguments: [
        ("Trump", "2018-06-01", "USAGOV"), ("Trump", "2022-06-01", "USAELI"), ("Trump", "2025-06-01", "USAGOV"),
        ("Taliban", "2020-05-01", "AFGREB"), ("Taliban", "2021-08-15", "AFGGOV"),
        ("Rutte", "2015-03-01", "NLDGOV"), ("Rutte", "2025-03-01", "IGONAT"),
        ("Poetin", "2020-03-02", "RUSGOV"), ("Erdogan", "2020-03-02", "TURGOV"),
        ("Netanjahoe", "2022-03-01", "ISROPP"), ("Assad", "2020-03-02", "SYRGOV"), ("Assad", "2025-02-01", "SYRELI"),
        ("al-Jolani", "2023-01-01", "SYRREB"), ("Kremlin", "2020-03-02", "RUSGOV"), ("Ankara", "2020-03-02", "TURGOV"),
        ("IS", "2019-01-01", "IMG"), ("Hamas", "2023-10-07", "PSEREB"), ("NAVO", "2020-01-01", "IGONAT"),
        ("Verenigde Naties", "2020-01-01", "IGOUNO"), ("Stoltenberg", "2020-01-01", "IGONAT"),
        ("Guterres", "2020-01-01", "IGOUNO"), ("Zelenski", "2023-01-01", "UKRGOV"), ("Chamenei", "2020-01-01", "IRNGOV"),
        ("TPLF", "2019-06-01", "ETH"), ("TPLF", "2021-06-01", "ETHREB"), ("TPLF", "2023-06-01", "ETH"),
        ("MIVD", "2020-01-01", "NLDSPY"), ("Nobelcomité", "2020-01-01", "NORNGO"),
    ])
    func formHasItsCodeOnADay(form: String, day: String, code: String) throws {
        #expect(try Self.code(of: form, on: day) == [code])
    }

    @Test(arguments: [("is", "2019-01-01"), ("Is", "2019-01-01"), ("vs", "2019-01-01"), ("Trump", "2016-01-01")])
    func formWithoutCodeOnADay(form: String, day: String) throws {
        #expect(try Self.code(of: form, on: day).isEmpty)
    }
}
