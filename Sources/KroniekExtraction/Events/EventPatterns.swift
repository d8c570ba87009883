import KroniekPacks

/// One line of `events.tsv`: a trigger (verb lemma, noun forms or a noun
/// suffix), words that must appear in the same clause, the CAMEO code it
/// reports and how its actors are found.
public struct EventPattern: Sendable, Hashable {
    public var code: String
    /// The trigger as written in the pack, for messages and output.
    public var trigger: String
    /// Words (lemmas or forms) that must also occur in the clause.
    public var companions: [String]
    /// Prepositions that introduce the target ("tegen", "op"); empty: the object.
    public var targetPrepositions: [String]
    public var flags: Set<Flag>

    public enum Flag: String, Sendable, Hashable {
        /// Two parties act on each other ("ontmoeten elkaar", "A en B sluiten een akkoord").
        case symmetric
        /// A verb of saying: dropped when the sentence codes what is said.
        case speech
        /// The pattern has no target.
        case notarget
        /// The target is blamed for the violence the sentence reports ("toeschrijven aan").
        case blame
        /// The subject is the victim, not the agent ("omkomen", "sneuvelen").
        case victim
    }
}

/// The event patterns of a pack (`events.tsv`), indexed for lookup by lemma,
/// by word form and by noun suffix.
///
/// Columns: `code<TAB>trigger<TAB>target prepositions<TAB>flags`. The
/// trigger is `head [companion ...]`; a head is a verb infinitive (matched
/// through the lemma table, separable particles included: "aankondigen"
/// matches "kondigde ... aan"), noun forms separated by `|`
/// ("luchtaanval|luchtaanvallen"), or a suffix after `~` ("~aanval" matches
/// "raketaanval").
public struct EventPatterns: Sendable {
    private(set) var byHead: [String: [EventPattern]] = [:]
    private(set) var suffixes: [(suffix: String, pattern: EventPattern)] = []

    public init(pack: LanguagePack) throws(PackError) {
        try self.init(rows: pack.rows("events.tsv")) { code in
            (2...4).contains(code.count) && code.allSatisfy(\.isNumber) ? nil : "'\(code)' is not a CAMEO code"
        }
    }

    /// Patterns from rows of the `events.tsv` shape whose first column is
    /// checked by `validate` (nil: fine, else the reason it is not).
    init(rows: [PackRow], validate: (String) -> String?) throws(PackError) {
        for row in rows {
            try row.require(2)
            let code = row[0]
            if let reason = validate(code) { throw row.error(reason) }
            let words = row[1].split(separator: " ").map { Token.fold(String($0)) }
            guard let head = words.first else { throw row.error("empty trigger") }
            let headForms = Set(head.split(separator: "|").map(String.init))
            if words.dropFirst().contains(where: headForms.contains) {
                // "staatsgreep|coup|militaire staatsgreep" reads as heads with the companion "staatsgreep".
                throw row.error("a companion repeats a head form; write a multi-word alternative as a row of its own")
            }
            var flags = Set<EventPattern.Flag>()
            for name in row[3].split(separator: ",") {
                guard let flag = EventPattern.Flag(rawValue: String(name)) else {
                    throw row.error("unknown flag '\(name)'")
                }
                flags.insert(flag)
            }
            let pattern = EventPattern(
                code: code, trigger: row[1], companions: Array(words.dropFirst()),
                targetPrepositions: row[2].split(separator: "|").map(String.init).filter { $0 != "-" },
                flags: flags)
            for form in head.split(separator: "|") {
                if form.hasPrefix("~") {
                    suffixes.append((String(form.dropFirst()), pattern))
                } else {
                    byHead[String(form), default: []].append(pattern)
                }
            }
        }
        suffixes.sort { $0.suffix.count > $1.suffix.count }
    }

    /// Patterns whose head is one of `lemmas`.
    func patterns(forLemmas lemmas: [String]) -> [EventPattern] {
        lemmas.flatMap { byHead[$0] ?? [] }
    }

    /// Patterns whose suffix head ends the word `key` (longest suffix first).
    func patterns(forSuffixOf key: String) -> [EventPattern] {
        // Compared as bytes (keys are folded): asked for every word of every sentence.
        let bytes = key.utf8
        guard
            let best = suffixes.first(where: { entry in
                bytes.count > entry.suffix.utf8.count && bytes.reversed().starts(with: entry.suffix.utf8.reversed())
            })
        else { return [] }
        return suffixes.filter { $0.suffix == best.suffix }.map(\.pattern)
    }
}
