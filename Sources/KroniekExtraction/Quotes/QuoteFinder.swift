import Foundation
import KroniekCore
import KroniekPacks

/// Finds direct quotes in every quote style and attributes them to a
/// speaker ("aldus X", "zei X", "volgens hem", speaker before or after, or
/// the speaker named earlier in the paragraph).
///
/// A quote may run over several sentences, so the finder reads a paragraph
/// at a time (sentences share `paragraph` numbers) and gives each quote the
/// index of the sentence it starts in, with its span there. Who speaks is
/// decided by `QuoteAttribution` from the phrases of `quotes-speech.tsv`
/// and the actor mentions around the quote. A quote of three words or
/// fewer without any phrase of saying and without an actor to say it is
/// taken for a scare quote and left out; with an actor, that actor is taken
/// to use the words ("Y reageerde met 'harde maatregelen'").
///
/// Reads: sentences with their mentions. Adds: `Quote` values.
public struct QuoteFinder: Sendable {
    let marks: QuotationMarks
    let attribution: QuoteAttribution
    /// Most words in a scare quote.
    static let scareQuoteWords = 3

    public init(pack: LanguagePack) throws(PackError) {
        marks = try QuotationMarks(pack: pack)
        attribution = try QuoteAttribution(pack: pack)
    }

    public func quotes(in sentences: [AnalyzedSentence]) -> [Quote] {
        var quotes: [Quote] = []
        var start = 0
        var lastSpeaker: (paragraph: Int, mention: Mention)?
        while start < sentences.count {
            let number = sentences[start].sentence.paragraph
            var end = start + 1
            while end < sentences.count, number >= 0, sentences[end].sentence.paragraph == number { end += 1 }
            let previousParagraph = lastSpeaker.flatMap { $0.paragraph >= 0 && $0.paragraph == number - 1 ? $0.mention : nil }
            let (found, speaker) = self.quotes(
                in: QuotedParagraph(Array(sentences[start..<end])), preceding: sentences[..<start],
                previousParagraphSpeaker: previousParagraph)
            quotes += found
            lastSpeaker = speaker.map { (number, $0) }
            start = end
        }
        return quotes
    }

    /// The quotes of one paragraph, and the speaker its last phrase of saying named.
    private func quotes(in paragraph: QuotedParagraph, preceding: ArraySlice<AnalyzedSentence>, previousParagraphSpeaker: Mention?)
        -> (quotes: [Quote], lastSpeaker: Mention?)
    {
        let stretches = marks.stretches(in: paragraph.units)
        var context = QuoteContext(
            stretches: stretches, preceding: preceding, previousSpeaker: nil, previousParagraphSpeaker: previousParagraphSpeaker)
        var quotes: [Quote] = []
        for stretch in stretches {
            let text = paragraph.text(stretch.inner).trimmingCharacters(in: .whitespacesAndNewlines)
            guard !text.isEmpty else { continue }
            let found = attribution.attribute(stretch, in: paragraph, context: context)
            let words = paragraph.tokens.filter { $0.isWord && stretch.inner.contains($0.start) }.count
            // A short quote without a phrase of saying counts only when someone is there to use the words.
            if !found.cued && words <= Self.scareQuoteWords && found.speaker == nil { continue }
            if found.cued, let speaker = found.speaker { context.previousSpeaker = speaker }
            let first = paragraph.sentence(at: stretch.inner.lowerBound)
            let offset = paragraph.starts[first]
            let firstEnd = min(stretch.inner.upperBound, offset + paragraph.sentences[first].text.utf16.count)
            quotes.append(
                Quote(
                    sentence: paragraph.sentences[first].index, text: text, speaker: found.speaker?.actor.reference,
                    span: [stretch.inner.lowerBound - offset, firstEnd - offset]))
        }
        return (quotes, context.previousSpeaker)
    }
}
