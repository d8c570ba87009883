import KroniekExtraction
import Testing

/// The tokenizer classifies ASCII from its code units; it must cut every
/// text as the `Character`-based tokenizer it replaced (kept here as the
/// reference) did.
@Suite struct TokenizerEquivalenceTests {
    /// The tokens as the `Character`-per-unit tokenizer made them.
    static func referenceTokens(of text: String) -> [Token] {
        let units = Array(text.utf16)
        var tokens: [Token] = []
        var i = 0
        func scalar(_ at: Int) -> Character? {
            guard at < units.count else { return nil }
            if UTF16.isLeadSurrogate(units[at]), at + 1 < units.count {
                return Character(String(decoding: units[at...at + 1], as: UTF16.self))
            }
            return Character(String(decoding: units[at...at], as: UTF16.self))
        }
        func width(_ at: Int) -> Int { UTF16.isLeadSurrogate(units[at]) && at + 1 < units.count ? 2 : 1 }
        func isWordChar(_ c: Character) -> Bool { c.isLetter || c.isNumber || c == "\u{00AD}" }
        while i < units.count {
            guard let c = scalar(i) else { break }
            if c.isWhitespace {
                i += width(i)
                continue
            }
            let start = i
            if isWordChar(c) {
                var allDigits = true
                while i < units.count, let d = scalar(i) {
                    if isWordChar(d) {
                        if !d.isNumber { allDigits = false }
                        i += width(i)
                        continue
                    }
                    if let next = scalar(i + width(i)), isWordChar(next) {
                        if d == "-" || d == "'" || d == "\u{2019}" || d == "\u{2011}" {
                            i += width(i)
                            continue
                        }
                        if (d == "." || d == ","), allDigits, next.isNumber {
                            i += width(i)
                            continue
                        }
                    }
                    if (d == "'" || d == "\u{2019}"), let next = scalar(i + 1), next == "s",
                        scalar(i + 2).map({ !isWordChar($0) }) ?? true
                    {
                        i += 2
                        continue
                    }
                    break
                }
                let piece = String(decoding: units[start..<i], as: UTF16.self)
                let digitsOnly = piece.allSatisfy { $0.isNumber || $0 == "." || $0 == "," }
                tokens.append(Token(text: piece, start: start, end: i, kind: digitsOnly ? .number : .word))
            } else {
                i += width(i)
                let piece = String(decoding: units[start..<i], as: UTF16.self)
                tokens.append(Token(text: piece, start: start, end: i, kind: .punctuation))
            }
        }
        return tokens
    }

    @Test(arguments: [
        "De VN-chef sprak donderdag in 's-Gravenhage met de N-VA over 1.200 militairen.",
        "Volgens ngo's en ngo\u{2019}s kostte het 3,5 miljoen euro (ruim 12%).",
        "\u{201C}We blijven ons verdedigen\u{201D}, zei de minister\u{2011}president om 09u41.",
        "Syrië, Türkiye en Erdoğan: ver\u{00AD}kiezingen op 2024-05-13!",
        "Tab\tregel\r\nnieuwe\u{000B}regel\u{000C}en\u{00A0}harde\u{2003}spatie\u{0085}.",
        "Emoji 🇳🇱 en 👍🏽 naast ١٢٣ en ½ of ², einde",
        "rock'n'roll 's avonds, 3.,4 en 3,.4 en .5 en 5. en -5 en 5- en a'b's",
        "",
        "   ",
        "e\u{0301}e\u{0301}n keer café, 1e\u{0301} en 2\u{0301}",
    ])
    func tokensAsBefore(text: String) {
        #expect(Tokenizer.tokens(of: text) == Self.referenceTokens(of: text))
    }

    /// Every ASCII character between letters and between digits.
    @Test func everyASCIICharacterCutsAsBefore() {
        for unit in UInt8(0x00)...UInt8(0x7F) {
            let c = String(decoding: [unit], as: UTF8.self)
            for text in ["ab\(c)cd", "12\(c)34", "\(c)s", "x\(c)s y", "\(c)"] {
                #expect(Tokenizer.tokens(of: text) == Self.referenceTokens(of: text), "\(unit)")
            }
        }
    }
}
