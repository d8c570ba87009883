import KroniekCore
import KroniekPacks

/// Recognises actors: countries, capitals used for governments,
/// institutions, international bodies and named people with their role at
/// the article's date.
///
/// Reads: tokens. Adds: `Mention` values on each sentence.
public struct ActorRecognizer: Sendable {
    public init(pack: LanguagePack) throws(PackError) {}

    public func recognize(_ sentences: [AnalyzedSentence], on day: Day?) -> [AnalyzedSentence] {
        sentences
    }
}
