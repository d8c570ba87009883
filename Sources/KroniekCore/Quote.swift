/// A direct quote (text between quotation marks) with its speaker.
public struct Quote: Codable, Sendable, Hashable {
    public var sentence: Int
    public var text: String
    public var speaker: ActorReference?
    public var span: Span?

    public init(sentence: Int, text: String, speaker: ActorReference?, span: Span? = nil) {
        self.sentence = sentence
        self.text = text
        self.speaker = speaker
        self.span = span
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(sentence, forKey: .sentence)
        try c.encode(text, forKey: .text)
        try c.encode(speaker, forKey: .speaker)
        try c.encodeIfPresent(span, forKey: .span)
    }
}

/// A standing relation between two actors stated in the text: "Rusland is
/// een bondgenoot van Syrië" is `ally`, not an event.
public struct Relation: Codable, Sendable, Hashable {
    /// `ally`, `supports`, `opposes`, `member-of`, `cooperates`.
    public var sentence: Int
    public var type: String
    public var source: ActorReference
    public var target: ActorReference

    public init(sentence: Int, type: String, source: ActorReference, target: ActorReference) {
        self.sentence = sentence
        self.type = type
        self.source = source
        self.target = target
    }
}

/// Everything Kroniek extracts from one article: the JSON line of
/// `kroniek extract --format json`.
public struct ExtractedArticle: Codable, Sendable, Hashable {
    public var article: Article
    public var sentences: [Sentence]
    public var timexes: [Timex]
    public var mentions: [Mention]
    public var events: [Event]
    public var quotes: [Quote]
    public var relations: [Relation]

    public init(
        article: Article, sentences: [Sentence] = [], timexes: [Timex] = [], mentions: [Mention] = [],
        events: [Event] = [], quotes: [Quote] = [], relations: [Relation] = []
    ) {
        self.article = article
        self.sentences = sentences
        self.timexes = timexes
        self.mentions = mentions
        self.events = events
        self.quotes = quotes
        self.relations = relations
    }
}
