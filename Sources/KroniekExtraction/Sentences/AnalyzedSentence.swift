import KroniekCore

/// A sentence with the facts the stages have found in it so far.
///
/// The pipeline builds one per sentence and hands the list from stage to
/// stage; each stage reads what earlier stages added and returns its own.
public struct AnalyzedSentence: Sendable, Hashable {
    public var sentence: Sentence
    public var tokens: [Token]
    public var timexes: [Timex] = []
    public var mentions: [Mention] = []

    public init(_ sentence: Sentence) {
        self.sentence = sentence
        self.tokens = Tokenizer.tokens(of: sentence.text)
    }

    public var index: Int { sentence.index }
    public var text: String { sentence.text }

    /// The text of `[start, end)` in UTF-16 units.
    public func text(_ start: Int, _ end: Int) -> String {
        let utf16 = sentence.text.utf16
        let a = utf16.index(utf16.startIndex, offsetBy: max(0, min(start, utf16.count)))
        let b = utf16.index(utf16.startIndex, offsetBy: max(0, min(end, utf16.count)))
        return String(sentence.text[a..<b])
    }

    /// Index of the first token that starts at or after `offset`.
    public func tokenIndex(atOrAfter offset: Int) -> Int {
        tokens.firstIndex { $0.start >= offset } ?? tokens.count
    }
}
