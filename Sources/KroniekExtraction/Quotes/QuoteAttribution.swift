import KroniekCore
import KroniekPacks

/// How a phrase of `quotes-speech.tsv` points at the speaker of a quote.
enum SpeechRole: String, Sendable {
    /// The speaker is named right after the phrase: "aldus X", "volgens X".
    case after
    /// A verb of saying: its subject speaks ("X zei", "zei X").
    case verb
    /// The phrase points back to someone named earlier: "volgens hem", "luidt het".
    case earlier
}

/// What the paragraph around a quote says about its speaker.
struct QuoteContext: Sendable {
    /// Every quoted stretch of the paragraph: phrases and mentions inside them do not count.
    var stretches: [QuotedStretch]
    /// The sentences before the paragraph, nearest last, for speakers named earlier.
    var preceding: ArraySlice<AnalyzedSentence>
    /// The speaker of the paragraph's previous quote.
    var previousSpeaker: Mention?
    /// The speaker of the last quote of the paragraph before, when that paragraph came right before.
    var previousParagraphSpeaker: Mention?
}

/// A speaker found for a quote, and whether a phrase of saying marked it.
struct Attribution: Sendable {
    var cued: Bool
    var speaker: Mention?
}

/// Attributes a quoted stretch to its speaker, in this order: the actor
/// before a colon that opens it ("X: '...'"); the phrase of saying nearest
/// before it in its sentence ("wat X omschreef als '...'"); the first after
/// it ("..., zei X", "..., aldus X", "..., zo heeft X gezegd"); the subject of its own
/// sentence; a phrase of saying in the sentence before; the speaker of the
/// paragraph's previous quote; for a quote that opens its paragraph, the
/// speaker of the previous paragraph's last quote; else the subject of the
/// sentence before.
///
/// A subject is approximated without a parser: the first actor mention of
/// the clause that no preposition governs ("in Parijs" is a place, "de
/// president van Mali" names the president). A verb of saying takes the
/// subject of its own clause before it, else the actor right after it
/// (Dutch inverts after a fronted phrase or a quote: "Daarop zei X").
struct QuoteAttribution: Sendable {
    let phrases: [(pattern: WordPattern, role: SpeechRole)]
    let words: WordClasses
    /// Most tokens between a phrase of saying and the speaker it names.
    static let speakerReach = 4
    /// Most tokens between a verb and its subject when the subject follows it.
    static let invertedReach = 2
    /// Sentences to look back for a speaker named earlier.
    static let lookBack = 2

    init(pack: LanguagePack) throws(PackError) {
        var phrases: [(WordPattern, SpeechRole)] = []
        for row in try pack.rows("quotes-speech.tsv") {
            try row.require(2)
            guard let role = SpeechRole(rawValue: row[1]) else {
                throw row.error("unknown role '\(row[1])' (after, verb, earlier)")
            }
            phrases.append((try WordPattern(cell: row[0], row: row), role))
        }
        self.phrases = phrases.sorted { $0.0.weight > $1.0.weight }
        words = try WordClasses(pack: pack)
    }

    func attribute(_ stretch: QuotedStretch, in paragraph: QuotedParagraph, context: QuoteContext) -> Attribution {
        let view = SpeakerView(paragraph: paragraph, stretches: context.stretches, words: words)
        let tokens = paragraph.tokens
        let first = paragraph.sentence(at: stretch.inner.lowerBound)
        let last = paragraph.sentence(at: max(stretch.inner.lowerBound, stretch.inner.upperBound - 1))
        let before = paragraph.tokenRange(of: first).clamped(to: 0..<view.tokenIndex(atOrAfter: stretch.open))
        let after = paragraph.tokenRange(of: last).clamped(to: view.tokenIndex(atOrAfter: stretch.close)..<tokens.count)
        // A phrase that names nobody we know ("aldus het comité"): the previous speaker, else the nearest actor before.
        let unnamed = { (role: SpeechRole) -> Mention? in
            if role == .earlier { return earlierSpeaker(before: first, in: view, context: context) }
            let reach = paragraph.tokenRange(of: max(0, first - 1)).lowerBound..<before.upperBound
            return context.previousSpeaker ?? view.mentions(in: reach).last?.mention
        }

        // "X: '...'" and "X zei: '...'".
        if let colon = before.last, tokens[colon].text == ":",
            let named = view.mentions(in: before).last(where: { $0.span.upperBound <= tokens[colon].start })
        {
            return Attribution(cued: true, speaker: named.mention)
        }
        // A phrase of saying before the quote in its sentence, the nearest one:
        // "wat X omschreef als '...'" (the quote is what the verb says).
        if let phrase = phrases(in: before, view: view).last {
            return Attribution(cued: true, speaker: speaker(of: phrase, within: before, view: view) ?? unnamed(phrase.value))
        }
        // After the quote: "'...', zei X" / "'...', aldus X", else anywhere later in the sentence.
        if let phrase = phrases(in: after, view: view).first {
            return Attribution(cued: true, speaker: speaker(of: phrase, within: after, view: view) ?? unnamed(phrase.value))
        }
        return Attribution(cued: false, speaker: uncuedSpeaker(stretch, first: first, last: last, view: view, context: context))
    }

