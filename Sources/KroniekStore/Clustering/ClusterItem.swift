import KroniekCore

/// One event mention as clustering sees it: the event with the article facts
/// it needs (which article, outlet, agencies, sentence, publication date).
///
/// The store builds these from stored rows; `items(of:)` builds them from a
/// freshly extracted article.
public struct ClusterItem: Sendable, Hashable {
    public var event: Event
    public var articleID: String
    public var outlet: String?
    /// Agencies named in the article's byline or dateline (`Article.sources`).
    public var sources: [String]
    /// The sentence that reports the event, compared to spot wire copy.
    public var sentence: String
    /// `Article.published`: ISO 8601 date or date-time, or nil.
    public var published: String?

    public init(
        event: Event, articleID: String, outlet: String? = nil, sources: [String] = [], sentence: String? = nil,
        published: String? = nil
    ) {
        self.event = event
        self.articleID = articleID
        self.outlet = outlet
        self.sources = sources
        self.sentence = sentence ?? event.text
        self.published = published
    }

    public init(event: Event, article: Article) {
        self.init(
            event: event, articleID: article.id, outlet: article.outlet, sources: article.sources, sentence: event.text,
            published: article.published)
    }

    /// One item per event of an extracted article.
    public static func items(of extracted: ExtractedArticle) -> [ClusterItem] {
        extracted.events.map { ClusterItem(event: $0, article: extracted.article) }
    }

    /// The publication day, when `published` gives one.
    var publicationDay: Day? {
        published.flatMap { Day(iso: String($0.prefix(10))) }
    }
}
