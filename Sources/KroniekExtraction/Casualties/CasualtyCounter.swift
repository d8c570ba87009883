import KroniekCore
import KroniekPacks

/// Reads counts of killed, injured, arrested and displaced people, and of
/// destroyed or fired equipment, with their qualifiers.
///
/// Reads: the sentence's tokens. Adds: `Casualties` and `Quantity` values.
public struct CasualtyCounter: Sendable {
    public init(pack: LanguagePack) throws(PackError) {}

    public func count(in sentence: AnalyzedSentence) -> (casualties: Casualties, quantities: [Quantity]) {
        (Casualties(), [])
    }
}
