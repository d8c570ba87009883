import Foundation
import KroniekExtraction
import Testing

/// `Token.fold` takes a byte path for ASCII text; it must give what
/// Foundation's folding (the only path before) gives, for every input.
@Suite struct TokenFoldTests {
    /// The folding as it was: Foundation for every string.
    static func foundationFold(_ text: String) -> String {
        text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
            .replacingOccurrences(of: "\u{2019}", with: "'")
            .replacingOccurrences(of: "\u{00AD}", with: "")
    }

    @Test(arguments: [
        "regering", "Regering", "NAVO", "VN-chef", "ngo's", "'s-Gravenhage", "1.200", "3,5", "A-Z[]@`^~",
        "Syrië", "Erdoğan", "Erdogan", "ngo\u{2019}s", "ver\u{00AD}kiezingen", "İzmir", "Straße", "ÉÉN", "Œuvre",
        "Zürich", "São Tomé", "\u{00A0}", "", "Ängelholm", "Kyjiv\u{2019}s ver\u{00AD}klaring",
    ])
    func foldGivesFoundationsFolding(text: String) {
        #expect(Token.fold(text) == Self.foundationFold(text))
    }

    /// Every printable ASCII character, alone and in a word.
    @Test func everyASCIICharacterFoldsAsFoundationDoes() {
        for byte in UInt8(0x20)...UInt8(0x7E) {
            let text = String(decoding: [byte], as: UTF8.self)
            #expect(Token.fold(text) == Self.foundationFold(text), "\(text)")
            #expect(Token.fold("Wo\(text)rd") == Self.foundationFold("Wo\(text)rd"), "\(text)")
        }
    }
}
