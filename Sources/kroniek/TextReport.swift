import Foundation
import KroniekCore

/// The human-readable form of `kroniek extract`: per article its title and
/// publication date, then one line per event.
enum TextReport {
    static func render(_ result: ExtractedArticle) -> String {
        let article = result.article
        var lines: [String] = []
        lines.append("\(article.title)")
        var meta = ["published \(article.published ?? "unknown")"]
        if !article.sources.isEmpty { meta.append("sources \(article.sources.joined(separator: ", "))") }
        if let outlet = article.outlet { meta.append(outlet) }
        meta.append("\(result.sentences.count) sentences, \(result.events.count) events, \(result.quotes.count) quotes")
        lines.append("  " + meta.joined(separator: " · "))
        for event in result.events {
            lines.append("  " + line(for: event))
        }
        for quote in result.quotes {
            let speaker = quote.speaker?.name ?? quote.speaker?.code ?? "?"
            lines.append("  quote \(speaker): \u{201C}\(quote.text.prefix(100))\u{201D}")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    static func line(for event: Event) -> String {
        let date = event.date.value ?? event.date.from.map { "from \($0)" } ?? "undated"
        let source = event.source?.code ?? "?"
        let target = event.target?.code ?? "-"
        var parts = [
            date.padding(toLength: 10, withPad: " ", startingAt: 0),
            "\(source) → \(target)",
            "\(event.cameo) \(event.cameoName ?? "")",
            event.modality.rawValue,
        ]
        if let place = event.location { parts.append("in \(place.name)") }
        if let killed = event.casualties.killed {
            parts.append("killed \(killed.count.map(String.init) ?? "") \(killed.qualifier)")
        }
        parts.append("[\(event.trigger)]")
        return parts.joined(separator: "  ")
    }
}

