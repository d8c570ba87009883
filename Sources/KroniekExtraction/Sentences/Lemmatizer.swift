import KroniekPacks

/// Maps inflected word forms to their lemmas ("kondigde" → "kondigen",
/// "getrokken" → "trekken"), from the pack's lemma tables.
///
/// A form absent from the tables is its own lemma.
public struct Lemmatizer: Sendable {
    private let lemmas: [String: [String]]
    /// Every lemma the tables name: the verbs the language has.
    private let known: Set<String>

    public init(pack: LanguagePack) throws(PackError) {
        var table: [String: [String]] = [:]
        // Folding is slow; the table is lower case, so only forms with diacritics need it.
        func fold(_ text: String) -> String { text.utf8.allSatisfy { $0 < 0x80 } ? text : Token.fold(text) }
        table.reserveCapacity(100_000)
        for row in try pack.rows("lemmas-verbs.tsv") {
            table[fold(row[0]), default: []] += row[1].split(separator: ",").map { fold(String($0)) }
        }
        lemmas = table
        known = Set(table.values.joined())
    }

    /// Whether the folded form is an inflected form of a verb in the tables.
    public func isInflectedVerb(_ key: String) -> Bool {
        lemmas[key] != nil
    }

    /// Whether `lemma` is a verb the tables know ("oversteken").
    public func isKnownLemma(_ lemma: String) -> Bool {
        known.contains(lemma)
    }

    /// The lemmas of a folded form, the form itself first.
    public func lemmas(of key: String) -> [String] {
        [key] + (lemmas[key] ?? [])
    }
}
