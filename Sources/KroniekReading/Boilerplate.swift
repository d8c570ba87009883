import Foundation
import KroniekPacks

/// Page furniture that is not article text (photo credits, video lead-ins,
/// view counters, share, cookie and newsletter prompts), matched by the
/// rules of `reading-boilerplate.tsv`.
///
/// Rules are data so an analyst can add the prompts of a new site without
/// Swift; each rule drops a line or its whole paragraph.
struct Boilerplate: Sendable {
    enum Match: Sendable {
        case equals(String)
        case starts(String)
        case ends(String)
        case contains(String)
        case pattern(Pattern)
    }

    enum Drop: String, Sendable { case line, paragraph }

    struct Rule: Sendable {
        let match: Match
        let drop: Drop

        /// `lowered` is `line.lowercased()`; the texts of the rules are lower case.
        func matches(_ line: String, lowered: String) -> Bool {
            switch match {
            case .equals(let text): lowered == text
            case .starts(let text): lowered.hasPrefix(text)
            case .ends(let text): lowered.hasSuffix(text)
            case .contains(let text): lowered.containsBytes(of: text)
            case .pattern(let pattern): pattern.found(in: line)
            }
        }
    }

    let rules: [Rule]

    init(pack: LanguagePack) throws(PackError) {
        var rules: [Rule] = []
        for row in try pack.rows("reading-boilerplate.tsv") {
            try row.require(3)
            guard let drop = Drop(rawValue: row[2]) else { throw row.error("drop must be 'line' or 'paragraph'") }
            let match: Match
            switch row[0] {
            case "equals": match = .equals(row[1].lowercased())
            case "starts": match = .starts(row[1].lowercased())
            case "ends": match = .ends(row[1].lowercased())
            case "contains": match = .contains(row[1].lowercased())
            case "regex":
                do { match = .pattern(try Pattern(row[1])) } catch {
                    throw row.error("not a regular expression: \(error)")
                }
            default: throw row.error("unknown match '\(row[0])'; use equals, starts, ends, contains or regex")
            }
            rules.append(Rule(match: match, drop: drop))
        }
        self.rules = rules
    }

    /// What to drop for `line`, or nil when it is article text.
    func drop(for line: String) -> Drop? {
        var found: Drop?
        let lowered = line.lowercased()
        for rule in rules where rule.matches(line, lowered: lowered) {
            if rule.drop == .paragraph { return .paragraph }
            found = .line
        }
        return found
    }
}

extension String {
    /// Whether `needle`'s UTF-8 bytes occur in this string's: a plain byte
    /// search (Foundation's `contains` and the generic `firstRange(of:)`
    /// were each a tenth of the reading time).
    func containsBytes(of needle: String) -> Bool {
        var haystack = self
        var needle = needle
        return haystack.withUTF8 { h in
            needle.withUTF8 { n in
                guard let first = n.first else { return true }
                guard n.count <= h.count else { return false }
                for i in 0...(h.count - n.count) where h[i] == first {
                    if memcmp(h.baseAddress! + i, n.baseAddress!, n.count) == 0 { return true }
                }
                return false
            }
        }
    }
}
