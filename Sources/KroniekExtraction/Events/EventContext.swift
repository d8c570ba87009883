import KroniekCore

/// What the event coder works on: the analysed sentences of one article and
/// the stages it consults per event.
public struct EventContext: Sendable {
    public var sentences: [AnalyzedSentence]
    public var places: [[PlaceMention]]
    public var anchor: Day?
    public var modality: ModalityAssessor
    public var casualties: CasualtyCounter
    /// For the tense of a trigger's clause.
    public var time: TimeTagger
    public var countries: CountryTable
    /// The pack's language, for place names.
    public var language: String
}
