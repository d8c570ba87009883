import KroniekPacks

/// A run of words to find in a sentence, written in a pack cell:
/// "zou ... hebben", "om het leven", "*doden", "^ als", "kwamen ... om $".
///
/// Pack files stay readable because one small notation covers the cases the
/// stages need: a plain word matches a token's folded `key`; `*tail` matches
/// a word that ends in `tail` (compounds such as "burgerdoden"); `...` skips
/// up to `maxGap` tokens; `^` requires the match to open its clause (the
/// start of the searched range or right after punctuation); `$` requires
/// punctuation or the end of the range to follow.
struct WordPattern: Sendable, Hashable {
    enum Element: Sendable, Hashable {
        case word(String)
        case suffix(String)
        case gap
        case clauseStart
        case clauseEnd
    }

    let elements: [Element]
    /// A word every match contains (the longest plain word), if the pattern
    /// has one: a sentence without it is passed over without trying.
    let requiredWord: String?
    /// The text as written in the pack, for error messages and debugging.
    let source: String
    let maxGap: Int

    init(_ text: String, maxGap: Int = 5) {
        source = text
        self.maxGap = maxGap
        elements = text.split(separator: " ").map { piece in
            switch piece {
            case "...", "\u{2026}": return .gap
            case "^": return .clauseStart
            case "$": return .clauseEnd
            default:
                let key = Token.fold(String(piece))
                return key.hasPrefix("*") && key.count > 1 ? .suffix(String(key.dropFirst())) : .word(key)
            }
        }
        requiredWord = elements.compactMap { element -> String? in
            if case .word(let key) = element { return key }
            return nil
        }.max { $0.utf8.count < $1.utf8.count }
    }

    /// Whether the pattern may match tokens whose keys are `present`.
    func mayMatch(in present: Set<String>) -> Bool {
        requiredWord.map(present.contains) ?? true
    }

    /// Parses a pack cell, failing on a pattern without any word.
    init(cell: String, row: PackRow, maxGap: Int = 5) throws(PackError) {
        self.init(cell, maxGap: maxGap)
        if weight == 0 { throw row.error("pattern '\(cell)' has no word to match") }
    }

    /// How many words the pattern matches: longer patterns win overlaps.
    var weight: Int {
        elements.reduce(0) { count, element in
            switch element {
            case .word, .suffix: return count + 1
            default: return count
            }
        }
    }

    /// Every match inside `range`, as token index ranges (first word to last
    /// word), leftmost first; matches may overlap.
    func matches(in tokens: [Token], within range: Range<Int>) -> [ClosedRange<Int>] {
        range.compactMap { start in match(in: tokens, at: start, within: range) }
    }

    /// The match whose first word is the token at `start`, if any.
    func match(in tokens: [Token], at start: Int, within range: Range<Int>) -> ClosedRange<Int>? {
        var elementIndex = 0
        if elements.first == .clauseStart {
            guard start == range.lowerBound || tokens[start - 1].isPunctuation else { return nil }
            elementIndex = 1
        }
        guard elementIndex < elements.count, !isGapOrAnchor(elements[elementIndex]) else { return nil }
        guard let end = extend(tokens, element: elementIndex, token: start, range: range) else { return nil }
        return start...end
    }

    private func isGapOrAnchor(_ element: Element) -> Bool {
        switch element {
        case .word, .suffix: return false
        default: return true
        }
    }

    /// Matches `elements[element...]` from `token` on; returns the index of
    /// the last matched word.
    private func extend(_ tokens: [Token], element: Int, token: Int, range: Range<Int>) -> Int? {
        var e = element
        var t = token
        var last = token - 1
        while e < elements.count {
            switch elements[e] {
            case .word(let key):
                guard t < range.upperBound, tokens[t].key == key else { return nil }
                last = t
                t += 1
            case .suffix(let tail):
                guard t < range.upperBound, tokens[t].isWord, tokens[t].key.hasSuffix(tail) else { return nil }
                last = t
                t += 1
            case .clauseStart:
                guard t == range.lowerBound || tokens[t - 1].isPunctuation else { return nil }
            case .clauseEnd:
                guard t >= range.upperBound || tokens[t].isPunctuation else { return nil }
            case .gap:
                for skip in 0...maxGap where t + skip < range.upperBound {
                    if let end = extend(tokens, element: e + 1, token: t + skip, range: range) { return end }
                }
                return nil
            }
            e += 1
        }
        return last
    }
}

/// Picks, from matches of several patterns, the ones that do not overlap,
/// longer patterns first, then leftmost.
func nonOverlapping<Value>(_ found: [(span: ClosedRange<Int>, weight: Int, value: Value)]) -> [(
    span: ClosedRange<Int>, value: Value
)] {
    let ordered = found.sorted { a, b in
        a.weight != b.weight ? a.weight > b.weight : a.span.lowerBound < b.span.lowerBound
    }
    var taken: [(span: ClosedRange<Int>, value: Value)] = []
    for candidate in ordered where !taken.contains(where: { $0.span.overlaps(candidate.span) }) {
        taken.append((candidate.span, candidate.value))
    }
    return taken.sorted { $0.span.lowerBound < $1.span.lowerBound }
}
