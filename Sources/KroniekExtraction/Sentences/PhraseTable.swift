/// A table of multi-word phrases keyed by their folded tokens, matched
/// longest-first against a sentence's tokens.
///
/// Phrases written all in capitals ("IS", "VN") match only tokens written
/// the same way, so an acronym never matches an ordinary word ("is").
public struct PhraseTable<Value: Sendable>: Sendable {
    struct Entry: Sendable {
        var keys: [String]
        var exact: [String]?
        var value: Value
    }

    private var byFirstKey: [String: [Entry]] = [:]

    public init() {}

    /// Adds `phrase` (words separated by spaces; hyphens stay inside words).
    public mutating func add(_ phrase: String, _ value: Value) {
        let tokens = Tokenizer.tokens(of: phrase)
        guard let first = tokens.first else { return }
        let isAcronym = phrase.count >= 2 && phrase.allSatisfy { $0.isUppercase || $0 == " " || $0 == "-" }
        let entry = Entry(keys: tokens.map(\.key), exact: isAcronym ? tokens.map(\.text) : nil, value: value)
        byFirstKey[first.key, default: []].append(entry)
    }

    public var isEmpty: Bool { byFirstKey.isEmpty }

    /// The longest phrases starting at token `index`, longest first, with the
    /// number of tokens each covers.
    public func matches(in tokens: [Token], at index: Int) -> [(length: Int, value: Value)] {
        guard index < tokens.count, let entries = byFirstKey[tokens[index].key] else { return [] }
        var found: [(length: Int, value: Value)] = []
        for entry in entries where index + entry.keys.count <= tokens.count {
            var ok = true
            for (offset, key) in entry.keys.enumerated() {
                let token = tokens[index + offset]
                if token.key != key || (entry.exact.map { token.text != $0[offset] } ?? false) {
                    ok = false
                    break
                }
            }
            if ok { found.append((entry.keys.count, entry.value)) }
        }
        return found.sorted { $0.length > $1.length }
    }

    /// The longest match at `index`, if any.
    public func longest(in tokens: [Token], at index: Int) -> (length: Int, value: Value)? {
        matches(in: tokens, at: index).first
    }
}
