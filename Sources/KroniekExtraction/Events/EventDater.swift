import KroniekCore

/// Dates an event by the text: a time expression in the trigger's clause,
/// else in its sentence, else (for a sentence tied to the one before by a
/// pronoun or "daarbij") the date of the previous sentence's events, else
/// the publication date.
struct EventDater {
    let anchor: Day?
    let words: WordClasses
    /// The last text-based date, with its sentence and paragraph.
    private var last: (date: EventDate, sentence: Int, paragraph: Int)?

    init(anchor: Day?, words: WordClasses) {
        self.anchor = anchor
        self.words = words
    }

    mutating func date(for trigger: Trigger, in view: ClauseView) -> EventDate {
        let sentence = view.sentence
        // Durations ("al weken") and sets ("elke zondag") do not date an event; a duration's start does.
        let dated = sentence.timexes.filter { ($0.type == "DATE" && $0.value != nil) || $0.from != nil }
        let clause = view.clause(of: trigger.token)
        let inClause = dated.filter { t in t.span.map { view.clause(of: sentence.tokenIndex(atOrAfter: $0[0])) == clause } ?? false }
        let headOffset = sentence.tokens[trigger.token].start
        let nearest = (inClause.isEmpty ? dated : inClause).min { a, b in
            abs((a.span?[0] ?? 0) - headOffset) < abs((b.span?[0] ?? 0) - headOffset)
        }
        if let timex = nearest {
            let value = timex.type == "DATE" ? (timex.value ?? timex.from) : timex.from
            let date = EventDate(value: value, precision: timex.precision, basis: .text, from: timex.from, to: timex.to)
            last = (date, sentence.index, sentence.sentence.paragraph)
            return date
        }
        if let last, last.paragraph == sentence.sentence.paragraph, sentence.index - last.sentence <= 1, isTiedToPrevious(sentence) {
            var date = last.date
            date.basis = .context
            self.last = (date, sentence.index, sentence.sentence.paragraph)
            return date
        }
        if let anchor {
            return EventDate(value: anchor.iso, precision: .day, basis: .publication)
        }
        return EventDate(value: nil, precision: nil, basis: .unknown)
    }

    /// A sentence that opens with a pronoun or holds an anaphoric adverb.
    private func isTiedToPrevious(_ sentence: AnalyzedSentence) -> Bool {
        guard let first = sentence.tokens.first else { return false }
        return words.contains(first.key, .pronoun) && !words.contains(first.key, .determiner)
            || sentence.tokens.prefix(6).contains { words.contains($0.key, .anaphor) }
    }
}

