/// How `kroniek serve` runs: where it listens, whether it accepts new
/// articles, and how much a request may send.
///
/// Read-only unless `token` is set: only then does `POST /api/articles`
/// ingest, and only for requests that carry the token.
public struct ServerOptions: Sendable, Hashable {
    public var host: String
    public var port: Int
    /// The bearer token `POST /api/articles` requires; nil: read-only.
    public var token: String?
    /// The largest request body accepted, in bytes (larger ones get 413).
    public var maxBodyBytes: Int
    /// The most items one page of a list returns.
    public var maxPageSize: Int

    public init(
        host: String = "127.0.0.1", port: Int = 8080, token: String? = nil, maxBodyBytes: Int = 1 << 20,
        maxPageSize: Int = 1000
    ) {
        self.host = host
        self.port = port
        self.token = token
        self.maxBodyBytes = maxBodyBytes
        self.maxPageSize = maxPageSize
    }
}
