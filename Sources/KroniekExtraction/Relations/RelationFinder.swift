import KroniekCore
import KroniekPacks

/// Finds standing relations between actors ("X is een bondgenoot van Y",
/// "X steunt Y" as a state).
///
/// Reads: tokens and mentions. Adds: `Relation` values.
public struct RelationFinder: Sendable {
    public init(pack: LanguagePack) throws(PackError) {}

    public func relations(in sentences: [AnalyzedSentence]) -> [Relation] {
        []
    }
}
