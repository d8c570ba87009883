import Foundation
import KroniekCore

/// The header lines of the evaluation layout: `url:`, `month:`,
/// `published:` and `outlet:` (keys from `base/reading-layout.tsv`), then a
/// blank line and the text.
///
/// Any line may be missing and any value may be `unknown`; the reader falls
/// back from `published` to `month` to the user's `--published`.
struct HeaderLayout: Sendable {
    let vocabulary: LayoutVocabulary

    struct Header: Sendable, Hashable {
        var url: String?
        var month: String?
        var published: String?
        var outlet: String?
        /// The text after the header.
        var body = ""

        /// The outlet line, else the URL's host without `www.`.
        var outletName: String? {
            if let outlet { return outlet }
            guard let url, let host = URL(string: url)?.host, !host.isEmpty else { return nil }
            return host.hasPrefix("www.") ? String(host.dropFirst(4)) : host
        }
    }

    /// Whether `text` starts with a header line.
    func recognizes(_ text: String) -> Bool {
        guard let first = text.split(separator: "\n").first(where: { !$0.trimmed.isEmpty }) else { return false }
        return field(of: String(first).trimmed) != nil
    }

    func read(_ text: String) -> Header {
        var header = Header()
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false)[...]
        while let line = lines.first.map({ String($0).trimmed }) {
            if line.isEmpty, header == Header() {
                lines.removeFirst()
                continue
            }
            guard let (key, value) = field(of: line) else { break }
            lines.removeFirst()
            let known = vocabulary.unknownValues.contains(value.lowercased()) || value.isEmpty ? nil : value
            if vocabulary.headerURL.contains(key) { header.url = known }
            if vocabulary.headerMonth.contains(key) { header.month = known }
            if vocabulary.headerPublished.contains(key) { header.published = known }
            if vocabulary.headerOutlet.contains(key) { header.outlet = known }
        }
        header.body = lines.joined(separator: "\n")
        return header
    }

    /// The key (as the pack writes it) and trimmed value of a header line.
    private func field(of line: String) -> (key: String, value: String)? {
        for key in vocabulary.headerKeys {
            if let value = line.after(prefix: key + ":") { return (key, String(value).trimmed) }
        }
        return nil
    }
}
