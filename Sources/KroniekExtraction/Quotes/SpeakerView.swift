/// A paragraph seen as a search for speakers: its mentions outside quotes,
/// its clauses, and which mentions a preposition governs.
///
/// Quoted words do not speak: a mention or a verb inside quotation marks is
/// part of what is said, so both are left out of every search.
struct SpeakerView: Sendable {
    let paragraph: QuotedParagraph
    let stretches: [QuotedStretch]
    let words: WordClasses

    /// Index of the first token that starts at or after `offset`.
    func tokenIndex(atOrAfter offset: Int) -> Int {
        paragraph.tokens.firstIndex { $0.start >= offset } ?? paragraph.tokens.count
    }

    /// Whether the token at `index` stands inside quotation marks.
    func isQuoted(token index: Int) -> Bool {
        let start = paragraph.tokens[index].start
        return stretches.contains { $0.inner.contains(start) }
    }

    /// The mentions outside quotes whose first token lies in `range`, left to right.
    func mentions(in range: Range<Int>) -> [PlacedMention] {
        paragraph.mentions.filter { mention in
            !stretches.contains { $0.inner.overlaps(mention.span) } && range.contains(tokenIndex(atOrAfter: mention.span.lowerBound))
        }
    }

    /// The first (or last) mention in `range` that no preposition governs, else none.
    func subject(in range: Range<Int>, last: Bool = false) -> PlacedMention? {
        let free = mentions(in: range).filter { !isGoverned($0) }
        return last ? free.last : free.first
    }

    /// Whether a preposition stands before the mention, past any determiners
    /// ("in Parijs", "met de regering").
    func isGoverned(_ mention: PlacedMention) -> Bool {
        let tokens = paragraph.tokens
        var t = tokenIndex(atOrAfter: mention.span.lowerBound) - 1
        while t >= 0, tokens[t].isWord, words.contains(tokens[t].key, .determiner) { t -= 1 }
        return t >= 0 && tokens[t].isWord && words.contains(tokens[t].key, .preposition)
    }

    /// The tokens of `range` before `index` back to the nearest punctuation mark.
    func clause(endingBefore index: Int, within range: Range<Int>) -> Range<Int> {
        let end = max(range.lowerBound, min(index, range.upperBound))
        let start = (range.lowerBound..<end).last { paragraph.tokens[$0].isPunctuation }.map { $0 + 1 } ?? range.lowerBound
        return start..<end
    }

    /// The first mention that starts within `reach` tokens after the token at `index`, inside `range`.
    func mention(after index: Int, reach: Int, within range: Range<Int>, governed: Bool = true) -> PlacedMention? {
        let tokens = paragraph.tokens
        let lastToken = min(index + reach, range.upperBound - 1)
        guard lastToken > index else { return nil }
        let from = tokens[index].end
        let limit = tokens[lastToken].start
        return mentions(in: range).first { $0.span.lowerBound >= from && $0.span.lowerBound <= limit && (governed || !isGoverned($0)) }
    }
}
