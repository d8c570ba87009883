/// Someone who acts or is acted upon: a country, government, armed force,
/// group, international body or named person, coded CAMEO-style.
///
/// `code` is the ISO 3166 alpha-3 country (or `IGO`/`NGO` + short name)
/// followed by sector codes: `TURGOV`, `SYRMIL`, `IGONAT`.
public struct Actor: Codable, Sendable, Hashable {
    /// Optional stable id, e.g. a Wikidata id for a person.
    public var id: String?
    public var name: String
    public var code: String
    public var country: String?
    public var sectors: [String]
    /// `country`, `government`, `organisation`, `group`, `person`, ...
    public var kind: String

    public init(id: String? = nil, name: String, code: String, country: String?, sectors: [String] = [], kind: String) {
        self.id = id
        self.name = name
        self.code = code
        self.country = country
        self.sectors = sectors
        self.kind = kind
    }

    /// The short form events and quotes carry.
    public var reference: ActorReference {
        ActorReference(code: code, country: country, name: name)
    }
}

/// The short actor form on events, quotes and relations.
public struct ActorReference: Codable, Sendable, Hashable {
    public var code: String
    public var country: String?
    public var name: String?

    public init(code: String, country: String?, name: String?) {
        self.code = code
        self.country = country
        self.name = name
    }
}

/// A stretch of a sentence that names an actor.
public struct Mention: Codable, Sendable, Hashable {
    public var sentence: Int
    public var text: String
    public var actor: Actor
    public var span: Span?

    public init(sentence: Int, text: String, actor: Actor, span: Span? = nil) {
        self.sentence = sentence
        self.text = text
        self.actor = actor
        self.span = span
    }
}
