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

        func matches(_ line: String) -> Bool {
            switch match {
            case .equals(let text): line.compare(text, options: .caseInsensitive) == .orderedSame
            case .starts(let text): line.after(prefix: text) != nil
            case .ends(let text): line.before(suffix: text) != nil
            case .contains(let text): line.range(of: text, options: .caseInsensitive) != nil
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
            case "equals": match = .equals(row[1])
            case "starts": match = .starts(row[1])
            case "ends": match = .ends(row[1])
            case "contains": match = .contains(row[1])
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
        for rule in rules where rule.matches(line) {
            if rule.drop == .paragraph { return .paragraph }
            found = .line
        }
        return found
    }
}
