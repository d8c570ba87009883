import KroniekCore

/// Which extractor and language pack coded an article; a store keeps it so
/// `kroniek reextract` can find articles coded by older versions.
public struct Provenance: Sendable, Hashable, Codable {
    public var extractor: String
    public var pack: String

    public init(extractor: String, pack: String) {
        self.extractor = extractor
        self.pack = pack
    }
}

/// What a store knows of an article without loading it: enough to tell
/// whether a newly read copy changed.
public struct ArticleFingerprint: Sendable, Hashable {
    public var contentHash: String
    public var provenance: Provenance

    public init(contentHash: String, provenance: Provenance) {
        self.contentHash = contentHash
        self.provenance = provenance
    }
}

/// One extracted article handed to a store, with its identity (URL, or file
/// path when it has none) and the hash of its content.
public struct ArticleSubmission: Sendable, Hashable {
    /// The URL, or the file path (with `#n` for the n-th article of a file
    /// holding several) when the article has no URL.
    public var identity: String
    public var contentHash: String
    public var provenance: Provenance
    public var extracted: ExtractedArticle

    public init(identity: String, contentHash: String, provenance: Provenance, extracted: ExtractedArticle) {
        self.identity = identity
        self.contentHash = contentHash
        self.provenance = provenance
        self.extracted = extracted
    }

    /// The identity a store files `article` under: its URL, else its file
    /// (with `#position` when the file holds several articles); standard
    /// input (`-`) has no lasting name, so there the article id (a hash of
    /// its text) stands in.
    public static func identity(of article: Article, position: Int, of count: Int) -> String {
        if let url = article.url, !url.isEmpty { return url }
        if article.file == "-" { return "stdin:\(article.id)" }
        return count > 1 ? "\(article.file)#\(position + 1)" : article.file
    }

    /// A stable hash of what the reader made of the article: title,
    /// paragraphs, date, URL, outlet and sources (64-bit FNV-1a, hex).
    public static func contentHash(of article: Article) -> String {
        var text = [article.title, article.published ?? "", article.url ?? "", article.outlet ?? "", article.language]
            .joined(separator: "\u{1F}")
        text += "\u{1E}" + article.sources.joined(separator: "\u{1F}")
        text += "\u{1E}" + article.paragraphs.joined(separator: "\u{1F}")
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01B3
        }
        let hex = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }
}

/// An event as stored: the contract's event with the store's numeric id,
/// its article and the interval of days its date covers.
public struct StoredEvent: Sendable, Hashable {
    /// The store's number for the event (GDELT's GlobalEventID).
    public var storeID: Int64
    public var articleID: String
    public var event: Event
    /// First and last day the event date covers (nil when undated).
    public var firstDay: String?
    public var lastDay: String?
    public var articleURL: String?
    public var articleTitle: String
    public var published: String?
    public var outlet: String?
    public var ingestedAt: String

    public init(
        storeID: Int64, articleID: String, event: Event, firstDay: String?, lastDay: String?, articleURL: String?,
        articleTitle: String, published: String?, outlet: String?, ingestedAt: String
    ) {
        self.storeID = storeID
        self.articleID = articleID
        self.event = event
        self.firstDay = firstDay
        self.lastDay = lastDay
        self.articleURL = articleURL
        self.articleTitle = articleTitle
        self.published = published
        self.outlet = outlet
        self.ingestedAt = ingestedAt
    }
}

/// One event with the sentence that reports it and its article.
public struct EventDetail: Sendable, Hashable {
    public var stored: StoredEvent
    public var sentence: String
    public var article: Article

    public init(stored: StoredEvent, sentence: String, article: Article) {
        self.stored = stored
        self.sentence = sentence
        self.article = article
    }
}

/// A direct quote as stored, with its article.
public struct StoredQuote: Sendable, Hashable, Codable {
    public var articleID: String
    public var articleTitle: String
    public var published: String?
    public var quote: Quote

    public init(articleID: String, articleTitle: String, published: String?, quote: Quote) {
        self.articleID = articleID
        self.articleTitle = articleTitle
        self.published = published
        self.quote = quote
    }
}

/// How often an actor code occurs in events, and with whom.
public struct ActorSummary: Sendable, Hashable, Codable {
    public var code: String
    public var events: Int
    public var asSource: Int
    public var asTarget: Int
    /// The most frequent other sides, most frequent first.
    public var partners: [Partner]

    /// An actor on the other side of events, with the number of events.
    public struct Partner: Sendable, Hashable, Codable {
        public var code: String
        public var events: Int

        public init(code: String, events: Int) {
            self.code = code
            self.events = events
        }
    }

    public init(code: String, events: Int, asSource: Int, asTarget: Int, partners: [Partner]) {
        self.code = code
        self.events = events
        self.asSource = asSource
        self.asTarget = asTarget
        self.partners = partners
    }
}

/// A stored cluster with its representative event, as `kroniek clusters`
/// lists it: one row per real-world event.
public struct StoredCluster: Sendable, Hashable {
    public var cluster: EventCluster
    public var representative: StoredEvent

    public init(cluster: EventCluster, representative: StoredEvent) {
        self.cluster = cluster
        self.representative = representative
    }
}

/// A stored article with everything extracted from it (sentences, time
/// expressions, actor mentions, events, quotes, relations), as the article
/// view of `kroniek serve` shows it.
public struct StoredArticle: Sendable, Hashable {
    /// The URL or file path the store knows the article by.
    public var identity: String
    public var ingestedAt: String
    public var extracted: ExtractedArticle

    public init(identity: String, ingestedAt: String, extracted: ExtractedArticle) {
        self.identity = identity
        self.ingestedAt = ingestedAt
        self.extracted = extracted
    }
}
