/// The filters of `kroniek events`, `timeline` and `export`; nil filters
/// pass everything.
///
/// Actor and CAMEO filters are prefixes (`TUR` matches `TURGOV`, `19`
/// matches `190` and `1951`); `from`/`to` compare event dates, not
/// publication dates, and keep an event whose date interval overlaps them.
public struct EventQuery: Sendable, Hashable {
    /// Source or target code prefix.
    public var actor: String?
    public var source: String?
    public var target: String?
    public var cameo: String?
    public var plover: String?
    /// First day (`YYYY-MM-DD`, or a coarser ISO value) of the range.
    public var from: String?
    /// Last day of the range (a coarser value counts to its end).
    public var to: String?
    /// A substring of the place name, or a place country code.
    public var place: String?
    public var modality: String?
    public var minKilled: Int?
    /// A substring of the event's sentence.
    public var text: String?
    public var limit: Int?
    /// Only events after this one in the store's order (keyset paging).
    public var after: EventCursor?

    public init(
        actor: String? = nil, source: String? = nil, target: String? = nil, cameo: String? = nil, plover: String? = nil,
        from: String? = nil, to: String? = nil, place: String? = nil, modality: String? = nil, minKilled: Int? = nil,
        text: String? = nil, limit: Int? = nil, after: EventCursor? = nil
    ) {
        self.actor = actor
        self.source = source
        self.target = target
        self.cameo = cameo
        self.plover = plover
        self.from = from
        self.to = to
        self.place = place
        self.modality = modality
        self.minKilled = minKilled
        self.text = text
        self.limit = limit
        self.after = after
    }
}