    /// The speaker of a quote that no phrase of its sentence marks.
    private func uncuedSpeaker(_ stretch: QuotedStretch, first: Int, last: Int, view: SpeakerView, context: QuoteContext)
        -> Mention?
    {
        let paragraph = view.paragraph
        let before = paragraph.tokenRange(of: first).clamped(to: 0..<view.tokenIndex(atOrAfter: stretch.open))
        let after = paragraph.tokenRange(of: last).clamped(to: view.tokenIndex(atOrAfter: stretch.close)..<paragraph.tokens.count)
        if let own = view.subject(in: before) ?? view.subject(in: after) ?? view.mentions(in: before).last
            ?? view.mentions(in: after).first
        {
            return own.mention
        }
        if first > 0 {
            let previous = paragraph.tokenRange(of: first - 1)
            if let phrase = phrases(in: previous, view: view).last, let named = speaker(of: phrase, within: previous, view: view) {
                return named
            }
        }
        if let speaker = context.previousSpeaker { return speaker }
        if view.tokenIndex(atOrAfter: stretch.open) == 0, let speaker = context.previousParagraphSpeaker { return speaker }
        guard first > 0 else { return nil }
        let previous = paragraph.tokenRange(of: first - 1)
        return (view.subject(in: previous) ?? view.mentions(in: previous).last)?.mention
    }

    /// The phrases of saying in `range`, outside quotes, longer ones first where they overlap, left to right.
    private func phrases(in range: Range<Int>, view: SpeakerView) -> [(span: ClosedRange<Int>, value: SpeechRole)] {
        var found: [(span: ClosedRange<Int>, weight: Int, value: SpeechRole)] = []
        let present = Set(view.paragraph.tokens[range].map(\.key))
        for (pattern, role) in phrases where pattern.mayMatch(in: present) {
            for span in pattern.matches(in: view.paragraph.tokens, within: range) where !view.isQuoted(token: span.lowerBound) {
                found.append((span, pattern.weight, role))
            }
        }
        return nonOverlapping(found)
    }

    /// The speaker a phrase of saying names within `range`, if it names one there.
    private func speaker(of phrase: (span: ClosedRange<Int>, value: SpeechRole), within range: Range<Int>, view: SpeakerView)
        -> Mention?
    {
        let span = phrase.span
        switch phrase.value {
        case .earlier:
            return nil
        case .after:
            return view.mention(after: span.upperBound, reach: Self.speakerReach, within: range)?.mention
        case .verb:
            let clause = view.clause(endingBefore: span.lowerBound, within: range)
            let inClause = view.subject(in: clause, last: true)
            let inverted = view.mention(
                after: span.lowerBound, reach: span.upperBound - span.lowerBound + Self.invertedReach, within: range, governed: false)
            let earlierInRange = range.lowerBound..<span.lowerBound
            let named = inClause ?? inverted ?? view.subject(in: earlierInRange, last: true) ?? view.mentions(in: earlierInRange).last
                ?? view.mention(after: span.upperBound, reach: Self.speakerReach, within: range)
            return named?.mention
        }
    }

    /// The subject of the nearest sentence before the quote's first one, in the paragraph or just before it.
    private func earlierSpeaker(before first: Int, in view: SpeakerView, context: QuoteContext) -> Mention? {
        var remaining = Self.lookBack
        for local in stride(from: first - 1, through: 0, by: -1) where remaining > 0 {
            remaining -= 1
            if let subject = view.subject(in: view.paragraph.tokenRange(of: local)) { return subject.mention }
        }
        for sentence in context.preceding.reversed().prefix(remaining) {
            let single = SpeakerView(paragraph: QuotedParagraph([sentence]), stretches: [], words: words)
            if let subject = single.subject(in: 0..<single.paragraph.tokens.count) { return subject.mention }
        }
        return context.previousSpeaker
    }
}
