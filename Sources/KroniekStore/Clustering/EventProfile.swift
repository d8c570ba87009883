import KroniekCore

/// What the same-event rule reads of one item, computed once: its family,
/// the country prefixes of its actors, and the days it may have happened on.
struct EventProfile: Sendable {
    let item: ClusterItem
    let family: String
    let symmetric: Bool
    let source: String?
    let target: String?
    /// The days the date names, as written (for cluster date ranges).
    let nominal: DayRange?
    /// The days the event may have happened on, widened for dates taken
    /// from the publication (report lag, or ahead for planned events).
    let window: DayRange?
    let negated: Bool

    init(_ item: ClusterItem, options: ClusteringOptions) {
        self.item = item
        let event = item.event
        family = options.family(ofCameo: event.cameo)
        symmetric = options.symmetricFamilies.contains(family)
        source = event.source.flatMap(EventProfile.prefix)
        target = event.target.flatMap(EventProfile.prefix)
        negated = event.negated || event.modality == .negated
        let nominal = EventProfile.range(of: event.date, published: item.publicationDay)
        self.nominal = nominal
        window = EventProfile.window(nominal, event: event, published: item.publicationDay, options: options)
    }

    var event: Event { item.event }
    var isDatedByPublication: Bool { event.date.basis == .publication || event.date.basis == .unknown }
    /// Dated to a day by the text, or by the publication.
    var isDayOrPublication: Bool { isDatedByPublication || event.date.precision == .day }

    /// Country prefixes of both actors, the keys candidates are found by.
    var countries: Set<String> { Set([source, target].compactMap { $0 }) }

    /// Both actors known and the date a day named in the text: such mentions
    /// found clusters; vaguer ones join a cluster only when it is the one
    /// they fit (see `ClusterBuilder`).
    var isAnchor: Bool {
        source != nil && target != nil && event.date.precision == .day && !isDatedByPublication
    }

    /// Lower is more specific: a text date by its precision, then dates from
    /// the publication, then none.
    var dateSpecificity: Int {
        let precision =
            event.date.precision.flatMap { DatePrecision.allCases.firstIndex(of: $0) } ?? DatePrecision.allCases.count
        switch event.date.basis {
        case .text, .context: return precision
        case .publication: return 10 + precision
        case .unknown: return 20
        }
    }

    /// The country (or IGO/NGO) part of an actor code: `TURGOV` -> `TUR`,
    /// `IGONAT` -> `IGONAT`.
    static func prefix(_ actor: ActorReference) -> String? {
        if let country = actor.country, !country.isEmpty { return country.uppercased() }
        let code = actor.code.uppercased()
        guard !code.isEmpty else { return nil }
        if code.hasPrefix("IGO") || code.hasPrefix("NGO") { return code }
        return String(code.prefix(3))
    }

    /// The days `date` names: `from`/`to` bound it when given (an open
    /// `from` runs to the publication day), else its value. The value of a
    /// range is only its best single value ("de afgelopen dagen" is valued
    /// as the publication month but covers the last days), so a range does
    /// not stretch to it.
    static func range(of date: EventDate, published: Day?) -> DayRange? {
        let value = date.value.flatMap(DayRange.init(timex:))
        let from = date.from.flatMap(DayRange.init(timex:))
        let to = date.to.flatMap(DayRange.init(timex:))
        guard let start = from ?? (to != nil ? value : nil) else { return value }
        let end = to ?? published.map(DayRange.init) ?? value ?? start
        return start.union(end)
    }

    static func window(_ nominal: DayRange?, event: Event, published: Day?, options: ClusteringOptions) -> DayRange? {
        guard event.date.basis == .publication || event.date.basis == .unknown else { return nominal }
        guard let anchor = published.map(DayRange.init) ?? nominal else { return nil }
        switch event.modality {
        case .planned:
            return DayRange(lower: anchor.lower, upper: anchor.upper + options.plannedHorizon)
        default:
            return DayRange(lower: anchor.lower - options.publicationLag, upper: anchor.upper)
        }
    }
}
