import ArgumentParser

/// The `kroniek` command: turns news articles into political event data.
@main
struct Kroniek: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "kroniek",
        abstract: "Turn news articles into political event data.",
        version: "0.1.0",
        subcommands: [
            Extract.self, Ingest.self, Reextract.self, Events.self, Timeline.self, Quotes.self, Actors.self, Show.self,
            Clusters.self, Export.self, Serve.self, Enqueue.self, Worker.self, QueueStatus.self, Migrate.self,
        ]
    )
}
