import KroniekExtraction
import KroniekPacks
import Testing

@Suite struct CameoRolesTests {
    static let roles = try! CameoRoles(pack: LanguagePack.bundled(language: "nl"))

    @Test(arguments: [
        ("042", CameoRoles.Role.visit, true),
        ("043", .hosting, true),
        ("040", .visit, false),
        ("0256", .appeal, true),
        ("1053", .appeal, true),
        ("173", .coercion, true),
        ("190", .coercion, false),
        ("141", .protest, true),
        ("0871", .withdrawal, true),  // every code under a prefix has its role
        ("086", .withdrawal, false),
        ("087", .withdrawal, true),
        ("010", .statement, true),
    ])
    func codeHasRole(code: String, role: CameoRoles.Role, expected: Bool) {
        #expect(Self.roles.code(code, is: role) == expected)
    }
}
