import KroniekCore
import KroniekExtraction

/// Builds analysed sentences for the modality, casualty and quote tests:
/// the actor stage is not run, so tests name their mentions themselves.
enum TestSentence {
    /// An actor for mentions, coded as the tests need.
    static func actor(_ code: String, _ name: String) -> Actor {
        Actor(name: name, code: code, country: String(code.prefix(3)), kind: "test")
    }

    /// The UTF-16 range of the first occurrence of `part` in `text`.
    static func range(of part: String, in text: String) -> Range<Int> {
        let utf16 = Array(text.utf16)
        let needle = Array(part.utf16)
        guard !needle.isEmpty, needle.count <= utf16.count else { return 0..<0 }
        for start in 0...(utf16.count - needle.count) where Array(utf16[start..<(start + needle.count)]) == needle {
            return start..<(start + needle.count)
        }
        return 0..<0
    }

    /// A sentence with mentions given as (text in the sentence, actor code).
    static func make(
        _ text: String, index: Int = 0, paragraph: Int = 0, mentions: [(String, String)] = [],
        timexes: [(String, String)] = []
    ) -> AnalyzedSentence {
        var sentence = AnalyzedSentence(Sentence(index: index, text: text, paragraph: paragraph))
        sentence.mentions = mentions.map { part, code in
            let r = range(of: part, in: text)
            return Mention(sentence: index, text: part, actor: actor(code, part), span: [r.lowerBound, r.upperBound])
        }
        sentence.timexes = timexes.map { part, value in
            let r = range(of: part, in: text)
            return Timex(sentence: index, text: part, value: value, precision: nil, span: [r.lowerBound, r.upperBound])
        }
        return sentence
    }
}
