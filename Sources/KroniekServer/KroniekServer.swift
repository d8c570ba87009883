import Foundation
import Hummingbird
import KroniekStore
import Logging
import NIOCore

/// `kroniek serve`'s application: the HTTP API over an event store and the
/// web UI's static files, modelled on Hummingbird's template
/// (`buildApplication` / `buildRouter`).
///
/// A namespace so the CLI and tests build the same application.
public enum KroniekServer {
    /// The application serving `store`; `onRunning` gets the bound port once
    /// the server listens (useful with port 0). It stops cleanly on SIGINT
    /// and SIGTERM when run with `runService()`.
    public static func buildApplication(
        store: any EventStore, options: ServerOptions, ingester: (any ArticleIngesting)? = nil,
        onRunning: @escaping @Sendable (Int) async -> Void = { _ in }
    ) -> some ApplicationProtocol {
        var logger = Logger(label: "kroniek.serve")
        logger.logLevel = ProcessInfo.processInfo.environment["LOG_LEVEL"].flatMap(Logger.Level.init(rawValue:)) ?? .warning
        return Application(
            router: buildRouter(store: store, options: options, ingester: ingester),
            configuration: .init(address: .hostname(options.host, port: options.port), serverName: "kroniek"),
            onServerRunning: { channel in await onRunning(channel.localAddress?.port ?? options.port) },
            logger: logger)
    }

    /// Builds the application and runs it until SIGINT or SIGTERM, which
    /// stop it cleanly (requests in flight finish first).
    public static func serve(
        store: any EventStore, options: ServerOptions, ingester: (any ArticleIngesting)? = nil,
        onRunning: @escaping @Sendable (Int) async -> Void = { _ in }
    ) async throws {
        try await buildApplication(store: store, options: options, ingester: ingester, onRunning: onRunning).runService()
    }

    /// The router: JSON errors around everything, the web UI's files, then
    /// the API routes.
    public static func buildRouter(store: any EventStore, options: ServerOptions, ingester: (any ArticleIngesting)? = nil)
        -> Router<BasicRequestContext>
    {
        var logger = Logger(label: "kroniek.serve.files")
        logger.logLevel = .warning
        let router = Router()
        router.add(middleware: JSONErrorMiddleware())
        router.add(middleware: SecurityHeadersMiddleware())
        if let web = webRoot {
            router.add(middleware: FileMiddleware(web, searchForIndexHtml: true, logger: logger))
        }
        EventAPI(store: store, options: options, ingester: ingester).register(on: router)
        return router
    }

    /// The folder of the web UI inside the module's resources.
    public static var webRoot: String? {
        Bundle.module.url(forResource: "web", withExtension: nil)?.path
    }
}
