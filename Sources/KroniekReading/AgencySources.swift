import Foundation
import KroniekCore

/// The agencies an article names: in a dateline ("SINGAPORE (AFN/RTR) - ...")
/// or a byline ("Reuters, Belga"), expanded to the names of
/// `reading-agencies.tsv`.
///
/// Codes the table does not know are reported as printed, so a new agency
/// still shows up and can be added to the table.
struct AgencySources: Sendable {
    let agencies: AgencyNames
    let joiners: [String]
    /// Datelines; group 1 holds the agency codes.
    let datelines: [Pattern]

    /// The agencies of a dateline at the start of `paragraph`, or [] when it
    /// has none.
    func dateline(of paragraph: String) -> [String] {
        for dateline in datelines {
            if let match = dateline.prefix(of: paragraph), let codes = match.groups.first {
                return names(in: codes, separators: ["/", ",", "&"])
            }
        }
        return []
    }

    /// The agencies of a byline's list ("Reuters, Belga", "ANP en AFP").
    func byline(_ list: String) -> [String] {
        names(in: list, separators: [",", "/", "&"])
    }

    private func names(in list: String, separators: Set<Character>) -> [String] {
        var parts = list.split(whereSeparator: { separators.contains($0) }).map { String($0).trimmed }
        for joiner in joiners {
            parts = parts.flatMap { part in
                part.components(separatedBy: " \(joiner) ").map(\.trimmed)
            }
        }
        var seen: Set<String> = []
        return parts.filter { !$0.isEmpty }.map { agencies.name(of: $0) ?? $0 }.filter { seen.insert($0).inserted }
    }

    /// Where a byline without a comment count ends and glued text begins:
    /// the byline "Belga Het leger meldt ..." ends after a known agency.
    func splitGluedByline(_ line: String) -> (list: String, text: String?) {
        let parts = line.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
        guard let last = parts.last else { return (line, nil) }
        let words = last.split(separator: " ").map(String.init)
        guard words.count > 3 else { return (line, nil) }
        for count in (1...3).reversed() where agencies.name(of: words.prefix(count).joined(separator: " ")) != nil {
            let list = (parts.dropLast() + [words.prefix(count).joined(separator: " ")]).joined(separator: ",")
            return (list, words.dropFirst(count).joined(separator: " "))
        }
        return (line, nil)
    }
}
