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

    public enum Kind: Sendable, Hashable {
        case word, number, punctuation
    }

    public init(text: String, start: Int, end: Int, kind: Kind) {
        self.text = text
        self.key = Token.fold(text)
        self.start = start
        self.end = end
        self.kind = kind
    }

    public var isWord: Bool { kind == .word }
    public var isNumber: Bool { kind == .number }
    public var isPunctuation: Bool { kind == .punctuation }

    /// Starts with an upper-case letter.
    public var isCapitalized: Bool { text.first?.isUppercase ?? false }

    /// Lowercased, diacritics removed, typographic apostrophes made plain:
    /// the form pack entries are compared in.
    public static func fold(_ text: String) -> String {
        text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
            .replacingOccurrences(of: "\u{2019}", with: "'")
            .replacingOccurrences(of: "\u{00AD}", with: "")
    }
}

/// Splits a sentence into tokens. Keeps together hyphenated words
/// ("N-VA", "VN-chef"), elisions ("ngo's", "'s avonds") and numbers with
/// separators ("1.200", "3,5").
public enum Tokenizer {
    public static func tokens(of text: String) -> [Token] {
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
                    // Joiners inside a word: hyphen, apostrophe, and . or , between digits.
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
                    // "ngo's": apostrophe then s at the end of a word.
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
}
