import KroniekPacks

/// One CAMEO code with everything an event needs from it: name, root,
/// PLOVER type, quad class and Goldstein weight.
///
/// Events carry these values in the output contract; keeping them together
/// means a coded event is never half-filled.
public struct CameoEntry: Sendable, Hashable {
    /// The code as listed in the table, e.g. `042`.
    public var code: String
    /// The CAMEO name, e.g. "Make a visit".
    public var name: String
    /// The first two digits, e.g. `04`.
    public var root: String
    /// The PLOVER event type, or STATEMENT/INVESTIGATE where PLOVER has none.
    public var plover: String
    /// The PLOVER mode of the code (e.g. `visit`), empty when it has none.
    public var mode: String
    /// GDELT quad class: 1 verbal cooperation, 2 material cooperation,
    /// 3 verbal conflict, 4 material conflict.
    public var quadClass: Int
    /// Goldstein weight, -10 (most conflictual) to 10.
    public var goldstein: Double

    public init(
        code: String, name: String, root: String, plover: String, mode: String = "", quadClass: Int,
        goldstein: Double
    ) {
        self.code = code
        self.name = name
        self.root = root
        self.plover = plover
        self.mode = mode
        self.quadClass = quadClass
        self.goldstein = goldstein
    }
}

/// The CAMEO codebook of the pack (`cameo.tsv`, `cameo-plover.tsv`,
/// `cameo-roots.tsv`): looks up a code and falls back to its parent.
///
/// Event patterns in a pack may name codes finer than the table knows
/// ("0357"); falling back to the parent ("035", then "03") guarantees every
/// coded event still gets a PLOVER type, quad class and Goldstein weight.
public struct CameoCodebook: Sendable {
    private let entries: [String: CameoEntry]

    public init(pack: LanguagePack) throws(PackError) {
        var plover: [String: (type: String, mode: String)] = [:]
        for row in try pack.rows("cameo-plover.tsv") {
            try row.require(2)
            plover[row[0]] = plover[row[0]] ?? (row[1], row[2])
        }
        for row in try pack.rows("cameo-roots.tsv") {
            try row.require(2)
            plover[row[0]] = plover[row[0]] ?? (row[1], "")
        }
        var entries: [String: CameoEntry] = [:]
        for row in try pack.rows("cameo.tsv") {
            try row.require(5)
            let code = row[0]
            guard code.count >= 2, code.count <= 4, code.allSatisfy(\.isASCII), code.allSatisfy(\.isNumber) else {
                throw row.error("'\(code)' is not a CAMEO code of 2 to 4 digits")
            }
            guard let quad = Int(row[3]), (1...4).contains(quad) else {
                throw row.error("quad class '\(row[3])' is not 1 to 4")
            }
            guard let weight = Double(row[4]) else {
                throw row.error("Goldstein weight '\(row[4])' is not a number")
            }
            guard let type = Self.parents(of: code).lazy.compactMap({ plover[$0] }).first else {
                throw row.error("no PLOVER type for \(code) or its root in cameo-plover.tsv or cameo-roots.tsv")
            }
            let mode = plover[code]?.mode ?? ""
            entries[code] = CameoEntry(
                code: code, name: row[1], root: String(code.prefix(2)), plover: type.type, mode: mode,
                quadClass: quad, goldstein: weight)
        }
        self.entries = entries
    }

    /// The entry for `code`, or for its nearest parent when the table lacks
    /// it (`0357` gives the entry of `035`); nil when not even the root is known.
    public func entry(_ code: String) -> CameoEntry? {
        Self.parents(of: code).lazy.compactMap { entries[$0] }.first
    }

    /// All codes of the table, sorted.
    public var codes: [String] { entries.keys.sorted() }

    /// `0356`, `035`, `03`: the code, then each shorter prefix down to the root.
    private static func parents(of code: String) -> [String] {
        guard code.count >= 2 else { return [] }
        return stride(from: code.count, through: 2, by: -1).map { String(code.prefix($0)) }
    }
}
