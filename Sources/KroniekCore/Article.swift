/// A news article as read from its input, before any extraction.
///
/// Readers fill it from the scraped layout, the header layout, plain text or
/// JSON Lines; every later stage reads it and none changes it.
public struct Article: Codable, Sendable, Hashable {
    /// Stable identifier: the same input gives the same id.
    public var id: String
    /// The path as given on the command line (`-` for standard input).
    public var file: String
    public var title: String
    /// ISO 8601: `2020-03-02T09:41:00+01:00` when the text gives a time,
    /// `2020-03-02` for a date only, `2020-03` for a month only, or nil.
    public var published: String?
    public var language: String
    public var url: String?
    public var outlet: String?
    /// Agencies named in the byline or dateline.
    public var sources: [String]
    /// A trailing code on the header line (editor's initials), when present.
    public var label: String?
    /// Reaction count from the byline, when present.
    public var comments: Int?
    public var related: [RelatedLink]
    /// Body paragraphs with boilerplate removed.
    public var paragraphs: [String]

    public init(
        id: String, file: String, title: String, published: String? = nil, language: String = "nl",
        url: String? = nil, outlet: String? = nil, sources: [String] = [], label: String? = nil,
        comments: Int? = nil, related: [RelatedLink] = [], paragraphs: [String] = []
    ) {
        self.id = id
        self.file = file
        self.title = title
        self.published = published
        self.language = language
        self.url = url
        self.outlet = outlet
        self.sources = sources
        self.label = label
        self.comments = comments
        self.related = related
        self.paragraphs = paragraphs
    }

    /// The day events are resolved against (the document creation time),
    /// when `published` gives one.
    public var anchorDay: Day? {
        guard let published else { return nil }
        return Day(iso: String(published.prefix(10)))
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(file, forKey: .file)
        try c.encode(title, forKey: .title)
        try c.encode(published, forKey: .published)
        try c.encode(language, forKey: .language)
        try c.encodeIfPresent(url, forKey: .url)
        try c.encode(outlet, forKey: .outlet)
        try c.encode(sources, forKey: .sources)
        try c.encodeIfPresent(label, forKey: .label)
        try c.encodeIfPresent(comments, forKey: .comments)
        try c.encode(related, forKey: .related)
        try c.encode(paragraphs, forKey: .paragraphs)
    }
}

/// A "Lees ook" link under an article; `premium` marks a paywalled one.
public struct RelatedLink: Codable, Sendable, Hashable {
    public var title: String
    public var premium: Bool

    public init(title: String, premium: Bool) {
        self.title = title
        self.premium = premium
    }
}
