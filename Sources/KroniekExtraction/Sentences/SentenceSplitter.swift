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

    private static let openers: Set<Character> = ["\u{201C}", "\u{201E}", "\u{00AB}", "\u{2018}"]
    private static let closers: Set<Character> = ["\u{201D}", "\u{00BB}", "\u{2019}"]
    private static let enders: Set<Character> = [".", "!", "?"]

    private func split(line: String) -> [String] {
        let chars = Array(line)
        var pieces: [String] = []
        var start = 0
        var inQuote = false
        var straightOpen = false
        var i = 0
        while i < chars.count {
            let c = chars[i]
            if SentenceSplitter.openers.contains(c) && !(c == "\u{2018}" && i > 0 && chars[i - 1].isLetter) {
                inQuote = true
            } else if SentenceSplitter.closers.contains(c) && !(c == "\u{2019}" && i + 1 < chars.count && chars[i + 1].isLetter) {
                inQuote = false
            } else if c == "\"" {
                straightOpen.toggle()
            }
            if SentenceSplitter.enders.contains(c), endsSentence(chars, at: i, quoted: inQuote || straightOpen, quoteCloses: quoteClosesLater(chars, from: i)) {
                var end = i + 1
                while end < chars.count, SentenceSplitter.enders.contains(chars[end]) || SentenceSplitter.closers.contains(chars[end]) || chars[end] == "\"" || chars[end] == ")" {
                    if chars[end] == "\"" { straightOpen = false }
                    if SentenceSplitter.closers.contains(chars[end]) { inQuote = false }
                    end += 1
                }
                let piece = String(chars[start..<end]).trimmingCharacters(in: .whitespaces)
                if !piece.isEmpty { pieces.append(piece) }
                start = end
                i = end
                continue
            }
            i += 1
        }
        let rest = String(chars[start...]).trimmingCharacters(in: .whitespaces)
        if !rest.isEmpty { pieces.append(rest) }
        return pieces
    }

    /// Whether a quotation still open at `index` closes within this line.
    private func quoteClosesLater(_ chars: [Character], from index: Int) -> Bool {
        chars[(index + 1)...].contains { SentenceSplitter.closers.contains($0) || $0 == "\"" }
    }

    private func endsSentence(_ chars: [Character], at i: Int, quoted: Bool, quoteCloses: Bool) -> Bool {
        // What follows (after closing quotes/brackets and spaces) must start a sentence.
        var j = i + 1
        while j < chars.count, SentenceSplitter.enders.contains(chars[j]) || SentenceSplitter.closers.contains(chars[j]) || chars[j] == "\"" || chars[j] == ")" {
            j += 1
        }
        guard j < chars.count else { return false }
        guard chars[j].isWhitespace else { return false }
        while j < chars.count, chars[j].isWhitespace { j += 1 }
        guard j < chars.count else { return false }
        let next = chars[j]
        // ",,Zo" opens a quote in Dutch typesetting.
        let lowQuote = next == "," && j + 1 < chars.count && chars[j + 1] == ","
        guard next.isUppercase || next.isNumber || SentenceSplitter.openers.contains(next) || next == "\"" || next == "'" || next == "("
            || next == "-" || next == "\u{2013}" || lowQuote
        else {
            return false
        }
        if quoted && quoteCloses && !SentenceSplitter.closers.contains(chars[min(i + 1, chars.count - 1)]) && chars[min(i + 1, chars.count - 1)] != "\"" {
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
