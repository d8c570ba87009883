import KroniekCore

/// An article waiting in the work queue of a PostgreSQL store, as a worker
/// claims it: the article as read, with its store identity and hash.
///
/// The queue holds what `kroniek enqueue` read, so workers on any machine
/// code it without access to the enqueuing machine's files.
public struct QueuedArticle: Sendable, Hashable {
    /// The queue row.
    public var id: Int64
    public var identity: String
    public var contentHash: String
    public var article: Article
    /// How many times a worker has claimed it, this claim included.
    public var attempts: Int

    public init(id: Int64, identity: String, contentHash: String, article: Article, attempts: Int) {
        self.id = id
        self.identity = identity
        self.contentHash = contentHash
        self.article = article
        self.attempts = attempts
    }
}

/// How many queued articles are in each state: waiting, claimed by a
/// worker, stored, or given up on.
///
/// `kroniek queue` prints it; a batch job is over when nothing is pending
/// or running.
public struct QueueCounts: Sendable, Hashable, Codable {
    public var pending = 0
    public var running = 0
    public var done = 0
    public var failed = 0

    public init(pending: Int = 0, running: Int = 0, done: Int = 0, failed: Int = 0) {
        self.pending = pending
        self.running = running
        self.done = done
        self.failed = failed
    }

    /// Nothing left to code or being coded.
    public var isDrained: Bool { pending == 0 && running == 0 }
}

/// A queued article that was given up on, with the reason.
public struct QueueFailure: Sendable, Hashable, Codable {
    public var identity: String
    public var attempts: Int
    public var error: String

    public init(identity: String, attempts: Int, error: String) {
        self.identity = identity
        self.attempts = attempts
        self.error = error
    }
}
