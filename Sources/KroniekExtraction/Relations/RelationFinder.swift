import KroniekCore
import KroniekPacks

/// Finds standing relations between actors ("X is een bondgenoot van Y",
/// "X steunt Y" as a state): `ally`, `supports`, `opposes`, `member-of`,
/// `cooperates`.
///
/// Patterns come from `relations.tsv`, in the shape of `events.tsv` with a
/// relation type in the first column; actors are picked as for events.
///
/// Reads: tokens and mentions. Adds: `Relation` values.
public struct RelationFinder: Sendable {
    static let types: Set<String> = ["ally", "supports", "opposes", "member-of", "cooperates"]
    let patterns: EventPatterns
    let lemmatizer: Lemmatizer
    let words: WordClasses

    public init(pack: LanguagePack) throws(PackError) {
        try self.init(pack: pack, lemmatizer: Lemmatizer(pack: pack))
    }

    /// Shares a lemmatizer already built from the same pack.
    public init(pack: LanguagePack, lemmatizer: Lemmatizer) throws(PackError) {
        patterns = try EventPatterns(rows: pack.rows("relations.tsv")) { type in
            Self.types.contains(type) ? nil : "unknown relation type '\(type)' (\(Self.types.sorted().joined(separator: ", ")))"
        }
        self.lemmatizer = lemmatizer
        words = try WordClasses(pack: pack)
    }

    public func relations(in sentences: [AnalyzedSentence]) -> [Relation] {
        let finder = TriggerFinder(patterns: patterns, lemmatizer: lemmatizer, words: words)
        let roles = RoleFinder(words: words, lemmatizer: lemmatizer)
        var found: [Relation] = []
        // A relation joins two actors the sentence names.
        for sentence in sentences where sentence.mentions.count >= 2 {
            let view = ClauseView(sentence, words: words, lemmatizer: lemmatizer)
            for trigger in finder.triggers(in: view) {
                let r = roles.roles(for: trigger, in: view)
                for case let source? in r.sources {
                    for case let target? in r.targets where target.code != source.code {
                        let relation = Relation(sentence: sentence.index, type: trigger.pattern.code, source: source.reference, target: target.reference)
                        if !found.contains(relation) { found.append(relation) }
                    }
                }
            }
        }
        return found
    }
}
