import Foundation
import KroniekCore

extension AnalyzedSentence {
    /// The UTF-16 span of a time expression: its own, or where its text
    /// first occurs in the sentence.
    func span(of timex: Timex) -> Range<Int>? {
        if let span = timex.span, span.count == 2, span[0] <= span[1] { return span[0]..<span[1] }
        return span(ofText: timex.text)
    }

    /// The UTF-16 span of an actor mention: its own, or where its text
    /// first occurs in the sentence.
    func span(of mention: Mention) -> Range<Int>? {
        if let span = mention.span, span.count == 2, span[0] < span[1] { return span[0]..<span[1] }
        return span(ofText: mention.text)
    }

    /// Where `part` first occurs in the sentence, in UTF-16 offsets.
    func span(ofText part: String) -> Range<Int>? {
        guard !part.isEmpty, let range = text.range(of: part) else { return nil }
        let utf16 = text.utf16
        let start = utf16.distance(from: utf16.startIndex, to: range.lowerBound)
        return start..<(start + part.utf16.count)
    }
}
