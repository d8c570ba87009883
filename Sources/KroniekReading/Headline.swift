import Foundation
import KroniekCore

/// Whether a line reads as a headline: short, starting like a sentence and
/// ending without sentence-final punctuation.
///
/// Used where a format does not mark its title (header layout, plain text,
/// JSON Lines without `title`): the first line is the title only when it
/// reads as one, otherwise it stays the first paragraph.
enum Headline {
    static let maxWords = 25
    static let maxLength = 250
    /// Characters that end a sentence or clause, never a headline.
    static let sentenceEnds: Set<Character> = [".", "!", "?", ":", ";", ",", "…"]
    /// Closing quotes and brackets looked through to find the last mark.
    static let closers: Set<Character> = ["\"", "'", "”", "’", "»", ")", "]"]

    static func reads(_ line: String) -> Bool {
        let line = line.trimmed
        guard let first = line.first, first.isUppercase || first.isNumber || Self.openers.contains(first),
            line.count <= maxLength,
            line.split(whereSeparator: \.isWhitespace).count <= maxWords
        else { return false }
        guard let last = line.last(where: { !closers.contains($0) && !$0.isWhitespace }) else { return false }
        return !sentenceEnds.contains(last)
    }

    static let openers: Set<Character> = ["\"", "'", "“", "‘", "«", "("]

    /// Whether `line` holds more than one sentence (a sentence end followed by
    /// a space and a capital inside it).
    static func hasSentenceBreak(_ line: String) -> Bool {
        lastSentenceStart(in: line) != nil
    }

    /// Where the last sentence of `line` starts, when it has more than one.
    static func lastSentenceStart(in line: String) -> String.Index? {
        var found: String.Index?
        var index = line.startIndex
        while index < line.endIndex {
            let character = line[index]
            if character == "." || character == "!" || character == "?" {
                var next = line.index(after: index)
                while next < line.endIndex, closers.contains(line[next]) { next = line.index(after: next) }
                if next < line.endIndex, line[next].isWhitespace {
                    var start = next
                    while start < line.endIndex, line[start].isWhitespace { start = line.index(after: start) }
                    if start < line.endIndex, line[start].isUppercase || openers.contains(line[start]) {
                        found = start
                    }
                }
            }
            index = line.index(after: index)
        }
        return found
    }
}
