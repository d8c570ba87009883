import KroniekCore
import KroniekPacks

/// Codes events: finds triggers from the pack's verb and noun patterns,
/// picks source and target actors, and fills in date, modality, location
/// and casualties.
///
/// Reads: everything earlier stages added. Adds: `Event` values.
public struct EventCoder: Sendable {
    public init(pack: LanguagePack) throws(PackError) {}

    public func code(_ context: EventContext, articleID: String) -> [Event] {
        []
    }
}
