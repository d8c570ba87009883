/// One sentence of an article; the title is sentence 0 with paragraph -1.
///
/// Every fact Kroniek extracts points to a sentence by its `index`.
public struct Sentence: Codable, Sendable, Hashable {
    public var index: Int
    public var text: String
    /// Index into `Article.paragraphs`; -1 for the title.
    public var paragraph: Int

    public init(index: Int, text: String, paragraph: Int) {
        self.index = index
        self.text = text
        self.paragraph = paragraph
    }
}

/// A `[start, end)` range in UTF-16 code units of a sentence's text, the
/// unit JavaScript indexes by, so a web page can highlight it directly.
public typealias Span = [Int]
