import KroniekCore
import KroniekPacks

/// Finds time expressions in a sentence and resolves them against the
/// publication date (TIMEX3 values with precision).
///
/// Month and weekday names come from ICU for the pack's language; every
/// other word (relative days, "vorige", "begin", "geleden", tense cues) from
/// the pack's `time-*.tsv` files, so the engine holds no Dutch. A bare
/// weekday or month takes its direction from the tense of its clause: back
/// in the past tense, ahead in the future, the nearest one in the present.
///
/// Reads: the sentence's tokens. Adds: `Timex` values.
public struct TimeTagger: Sendable {
    let grammar: TimeGrammar
    let cues: TenseCues

    public init(pack: LanguagePack) throws(PackError) {
        grammar = TimeGrammar(lexicon: try TimeLexicon(pack: pack))
        cues = try TenseCues(pack: pack)
    }

    /// Time expressions of `sentence`, resolved against `anchor` (the
    /// publication day) when there is one.
    public func tag(_ sentence: AnalyzedSentence, anchor: Day?) -> [Timex] {
        let tokens = sentence.tokens
        return grammar.phrases(in: tokens).map { phrase in
            let direction: Direction
            switch cues.tense(of: tokens, around: phrase.first) {
            case .past: direction = .past
            case .future: direction = .future
            case .present: direction = .nearest
            }
            let reading = phrase.reading(anchor: anchor, direction: direction)
            let start = tokens[phrase.first].start
            let end = tokens[phrase.last].end
            return Timex(
                sentence: sentence.index, text: sentence.text(start, end), type: reading.type, value: reading.value,
                precision: reading.precision, from: reading.from, to: reading.to, span: [start, end])
        }
    }

    /// The tense of the sentence: that of its first clause with a tense cue,
    /// present when no clause has one.
    public func tense(of sentence: AnalyzedSentence) -> Tense {
        cues.tense(of: sentence.tokens)
    }

    /// The tense of the clause holding the UTF-16 `offset` (an event trigger,
    /// say); a main clause without cues takes the sentence's tense.
    public func tense(of sentence: AnalyzedSentence, at offset: Int) -> Tense {
        guard !sentence.tokens.isEmpty else { return .present }
        let index = min(sentence.tokenIndex(atOrAfter: offset), sentence.tokens.count - 1)
        return cues.tense(of: sentence.tokens, around: index)
    }
}
