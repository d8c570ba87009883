import Foundation

/// A regular expression from a pack file or the engine (ICU syntax), with the
/// few questions the readers ask of it.
///
/// Wraps `NSRegularExpression`, which is `Sendable`, so readers built from a
/// pack can be shared across threads.
struct Pattern: Sendable {
    let expression: NSRegularExpression

    init(_ pattern: String) throws {
        expression = try NSRegularExpression(pattern: pattern)
    }

    /// Whether the pattern matches anywhere in `text`.
    func found(in text: String) -> Bool {
        expression.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) != nil
    }

    /// The capture groups of a match at the very start of `text`, and the
    /// text after the match; nil when `text` does not start with a match.
    func prefix(of text: String) -> (groups: [String], rest: Substring)? {
        let range = NSRange(text.startIndex..., in: text)
        guard let match = expression.firstMatch(in: text, options: .anchored, range: range),
            let whole = Range(match.range, in: text)
        else { return nil }
        let groups = (1..<match.numberOfRanges).map { index in
            Range(match.range(at: index), in: text).map { String(text[$0]) } ?? ""
        }
        return (groups, text[whole.upperBound...])
    }
}
