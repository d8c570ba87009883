import Foundation

/// A word, number or punctuation mark of a sentence with its UTF-16 offsets.
///
/// Matching runs on `key` (lowercased, diacritics folded) so that
/// "Erdoğan" and "Erdogan", "Syrië" and "Syrie" meet the same pack entry.
public struct Token: Sendable, Hashable {
    public var text: String
    public var key: String
    /// `[start, end)` in UTF-16 code units of the sentence text.
    public var start: Int
    public var end: Int
    public var kind: Kind
    /// Starts with an upper-case letter (worked out once: asked of every
    /// token by most stages).
    public let isCapitalized: Bool

    public enum Kind: Sendable, Hashable {
        case word, number, punctuation
    }

    public init(text: String, start: Int, end: Int, kind: Kind) {
        self.text = text
        self.key = Token.fold(text)
        self.start = start
        self.end = end
        self.kind = kind
        if let first = text.utf8.first, first < 0x80 {
            isCapitalized = first >= 0x41 && first <= 0x5A
        } else {
            isCapitalized = text.first?.isUppercase ?? false
        }
    }

    public var isWord: Bool { kind == .word }
    public var isNumber: Bool { kind == .number }
    public var isPunctuation: Bool { kind == .punctuation }


    /// Lowercased, diacritics removed, typographic apostrophes made plain:
    /// the form pack entries are compared in.
    ///
    /// Every token and pack entry is folded, so ASCII text (most of it)
    /// takes a byte path that gives what Foundation's folding gives: ASCII
    /// letters lowercased, nothing else changed.
    public static func fold(_ text: String) -> String {
        if text.utf8.allSatisfy({ $0 < 0x80 }) {
            guard text.utf8.contains(where: isASCIIUppercase) else { return text }
            return String(decoding: text.utf8.map { isASCIIUppercase($0) ? $0 | 0x20 : $0 }, as: UTF8.self)
        }
        var folded = text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
        if folded.unicodeScalars.contains(where: { $0 == "\u{2019}" || $0 == "\u{00AD}" }) {
            var scalars = String.UnicodeScalarView()
            for scalar in folded.unicodeScalars where scalar != "\u{00AD}" {
                scalars.append(scalar == "\u{2019}" ? "'" : scalar)
            }
            folded = String(scalars)
        }
        return folded
    }

    private static func isASCIIUppercase(_ byte: UInt8) -> Bool { (0x41...0x5A).contains(byte) }
}

/// Splits a sentence into tokens. Keeps together hyphenated words
/// ("N-VA", "VN-chef"), elisions ("ngo's", "'s avonds") and numbers with
/// separators ("1.200", "3,5").
public enum Tokenizer {
    /// One UTF-16 position as the tokenizer sees it: the unit and the
    /// properties of the character that starts there.
    private struct Glyph {
        var unit: UInt16
        var isWhitespace: Bool
        var isWordChar: Bool
        var isNumber: Bool
    }

    public static func tokens(of text: String) -> [Token] {
        let units = Array(text.utf16)
        var tokens: [Token] = []
        var i = 0
        func scalar(_ at: Int) -> Character {
            if UTF16.isLeadSurrogate(units[at]), at + 1 < units.count {
                return Character(String(decoding: units[at...at + 1], as: UTF16.self))
            }
            return Character(String(decoding: units[at...at], as: UTF16.self))
        }
        // ASCII is classified from the unit (letters, digits, the white space
        // of U+0009–U+000D and U+0020), as `Character` would; other text
        // through `Character`. Building a `Character` per unit was most of
        // the tokenizer's time.
        func glyph(_ at: Int) -> Glyph? {
            guard at < units.count else { return nil }
            let unit = units[at]
            if unit < 0x80 {
                let isDigit = unit >= 0x30 && unit <= 0x39
                let isLetter = (unit | 0x20) >= 0x61 && (unit | 0x20) <= 0x7A
                let isWhitespace = unit == 0x20 || (unit >= 0x09 && unit <= 0x0D)
                return Glyph(unit: unit, isWhitespace: isWhitespace, isWordChar: isDigit || isLetter, isNumber: isDigit)
            }
            let c = scalar(at)
            return Glyph(
                unit: unit, isWhitespace: c.isWhitespace, isWordChar: c.isLetter || c.isNumber || c == "\u{00AD}",
                isNumber: c.isNumber)
        }
        func width(_ at: Int) -> Int { UTF16.isLeadSurrogate(units[at]) && at + 1 < units.count ? 2 : 1 }
        let hyphen: UInt16 = 0x2D, apostrophe: UInt16 = 0x27, rightQuote: UInt16 = 0x2019, nonBreakingHyphen: UInt16 = 0x2011
        while i < units.count {
            guard let c = glyph(i) else { break }
            if c.isWhitespace {
                i += width(i)
                continue
            }
            let start = i
            if c.isWordChar {
                var allDigits = true
                while i < units.count, let d = glyph(i) {
                    if d.isWordChar {
                        if !d.isNumber { allDigits = false }
                        i += width(i)
                        continue
                    }
                    // Joiners inside a word: hyphen, apostrophe, and . or , between digits.
                    if let next = glyph(i + width(i)), next.isWordChar {
                        if d.unit == hyphen || d.unit == apostrophe || d.unit == rightQuote || d.unit == nonBreakingHyphen {
                            i += width(i)
                            continue
                        }
                        if d.unit == 0x2E || d.unit == 0x2C, allDigits, next.isNumber {
                            i += width(i)
                            continue
                        }
                    }
                    // "ngo's": apostrophe then s at the end of a word.
                    if d.unit == apostrophe || d.unit == rightQuote, glyph(i + 1)?.unit == 0x73,
                        glyph(i + 2).map({ !$0.isWordChar }) ?? true
                    {
                        i += 2
                        continue
                    }
                    break
                }
                let piece = String(decoding: units[start..<i], as: UTF16.self)
                tokens.append(Token(text: piece, start: start, end: i, kind: isNumeral(units[start..<i], piece) ? .number : .word))
            } else {
                i += width(i)
                let piece = String(decoding: units[start..<i], as: UTF16.self)
                tokens.append(Token(text: piece, start: start, end: i, kind: .punctuation))
            }
        }
        return tokens
    }

    /// Whether a word is digits with "." and "," only.
    private static func isNumeral(_ units: ArraySlice<UInt16>, _ piece: String) -> Bool {
        if units.allSatisfy({ $0 < 0x80 }) {
            return units.allSatisfy { ($0 >= 0x30 && $0 <= 0x39) || $0 == 0x2E || $0 == 0x2C }
        }
        return piece.allSatisfy { $0.isNumber || $0 == "." || $0 == "," }
    }
}
