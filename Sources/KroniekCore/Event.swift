/// One action by a source actor on a target actor reported in one sentence,
/// coded with CAMEO, PLOVER, quad class and Goldstein score.
///
/// See the coding guide: planned, alleged or denied actions are events too,
/// with their status in `modality`.
public struct Event: Codable, Sendable, Hashable {
    public var id: String
    public var sentence: Int
    public var text: String
    public var trigger: String
    public var cameo: String
    /// The CAMEO name of `cameo`, e.g. "Make a visit".
    public var cameoName: String?
    public var plover: String
    public var quadClass: Int
    public var goldstein: Double
    public var source: ActorReference?
    public var target: ActorReference?
    public var date: EventDate
    public var modality: Modality
    public var negated: Bool
    public var attribution: ActorReference?
    public var location: Location?
    public var casualties: Casualties
    public var quantities: [Quantity]
    public var confidence: Double
    public var span: Span?

    public init(
        id: String, sentence: Int, text: String, trigger: String, cameo: String, cameoName: String? = nil, plover: String,
        quadClass: Int, goldstein: Double, source: ActorReference?, target: ActorReference?,
        date: EventDate, modality: Modality = .asserted, negated: Bool = false,
        attribution: ActorReference? = nil, location: Location? = nil, casualties: Casualties = Casualties(),
        quantities: [Quantity] = [], confidence: Double = 0.5, span: Span? = nil
    ) {
        self.id = id
        self.sentence = sentence
        self.text = text
        self.trigger = trigger
        self.cameo = cameo
        self.cameoName = cameoName
        self.plover = plover
        self.quadClass = quadClass
        self.goldstein = goldstein
        self.source = source
        self.target = target
        self.date = date
        self.modality = modality
        self.negated = negated
        self.attribution = attribution
        self.location = location
        self.casualties = casualties
        self.quantities = quantities
        self.confidence = confidence
        self.span = span
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(sentence, forKey: .sentence)
        try c.encode(text, forKey: .text)
        try c.encode(trigger, forKey: .trigger)
        try c.encode(cameo, forKey: .cameo)
        try c.encodeIfPresent(cameoName, forKey: .cameoName)
        try c.encode(plover, forKey: .plover)
        try c.encode(quadClass, forKey: .quadClass)
        try c.encode(goldstein, forKey: .goldstein)
        try c.encode(source, forKey: .source)
        try c.encode(target, forKey: .target)
        try c.encode(date, forKey: .date)
        try c.encode(modality, forKey: .modality)
        try c.encode(negated, forKey: .negated)
        try c.encode(attribution, forKey: .attribution)
        try c.encode(location, forKey: .location)
        try c.encode(casualties, forKey: .casualties)
        try c.encode(quantities, forKey: .quantities)
        try c.encode(confidence, forKey: .confidence)
        try c.encodeIfPresent(span, forKey: .span)
    }
}

/// The date of an event itself (not of the article), with its precision and
/// where it came from.
public struct EventDate: Codable, Sendable, Hashable {
    public var value: String?
    public var precision: DatePrecision?
    public var basis: DateBasis
    public var from: String?
    public var to: String?

    public init(value: String?, precision: DatePrecision?, basis: DateBasis, from: String? = nil, to: String? = nil) {
        self.value = value
        self.precision = precision
        self.basis = basis
        self.from = from
        self.to = to
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(value, forKey: .value)
        try c.encode(precision, forKey: .precision)
        try c.encode(basis, forKey: .basis)
        try c.encode(from, forKey: .from)
        try c.encode(to, forKey: .to)
    }
}

/// Where an event date came from.
public enum DateBasis: String, Codable, Sendable, Hashable {
    /// A time expression in the event's own sentence.
    case text
    /// A time expression in an earlier sentence that the event continues.
    case context
    /// No time expression: the publication date.
    case publication
    /// No time expression and no publication date.
    case unknown
}

/// The status of a reported action.
public enum Modality: String, Codable, Sendable, Hashable, CaseIterable {
    case asserted, planned, intended, alleged, denied, negated, hypothetical
}

/// Where an event took place, as specific as the text allows.
public struct Location: Codable, Sendable, Hashable {
    public var name: String
    public var country: String?
    /// `country`, `region` or `city`.
    public var precision: String
    public var lat: Double?
    public var lon: Double?

    public init(name: String, country: String?, precision: String, lat: Double?, lon: Double?) {
        self.name = name
        self.country = country
        self.precision = precision
        self.lat = lat
        self.lon = lon
    }
}

/// Counts of people killed, injured, arrested or displaced.
public struct Casualties: Codable, Sendable, Hashable {
    public var killed: Count?
    public var injured: Count?
    public var arrested: Count?
    public var displaced: Count?

    public init(killed: Count? = nil, injured: Count? = nil, arrested: Count? = nil, displaced: Count? = nil) {
        self.killed = killed
        self.injured = injured
        self.arrested = arrested
        self.displaced = displaced
    }

    public var isEmpty: Bool { killed == nil && injured == nil && arrested == nil && displaced == nil }
}

/// A number as the text gives it: "meer dan 30" = 30 `over`; "tientallen"
/// = no number, `dozens`.
public struct Count: Codable, Sendable, Hashable {
    public var count: Int?
    /// `exact`, `over`, `at-least`, `about`, `under`, `dozens`, `hundreds`, `thousands`, ...
    public var qualifier: String

    public init(count: Int?, qualifier: String) {
        self.count = count
        self.qualifier = qualifier
    }
}

/// A counted thing other than people: "twee vliegtuigen neergehaald".
public struct Quantity: Codable, Sendable, Hashable {
    public var count: Int?
    public var qualifier: String?
    public var noun: String
    /// What happened to it: `destroyed`, `fired`, `deployed`, ...
    public var what: String?

    public init(count: Int?, qualifier: String? = nil, noun: String, what: String?) {
        self.count = count
        self.qualifier = qualifier
        self.noun = noun
        self.what = what
    }
}
