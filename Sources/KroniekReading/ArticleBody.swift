import Foundation
import KroniekCore

/// The body of an article: paragraphs split on blank lines, with related
/// links taken out and boilerplate dropped.
///
/// Shared by every format, so a "Lees ook" list or a photo credit is handled
/// the same in a scraped page, a header-layout file or a JSON line. Single
/// newlines stay inside a paragraph (the sentence splitter reads unpunctuated
/// lines as headings).
struct ArticleBody: Sendable {
    let vocabulary: LayoutVocabulary
    let boilerplate: Boilerplate

    /// Longest line still read as a link in a related or video list.
    static let maxLinkLength = 250

    struct Result: Sendable, Hashable {
        var paragraphs: [String] = []
        var related: [RelatedLink] = []
    }

    private enum List { case none, related, videos }

    func read(_ text: String) -> Result {
        var result = Result()
        var list = List.none
        for block in Self.blocks(of: text) {
            var kept: [String] = []
            var dropParagraph = false
            for line in block {
                if let rest = prefixed(line, by: vocabulary.related) {
                    if rest.isEmpty { list = .related } else { result.related.append(link(rest)) }
                    continue
                }
                if let rest = prefixed(line, by: vocabulary.videos) {
                    if rest.isEmpty { list = .videos }
                    continue
                }
                if list != .none {
                    if readsAsLink(line) {
                        if list == .related { result.related.append(link(line)) }
                        continue
                    }
                    list = .none
                }
                switch boilerplate.drop(for: line) {
                case .paragraph: dropParagraph = true
                case .line: continue
                case nil:
                    if let text = withoutMediaLeadIn(line) { kept.append(text) }
                }
            }
            var paragraph = kept.joined(separator: "\n")
            if paragraph.first?.isWhitespace == true || paragraph.last?.isWhitespace == true {
                paragraph = paragraph.trimmingCharacters(in: .whitespacesAndNewlines)
            }
            if !dropParagraph, !paragraph.isEmpty { result.paragraphs.append(paragraph) }
        }
        return result
    }

    /// Paragraphs as lists of trimmed, non-empty lines; blank lines split them.
    static func blocks(of text: String) -> [[String]] {
        var blocks: [[String]] = []
        var current: [String] = []
        for raw in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let line = raw.trimmed
            if line.isEmpty {
                if !current.isEmpty { blocks.append(current) }
                current = []
            } else {
                current.append(line)
            }
        }
        if !current.isEmpty { blocks.append(current) }
        return blocks
    }

    /// The rest of `line` after the first of `prefixes` it starts with.
    private func prefixed(_ line: String, by prefixes: [String]) -> String? {
        for prefix in prefixes {
            if let rest = line.after(prefix: prefix) { return String(rest).trimmed }
        }
        return nil
    }

    /// A line of a link list: short and one sentence, or marked premium.
    private func readsAsLink(_ line: String) -> Bool {
        if vocabulary.premiumMarks.contains(where: { line.before(suffix: $0) != nil }) { return true }
        return line.count <= Self.maxLinkLength && !Headline.hasSentenceBreak(line)
    }

    /// A related link; a trailing premium mark sets `premium`.
    func link(_ text: String) -> RelatedLink {
        for mark in vocabulary.premiumMarks {
            if let title = text.before(suffix: mark) { return RelatedLink(title: String(title).trimmed, premium: true) }
        }
        return RelatedLink(title: text.trimmed, premium: false)
    }

    /// `line` without a last sentence that ends in ":" and names a video or
    /// reportage (the lead-in of media that was not scraped); nil when
    /// nothing is left.
    func withoutMediaLeadIn(_ line: String) -> String? {
        guard line.last == ":" else { return line }
        let start = Headline.lastSentenceStart(in: line) ?? line.startIndex
        let words = line[start...].lowercased().split { !$0.isLetter && $0 != "'" && $0 != "’" }
        guard words.contains(where: { vocabulary.mediaWords.contains(String($0)) }) else { return line }
        let rest = String(line[..<start]).trimmed
        return rest.isEmpty ? nil : rest
    }
}
