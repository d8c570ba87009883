import Foundation
import KroniekCore
import KroniekPacks

/// Splits an article into sentences: the title first (paragraph -1), then
/// each paragraph.
///
/// A full stop ends a sentence unless it closes an abbreviation from the
/// pack (`o.a.`, `mr.`), an initial ("J. Smith"), or sits inside a number
/// ("1.200"); a sentence end inside an open quotation stays in the quoting
/// sentence so that a quote spanning sentences remains one. Lines inside a
/// paragraph that end without punctuation are headings and stand alone.
///
/// Reads: `Article`. Adds: `Sentence` values.
public struct SentenceSplitter: Sendable {
    let abbreviations: Set<String>

    let words: WordClasses

    public init(pack: LanguagePack) throws(PackError) {
        abbreviations = Set(try pack.rows("abbreviations.tsv").map { Token.fold($0[0]).trimmingSuffix(".") })
        words = try WordClasses(pack: pack)
    }

    public func split(_ article: Article) -> [Sentence] {
        var sentences: [Sentence] = []
        let title = article.title.trimmingCharacters(in: .whitespacesAndNewlines)
        if !title.isEmpty {
            sentences.append(Sentence(index: 0, text: title, paragraph: -1))
        }
        for (number, paragraph) in article.paragraphs.enumerated() {
            for piece in split(paragraph: paragraph) {
                sentences.append(Sentence(index: sentences.count, text: piece, paragraph: number))
            }
        }
        return sentences
    }

    /// The sentences of one paragraph, trimmed.
    public func split(paragraph: String) -> [String] {
        var result: [String] = []
        for line in paragraph.split(separator: "\n") {
            result += split(line: String(line))
        }
        return result
    }

    // Quotation marks and sentence enders by code point: every character of
    // a line is tested, and hashing `Character`s was most of the splitter's time.
    // A character of several scalars has code 0 and is none of them.
    private static func isOpener(_ u: UInt32) -> Bool { u == 0x201C || u == 0x201E || u == 0xAB || u == 0x2018 }
    private static func isCloser(_ u: UInt32) -> Bool { u == 0x201D || u == 0xBB || u == 0x2019 }
    private static func isEnder(_ u: UInt32) -> Bool { u == 0x2E || u == 0x21 || u == 0x3F }
    private static let straightQuote: UInt32 = 0x22
    private static let leftSingle: UInt32 = 0x2018
    private static let rightSingle: UInt32 = 0x2019
    /// What may follow an ender and still belong to its sentence: more enders, closing quotes, ")".
    private static func isTrailer(_ u: UInt32) -> Bool { isEnder(u) || isCloser(u) || u == straightQuote || u == 0x29 }

    /// A tab or a space separator (what `CharacterSet.whitespaces` holds).
    private static func isLineSpace(_ u: UInt32) -> Bool {
        Unicode.Scalar(u)?.isLineSpace ?? false
    }

    private func split(line: String) -> [String] {
        let chars = Array(line)
        let codes = chars.map { c in c.unicodeScalars.count == 1 ? c.unicodeScalars.first!.value : 0 }
        var pieces: [String] = []
        var start = 0
        var inQuote = false
        var straightOpen = false
        var i = 0
        func piece(_ range: Range<Int>) -> String? {
            guard let first = range.first(where: { !Self.isLineSpace(codes[$0]) }),
                let last = range.last(where: { !Self.isLineSpace(codes[$0]) })
            else { return nil }
            return String(chars[first...last])
        }
        while i < chars.count {
            let c = codes[i]
            if Self.isOpener(c) && !(c == Self.leftSingle && i > 0 && chars[i - 1].isLetter) {
                inQuote = true
            } else if Self.isCloser(c) && !(c == Self.rightSingle && i + 1 < chars.count && chars[i + 1].isLetter) {
                inQuote = false
            } else if c == Self.straightQuote {
                straightOpen.toggle()
            }
            if Self.isEnder(c),
                endsSentence(chars, codes, at: i, quoted: inQuote || straightOpen, quoteCloses: quoteClosesLater(codes, from: i))
            {
                var end = i + 1
                while end < chars.count, Self.isTrailer(codes[end]) {
                    if codes[end] == Self.straightQuote { straightOpen = false }
                    if Self.isCloser(codes[end]) { inQuote = false }
                    end += 1
                }
                if let piece = piece(start..<end) { pieces.append(piece) }
                start = end
                i = end
                continue
            }
            i += 1
        }
        if let rest = piece(start..<chars.count) { pieces.append(rest) }
        return pieces
    }

    /// Whether a quotation still open at `index` closes within this line.
    private func quoteClosesLater(_ codes: [UInt32], from index: Int) -> Bool {
        codes[(index + 1)...].contains { Self.isCloser($0) || $0 == Self.straightQuote }
    }

    private func endsSentence(_ chars: [Character], _ codes: [UInt32], at i: Int, quoted: Bool, quoteCloses: Bool) -> Bool {
        // What follows (after closing quotes/brackets and spaces) must start a sentence.
        var j = i + 1
        while j < chars.count, Self.isTrailer(codes[j]) {
            j += 1
        }
        guard j < chars.count else { return false }
        guard chars[j].isWhitespace else { return false }
        while j < chars.count, chars[j].isWhitespace { j += 1 }
        guard j < chars.count else { return false }
        let next = chars[j]
        // ",,Zo" opens a quote in Dutch typesetting.
        let lowQuote = next == "," && j + 1 < chars.count && chars[j + 1] == ","
        guard next.isUppercase || next.isNumber || Self.isOpener(codes[j]) || next == "\"" || next == "'" || next == "("
            || next == "-" || next == "\u{2013}" || lowQuote
        else {
            return false
        }
        let after = codes[min(i + 1, chars.count - 1)]
        if quoted && quoteCloses && !Self.isCloser(after) && after != Self.straightQuote {
            return false
        }
        guard chars[i] == "." else { return true }
        // The word before the full stop.
        var k = i - 1
        while k >= 0, !chars[k].isWhitespace, chars[k] != "(" { k -= 1 }
        let word = String(chars[(k + 1)..<i])
        if word.isEmpty { return true }
        if word.count == 1, word.first!.isUppercase {
            // An initial ("J. Smit"), unless a determiner or pronoun opens a new sentence ("op X. Het ...").
            let nextWord = String(chars[j...].prefix { $0.isLetter })
            return words.contains(Token.fold(nextWord), .determiner) || words.contains(Token.fold(nextWord), .pronoun)
        }
        if abbreviations.contains(Token.fold(word)) { return false }
        if word.contains("."), word.count <= 6, !word.contains(where: { $0.isNumber }) { return false }  // o.a, i.p.v
        return true
    }
}

extension String {
    func trimmingSuffix(_ suffix: String) -> String {
        hasSuffix(suffix) ? String(dropLast(suffix.count)) : self
    }
}
