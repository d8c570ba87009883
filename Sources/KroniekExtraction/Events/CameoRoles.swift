import KroniekPacks

/// What CAMEO codes say about the parties and place of an event
/// (`base/cameo-roles.tsv`): a visit happens at its destination, an arrest
/// without a named agent is the authorities', and so on.
public struct CameoRoles: Sendable {
    /// The roles `cameo-roles.tsv` may give a code prefix.
    public enum Role: String, Sendable, CaseIterable {
        case statement, appeal, visit, hosting, withdrawal, protest, coercion
    }

    private var prefixes: [(prefix: String, role: Role)] = []

    public init(pack: LanguagePack) throws(PackError) {
        for row in try pack.rows("cameo-roles.tsv") {
            try row.require(2)
            guard let role = Role(rawValue: row[1]) else {
                throw row.error("unknown role '\(row[1])' (\(Role.allCases.map(\.rawValue).joined(separator: ", ")))")
            }
            prefixes.append((row[0], role))
        }
    }

    /// Whether `code` has `role`.
    public func code(_ code: String, is role: Role) -> Bool {
        prefixes.contains { $0.role == role && code.hasPrefix($0.prefix) }
    }
}
