import KroniekPacks

/// Closed-class words of the language by grammatical role (determiners,
/// prepositions, auxiliaries, separable particles ...), from
/// `word-classes.tsv`.
///
/// The engine asks roles ("is this a passive auxiliary?"), never words.
public struct WordClasses: Sendable {
    /// The classes of each word, one bit per `WordClass` case: asked for
    /// every token many times, so one hash lookup and a mask answer it.
    private var classes: [String: UInt64] = [:]
    private var byClass: [String: [String]] = [:]

    public init(pack: LanguagePack) throws(PackError) {
        for row in try pack.rows("word-classes.tsv") {
            try row.require(2)
            let word = Token.fold(row[0])
            for name in row[1].split(separator: ",") {
                if let wordClass = WordClass(rawValue: String(name)) { classes[word, default: 0] |= wordClass.bit }
                byClass[String(name), default: []].append(word)
            }
        }
    }

    /// The folded words of a class, in pack order.
    public func members(of wordClass: WordClass) -> [String] {
        byClass[wordClass.rawValue] ?? []
    }

    /// Whether the folded `key` belongs to `wordClass`.
    public func contains(_ key: String, _ wordClass: WordClass) -> Bool {
        (classes[key] ?? 0) & wordClass.bit != 0
    }
}

extension WordClass {
    /// This class's bit in a word's mask.
    fileprivate var bit: UInt64 { 1 << UInt64(Self.allCases.firstIndex(of: self)!) }
}

/// The roles `word-classes.tsv` may give a word.
public enum WordClass: String, Sendable, CaseIterable {
    case determiner
    /// Definite determiner or possessive ("de", "het", "deze", "zijn"): a noun after it names something known.
    case definite
    /// "van" in "de president van Rusland".
    case of
    case coordinator
    case preposition
    /// Introduces a subordinate clause ("dat", "omdat", "nadat").
    case subordinator
    /// Relative pronoun ("die", "dat" after a noun, "waarbij").
    case relative
    /// Separable verb particle ("aan" in "kondigde ... aan").
    case particle
    /// Auxiliary of the passive ("werd", "worden").
    case passive
    /// Auxiliary of the perfect ("heeft", "zijn").
    case perfect
    /// Introduces the agent of a passive ("door").
    case agent
    /// Infinitive marker ("te").
    case infinitive
    /// Opens an infinitive clause ("om" in "om de stad te veroveren").
    case infinitiveOpener = "infinitive-opener"
    /// Verb (infinitive) whose perfect with "zijn" is active, not passive ("is begonnen").
    case activePerfect = "active-perfect"
    /// Verb (infinitive) of beginning or resuming ("beginnen", "hervatten"): a definite event noun with it is reported anew.
    case aspectual
    /// Reciprocal object ("elkaar"): the subjects act on each other.
    case reciprocal
    /// Reflexive object ("zich").
    case reflexive
    /// Pronoun that can be a subject ("hij", "zij", "het").
    case pronoun
    /// Prefix of past participles ("ge" in "gedood").
    case participlePrefix = "participle-prefix"
    /// Verb prefix that never separates and takes no participle prefix ("ver" in "verworpen").
    case inseparablePrefix = "inseparable-prefix"
    /// Word that ties a sentence to the one before ("daarbij"): its event takes the earlier date.
    case anaphor
    /// Ending of an inflected adjective ("-e" in "de Amerikaanse aanval"); matched as a suffix.
    case adjectiveEnding = "adjective-ending"
    /// Preposition of place ("in", "naar"): a capital after it is a place, not its government.
    case locative
    /// Adverb that points back to a place named before ("er", "daar").
    case locativeAnaphor = "locative-anaphor"
    /// Sentence-level negation ("niet", "geen").
    case negation
    /// A word that makes the preposition before it "among others" ("onder
    /// anderen", "onder meer"): the phrase governs nothing.
    case inclusive
}
