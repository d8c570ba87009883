import ArgumentParser
import Foundation
import KroniekCore
import KroniekStore

/// `kroniek show`: one stored event with its sentence and article.
struct Show: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Show one stored event with its sentence and article.",
        discussion: "Example: kroniek show 42   (the id column of kroniek events, or the event's contract id)"
    )

    @OptionGroup var store: StoreOptions

    @Option(help: "Output format: table (for people) or json.")
    var format: QueryFormat = .table

    @Argument(help: "The event's store id or contract id.")
    var eventID: String

    func run() throws {
        let events = try store.open()
        let found: EventDetail?
        do { found = try events.event(id: eventID) } catch {
            Report.error(error)
            throw ExitCode(2)
        }
        guard let detail = found else {
            Report.error("no event '\(eventID)' in \(store.location); list ids with kroniek events")
            throw ExitCode(1)
        }
        let event = detail.stored.event
        if format != .table {
            struct Shown: Encodable {
                var storeId: Int64
                var event: KroniekCore.Event
                var sentence: String
                var article: KroniekCore.Article
            }
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
            let shown = Shown(storeId: detail.stored.storeID, event: event, sentence: detail.sentence, article: detail.article)
            FileHandle.standardOutput.write(try encoder.encode(shown) + Data("\n".utf8))
            return
        }
        print("event \(detail.stored.storeID) (\(event.id))")
        print("  " + TextReport.line(for: event))
        print("  sentence \(event.sentence): \(detail.sentence)")
        print("  article: \(detail.article.title)")
        var meta = ["published \(detail.article.published ?? "unknown")"]
        if let url = detail.article.url { meta.append(url) } else { meta.append(detail.article.file) }
        if let outlet = detail.article.outlet { meta.append(outlet) }
        print("  " + meta.joined(separator: " · "))
    }
}
