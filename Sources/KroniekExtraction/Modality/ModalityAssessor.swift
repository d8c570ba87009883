import KroniekCore
import KroniekPacks

/// Decides the status of a reported action (asserted, planned, intended,
/// alleged, denied, negated, hypothetical) and who vouches for it.
///
/// Reads: tokens, mentions and timexes of the sentence, the trigger's span.
/// Adds: modality, negation and attribution on an event.
public struct ModalityAssessor: Sendable {
    public init(pack: LanguagePack) throws(PackError) {}

    public func assess(trigger: Range<Int>, in sentence: AnalyzedSentence, anchor: Day?) -> Assessment {
        Assessment(modality: .asserted, negated: false, attribution: nil)
    }

    /// The verdict for one event.
    public struct Assessment: Sendable, Hashable {
        public var modality: Modality
        public var negated: Bool
        public var attribution: ActorReference?

        public init(modality: Modality, negated: Bool, attribution: ActorReference?) {
            self.modality = modality
            self.negated = negated
            self.attribution = attribution
        }
    }
}
