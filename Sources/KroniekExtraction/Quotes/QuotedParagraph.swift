import KroniekCore

/// A mention placed in the joined text of its paragraph.
struct PlacedMention: Sendable {
    var mention: Mention
    /// Index of its sentence within the paragraph.
    var sentence: Int
    /// UTF-16 offsets in the paragraph's joined text.
    var span: Range<Int>
}

/// The sentences of one paragraph joined by single spaces, so that a quote
/// running over several sentences is one stretch of text, with the way back
/// from joined offsets to sentences.
struct QuotedParagraph: Sendable {
    let sentences: [AnalyzedSentence]
    let units: [UInt16]
    /// Joined offset at which each sentence starts.
    let starts: [Int]
    let tokens: [Token]
    let mentions: [PlacedMention]

    init(_ sentences: [AnalyzedSentence]) {
        self.sentences = sentences
        var starts: [Int] = []
        var units: [UInt16] = []
        var mentions: [PlacedMention] = []
        for (local, sentence) in sentences.enumerated() {
            if local > 0 { units.append(0x20) }
            starts.append(units.count)
            for mention in sentence.mentions {
                guard let span = sentence.span(of: mention) else { continue }
                mentions.append(PlacedMention(mention: mention, sentence: local, span: (span.lowerBound + units.count)..<(span.upperBound + units.count)))
            }
            units += sentence.text.utf16
        }
        self.units = units
        self.starts = starts
        // The sentences' own tokens, moved to paragraph offsets: the joining space
        // separates tokens, so this is how the joined text tokenizes.
        var tokens: [Token] = []
        for (local, sentence) in sentences.enumerated() {
            tokens += sentence.tokens.map { token in
                var moved = token
                moved.start += starts[local]
                moved.end += starts[local]
                return moved
            }
        }
        self.tokens = tokens
        self.mentions = mentions.sorted { $0.span.lowerBound < $1.span.lowerBound }
    }

    func text(_ range: Range<Int>) -> String {
        String(decoding: units[range.clamped(to: 0..<units.count)], as: UTF16.self)
    }

    /// The paragraph-local index of the sentence holding joined offset `offset`.
    func sentence(at offset: Int) -> Int {
        (starts.lastIndex { $0 <= offset }) ?? 0
    }

    /// The tokens of the sentence with paragraph-local index `local`.
    func tokenRange(of local: Int) -> Range<Int> {
        let lower = starts[local]
        let upper = local + 1 < starts.count ? starts[local + 1] : units.count
        let first = tokens.firstIndex { $0.start >= lower } ?? tokens.count
        let end = tokens.firstIndex { $0.start >= upper } ?? tokens.count
        return first..<end
    }
}
