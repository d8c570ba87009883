import KroniekPacks

/// Interim codebook (replaced by the places branch).
public struct CameoCodebook: Sendable {
    var entries: [String: CameoEntry] = [:]
    public init(pack: LanguagePack) throws(PackError) {
        for row in try pack.rows("cameo.tsv") {
            entries[row[0]] = CameoEntry(code: row[0], name: row[1], root: row[2], plover: row[5], quadClass: Int(row[3]) ?? 0, goldstein: Double(row[4]) ?? 0)
        }
    }
    public func entry(_ code: String) -> CameoEntry? {
        var c = code
        while !c.isEmpty {
            if let e = entries[c] { return e }
            c.removeLast()
        }
        return nil
    }
}

public struct CameoEntry: Sendable, Hashable {
    public var code: String
    public var name: String
    public var root: String
    public var plover: String
    public var quadClass: Int
    public var goldstein: Double
}
