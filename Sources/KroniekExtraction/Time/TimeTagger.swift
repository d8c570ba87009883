import KroniekCore
import KroniekPacks

/// Finds time expressions in a sentence and resolves them against the
/// publication date (TIMEX3 values with precision).
///
/// Reads: the sentence's tokens. Adds: `Timex` values.
public struct TimeTagger: Sendable {
    public init(pack: LanguagePack) throws(PackError) {}

    /// Time expressions of `sentence`, resolved against `anchor` (the
    /// publication day) when there is one.
    public func tag(_ sentence: AnalyzedSentence, anchor: Day?) -> [Timex] {
        []
    }
}
