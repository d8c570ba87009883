import Foundation
import KroniekCore
import KroniekPacks

/// Finds direct quotes in every quote style and attributes them to a
/// speaker ("aldus X", "zei X", speaker before or after, or the paragraph's
/// last speaker).
///
/// A quote may run over several sentences, so the finder reads a paragraph
/// at a time (sentences share `paragraph` numbers) and gives each quote the
/// index of the sentence it starts in, with its span there. The speaker is,
/// in this order: the actor named after a phrase of `quotes-speech.tsv`
/// right after the quote ("..., aldus de minister"); the actor before a
/// colon that opens the quote ("X: '...'"); the actor tied to a phrase of
/// saying elsewhere in the sentence; else the nearest actor mention in the
/// sentence or the one before it in the paragraph. A quote of three words
/// or fewer without any phrase of saying and without an actor in its
/// sentence is taken for a scare quote and left out; with an actor, that
/// actor is taken to use the words ("Y reageerde met 'harde maatregelen'").
///
/// Reads: sentences with their mentions. Adds: `Quote` values.
public struct QuoteFinder: Sendable {
    enum Role: String, Sendable {
        case after, verb
    }

    let marks: QuotationMarks
    let phrases: [(pattern: WordPattern, role: Role)]
    /// Most words in a scare quote.
    static let scareQuoteWords = 3
    /// Most tokens between a phrase of saying and the speaker it names.
    static let speakerReach = 4

    public init(pack: LanguagePack) throws(PackError) {
        marks = try QuotationMarks(pack: pack)
        var phrases: [(WordPattern, Role)] = []
        for row in try pack.rows("quotes-speech.tsv") {
            try row.require(2)
            guard let role = Role(rawValue: row[1]) else { throw row.error("unknown role '\(row[1])' (after, verb)") }
            phrases.append((try WordPattern(cell: row[0], row: row), role))
        }
        self.phrases = phrases.sorted { $0.0.weight > $1.0.weight }
    }

    public func quotes(in sentences: [AnalyzedSentence]) -> [Quote] {
        var quotes: [Quote] = []
        var start = 0
        while start < sentences.count {
            var end = start + 1
            while end < sentences.count, sentences[end].sentence.paragraph == sentences[start].sentence.paragraph,
                sentences[start].sentence.paragraph >= 0
            {
                end += 1
            }
            quotes += self.quotes(in: QuotedParagraph(Array(sentences[start..<end])))
            start = end
        }
        return quotes
    }

    private func quotes(in paragraph: QuotedParagraph) -> [Quote] {
        marks.stretches(in: paragraph.units).compactMap { stretch in
            let text = paragraph.text(stretch.inner).trimmingCharacters(in: .whitespacesAndNewlines)
            guard !text.isEmpty else { return nil }
            let (cued, mention) = speaker(of: stretch, in: paragraph)
            let words = paragraph.tokens.filter { $0.isWord && stretch.inner.contains($0.start) }.count
            // A short quote without a phrase of saying counts only when its sentence names who uses the words.
            if !cued && words <= Self.scareQuoteWords && mention == nil { return nil }
            let first = paragraph.sentence(at: stretch.inner.lowerBound)
            let offset = paragraph.starts[first]
            let firstEnd = min(stretch.inner.upperBound, offset + paragraph.sentences[first].text.utf16.count)
            return Quote(
                sentence: paragraph.sentences[first].index, text: text, speaker: mention?.actor.reference,
                span: [stretch.inner.lowerBound - offset, firstEnd - offset])
        }
    }

    /// Whether a phrase of saying marks the quote, and the speaker's mention.
    private func speaker(of stretch: QuotedStretch, in paragraph: QuotedParagraph) -> (Bool, Mention?) {
        let tokens = paragraph.tokens
        let firstSentence = paragraph.sentence(at: stretch.inner.lowerBound)
        let lastSentence = paragraph.sentence(at: max(stretch.inner.lowerBound, stretch.inner.upperBound - 1))
        let before = paragraph.tokenRange(of: firstSentence).clamped(to: 0..<tokens.firstIndex { $0.start >= stretch.open }.or(tokens.count))
        let afterStart = tokens.firstIndex { $0.start >= stretch.close } ?? tokens.count
        let after = paragraph.tokenRange(of: lastSentence).clamped(to: afterStart..<tokens.count)
        let outside = paragraph.mentions.filter { !stretch.inner.overlaps($0.span) }
        let nearestBefore = outside.last { $0.span.upperBound <= stretch.open && $0.sentence >= firstSentence - 1 }

        // "'...', zei X" / "'...', aldus X": a phrase within two tokens after the quote.
        for j in after.prefix(3) where tokens[j].isWord {
            for (pattern, _) in phrases {
                guard let span = pattern.match(in: tokens, at: j, within: after) else { continue }
                return (true, mention(after: span, in: outside, tokens: tokens, within: after)?.mention ?? nearestBefore?.mention)
            }
            break
        }
        // "X: '...'" and "X zei: '...'".
        if let colon = before.last, tokens[colon].text == ":", tokens[colon].end <= stretch.open {
            if let m = outside.last(where: { $0.span.upperBound <= tokens[colon].start && before.contains(tokens.firstIndex(startingAt: $0.span.lowerBound)) }) {
                return (true, m.mention)
            }
        }
        // A phrase of saying elsewhere in the sentence(s).
        for range in [before, after] {
            for (pattern, role) in phrases {
                guard let span = pattern.matches(in: tokens, within: range).first else { continue }
                let subject = outside.last { $0.span.upperBound <= tokens[span.lowerBound].start && range.contains(tokens.firstIndex(startingAt: $0.span.lowerBound)) }
                let named = mention(after: span, in: outside, tokens: tokens, within: range)
                let speaker = role == .after ? (named ?? subject) : (subject ?? named)
                return (true, speaker?.mention ?? nearestBefore?.mention)
            }
        }
        let later = outside.first { $0.span.lowerBound >= stretch.close && $0.sentence == lastSentence }
        let sameSentenceBefore = nearestBefore.flatMap { $0.sentence == firstSentence ? $0 : nil }
        return (false, (sameSentenceBefore ?? later ?? nearestBefore)?.mention)
    }

    /// The first mention that starts within a few tokens after `span`.
    private func mention(after span: ClosedRange<Int>, in mentions: [PlacedMention], tokens: [Token], within range: Range<Int>)
        -> PlacedMention?
    {
        let from = tokens[span.upperBound].end
        let lastToken = min(span.upperBound + Self.speakerReach, range.upperBound - 1)
        guard lastToken > span.upperBound else { return nil }
        let limit = tokens[lastToken].start
        return mentions.first { $0.span.lowerBound >= from && $0.span.lowerBound <= limit }
    }
}

extension Optional {
    fileprivate func or(_ fallback: Wrapped) -> Wrapped { self ?? fallback }
}

extension Array where Element == Token {
    /// Index of the token that starts at `offset`, or of the first after it.
    fileprivate func firstIndex(startingAt offset: Int) -> Int {
        firstIndex { $0.start >= offset } ?? count
    }
}
