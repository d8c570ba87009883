import ArgumentParser
import Foundation
import KroniekServer
import KroniekStore

/// `kroniek serve`: the web UI and HTTP API over the event store.
struct Serve: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Serve the event store: a web UI (timeline, map, actor network, articles, clusters) and a JSON API.",
        discussion: """
            Read-only unless --token is given: then POST /api/articles ingests an article for requests \
            that send 'Authorization: Bearer TOKEN'. Ctrl-C stops the server.

            Example: kroniek serve --db kroniek.sqlite --port 8080
            """
    )

    @OptionGroup var store: StoreOptions

    @Option(help: "The address to listen on (127.0.0.1: this machine only).")
    var host: String = "127.0.0.1"

    @Option(help: "The port to listen on (0: any free port).")
    var port: Int = 8080

    @Option(help: "Accept POST /api/articles from requests carrying this token (at least 16 characters).")
    var token: String?

    @Option(help: "The largest request body accepted, in bytes.")
    var maxBody: Int = 1 << 20

    @Option(help: "Language of posted articles.")
    var language: String = "nl"

    @Option(help: "Language packs outside the binary, for posted articles.")
    var packsDir: String?

    func validate() throws {
        guard (0...65535).contains(port) else { throw ValidationError("'--port \(port)' is not a port; use 0 to 65535.") }
        if let token, token.count < 16 {
            throw ValidationError("'--token' is too short (\(token.count) characters); use at least 16.")
        }
        guard (1024...(64 << 20)).contains(maxBody) else {
            throw ValidationError("'--max-body \(maxBody)' is out of range; use 1024 to 67108864 bytes.")
        }
    }

    func run() async throws {
        let events = try store.open()
        var ingester: (any ArticleIngesting)?
        if token != nil {
            let setup = try CodingSetup(language: language, packsDir: packsDir)
            ingester = PostedArticleCoding(
                reader: setup.reader,
                coding: ArticleCoding(pipeline: try setup.pipeline(), store: events, provenance: setup.provenance))
        }
        let options = ServerOptions(host: host, port: port, token: token, maxBodyBytes: maxBody)
        let (host, db) = (self.host, store.location)
        do {
            try await KroniekServer.serve(store: events, options: options, ingester: ingester) { port in
                let shown = host.contains(":") ? "[\(host)]" : host
                let line = "kroniek serving \(db) at http://\(shown):\(port)/ (Ctrl-C stops)\n"
                FileHandle.standardOutput.write(Data(line.utf8))
            }
        } catch {
            Report.error("cannot serve on '\(host):\(port)' (\(error))")
            throw ExitCode(2)
        }
    }
}
