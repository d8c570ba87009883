import KroniekCore
import KroniekPacks

/// Decides the status of a reported action (asserted, planned, intended,
/// alleged, denied, negated, hypothetical) and who vouches for it.
///
/// The coding guide codes a planned, alleged or denied action with the code
/// of the action itself, so the event coder needs the status apart from the
/// trigger. Cues come from `modality-cues.tsv`, each with a scope (the
/// trigger's clause, before or after it, or the whole sentence; clauses as
/// `ClauseDivider` cuts them). Without a cue, a time expression in the
/// trigger's clause that starts after the publication day makes the action
/// `planned` ("trekt donderdag naar Rusland" in an article of Monday).
/// The party that vouches for the report ("volgens X", "aldus X") comes from
/// `modality-attribution.tsv` and the sentence's actor mentions.
///
/// Reads: tokens, mentions and timexes of the sentence, the trigger's span.
/// Adds: modality, negation and attribution on an event.
public struct ModalityAssessor: Sendable {
    struct Cue: Sendable, Hashable {
        var pattern: WordPattern
        var modality: Modality
        var scope: Scope
    }

    enum Scope: String, Sendable, Hashable {
        case clause, sentence, before, after
        case clauseBefore = "clause-before"
    }

    let cues: [Cue]
    let attributionPhrases: [WordPattern]
    let clauses: ClauseDivider

    /// Which modality wins when several cues reach one trigger.
    static let precedence: [Modality] = [.denied, .negated, .hypothetical, .alleged, .intended, .planned]

    public init(pack: LanguagePack) throws(PackError) {
        var cues: [Cue] = []
        for row in try pack.rows("modality-cues.tsv") {
            try row.require(3)
            guard let modality = Modality(rawValue: row[1]) else {
                throw row.error("unknown modality '\(row[1])'")
            }
            guard let scope = Scope(rawValue: row[2]) else {
                throw row.error("unknown scope '\(row[2])' (clause, clause-before, before, after, sentence)")
            }
            cues.append(Cue(pattern: try WordPattern(cell: row[0], row: row), modality: modality, scope: scope))
        }
        var phrases: [WordPattern] = []
        for row in try pack.rows("modality-attribution.tsv") {
            phrases.append(try WordPattern(cell: row[0], row: row))
        }
        self.cues = cues
        self.attributionPhrases = phrases
        self.clauses = try ClauseDivider(pack: pack)
    }

    /// The status of the action whose trigger covers the UTF-16 offsets
    /// `trigger` of `sentence`, judged against `anchor`, the publication day.
    public func assess(trigger: Range<Int>, in sentence: AnalyzedSentence, anchor: Day?) -> Assessment {
        let tokens = sentence.tokens
        let covered = tokens.indices.filter { tokens[$0].end > trigger.lowerBound && tokens[$0].start < trigger.upperBound }
        guard let first = covered.first, let last = covered.last else {
            return Assessment(modality: .asserted, negated: false, attribution: attribution(in: sentence))
        }
        let clause = clauses.clause(covering: first, last, in: tokens)
        let found = cueMatches(in: tokens, trigger: first...last, clause: clause)
        let modalities = Set(found.map(\.value))
        var modality = Self.precedence.first { modalities.contains($0) } ?? .asserted
        if modality == .asserted, let anchor, startsAfter(anchor, timexesIn: clause, of: sentence) {
            modality = .planned
        }
        let negated = modalities.contains(.negated) || modalities.contains(.denied)
        return Assessment(modality: modality, negated: negated, attribution: attribution(in: sentence))
    }

    /// Cue matches that reach the trigger, overlaps settled longest first.
    private func cueMatches(in tokens: [Token], trigger: ClosedRange<Int>, clause: Range<Int>) -> [(
        span: ClosedRange<Int>, value: Modality
    )] {
        var found: [(span: ClosedRange<Int>, weight: Int, value: Modality)] = []
        let present = Set(tokens.map(\.key))
        for cue in cues where cue.pattern.mayMatch(in: present) {
            let range = cue.scope == .clause || cue.scope == .clauseBefore ? clause : 0..<tokens.count
            // A cue that is the trigger itself ("beschuldigd van" for an accusation) qualifies other acts, not this one.
            for span in cue.pattern.matches(in: tokens, within: range) where reaches(cue.scope, span, trigger) && !span.overlaps(trigger) {
                found.append((span, cue.pattern.weight, cue.modality))
            }
        }
        return nonOverlapping(found).filter { $0.value != .asserted }
    }

    private func reaches(_ scope: Scope, _ span: ClosedRange<Int>, _ trigger: ClosedRange<Int>) -> Bool {
        switch scope {
        case .clause, .sentence: return true
        case .clauseBefore, .before: return span.lowerBound < trigger.lowerBound
        case .after: return span.upperBound > trigger.upperBound
        }
    }

    /// Whether a resolved time expression in the clause starts after `anchor`.
    private func startsAfter(_ anchor: Day, timexesIn clause: Range<Int>, of sentence: AnalyzedSentence) -> Bool {
        let tokens = sentence.tokens
        guard clause.lowerBound < clause.upperBound else { return false }
        let lower = tokens[clause.lowerBound].start
        let upper = tokens[clause.upperBound - 1].end
        return sentence.timexes.contains { timex in
            guard let span = sentence.span(of: timex), span.lowerBound < upper, span.upperBound > lower,
                let start = Day(timexStart: timex.value ?? "")
            else { return false }
            return start > anchor
        }
    }

    /// The actor named right after an attribution phrase ("volgens X").
    private func attribution(in sentence: AnalyzedSentence) -> ActorReference? {
        let tokens = sentence.tokens
        let present = Set(tokens.map(\.key))
        for phrase in attributionPhrases where phrase.mayMatch(in: present) {
            for span in phrase.matches(in: tokens, within: 0..<tokens.count) {
                let after = tokens[span.upperBound].end
                let limit = span.upperBound + 4 < tokens.count ? tokens[span.upperBound + 4].start : Int.max
                let mention = sentence.mentions
                    .compactMap { m in sentence.span(of: m).map { (m, $0.lowerBound) } }
                    .filter { $0.1 >= after && $0.1 <= limit }
                    .min { $0.1 < $1.1 }?.0
                if let mention { return mention.actor.reference }
            }
        }
        return nil
    }

    /// The verdict for one event.
    public struct Assessment: Sendable, Hashable {
        public var modality: Modality
        public var negated: Bool
        public var attribution: ActorReference?

        public init(modality: Modality, negated: Bool, attribution: ActorReference?) {
            self.modality = modality
            self.negated = negated
            self.attribution = attribution
        }
    }
}
