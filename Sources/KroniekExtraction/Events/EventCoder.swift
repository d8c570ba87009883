import Foundation
import KroniekCore
import KroniekPacks

/// Codes events: finds triggers from the pack's verb and noun patterns,
/// picks source and target actors, and fills in date, modality, location
/// and casualties.
///
/// A sentence may hold several events. A verb of saying is coded (root 01)
/// only when the sentence codes nothing else. An event whose sentence names
/// no agent takes the source of the article's previous event.
///
/// Reads: everything earlier stages added. Adds: `Event` values.
public struct EventCoder: Sendable {
    let patterns: EventPatterns
    let lemmatizer: Lemmatizer
    let words: WordClasses
    let codebook: CameoCodebook

    public init(pack: LanguagePack) throws(PackError) {
        patterns = try EventPatterns(pack: pack)
        lemmatizer = try Lemmatizer(pack: pack)
        words = try WordClasses(pack: pack)
        codebook = try CameoCodebook(pack: pack)
    }

    public func code(_ context: EventContext, articleID: String) -> [Event] {
        let finder = TriggerFinder(patterns: patterns, lemmatizer: lemmatizer, words: words)
        let roles = RoleFinder(words: words)
        var events: [Event] = []
        var lastSource: (actor: ActorReference, sentence: Int)?
        var dater = EventDater(anchor: context.anchor, words: words)
        var placer = EventPlacer()
        for sentence in context.sentences {
            let view = ClauseView(sentence, words: words)
            var found: [Event] = []
            let (casualties, quantities) = context.casualties.count(in: sentence)
            for trigger in finder.triggers(in: view) {
                guard let entry = codebook.entry(trigger.pattern.code) else { continue }
                let r = roles.roles(for: trigger, in: view)
                let span = triggerSpan(trigger, in: sentence)
                let assessment = context.modality.assess(trigger: span[0]..<span[1], in: sentence, anchor: context.anchor)
                let date = dater.date(for: trigger, in: view)
                let location = placer.location(in: sentence.index, places: context.places[sentence.index], paragraph: sentence.sentence.paragraph)
                for source in r.sources {
                    for target in r.targets {
                        var sourceRef = source?.reference
                        if sourceRef == nil, let last = lastSource, sentence.index - last.sentence <= 2 {
                            sourceRef = last.actor
                        }
                        if sourceRef?.code == target?.code { continue }
                        let root = Int(entry.root) ?? 0
                        var event = Event(
                            id: "", sentence: sentence.index, text: sentence.text,
                            trigger: trigger.tokens.map { sentence.tokens[$0].text }.joined(separator: " ... "),
                            cameo: entry.code.count < trigger.pattern.code.count ? trigger.pattern.code : entry.code,
                            cameoName: entry.name, plover: entry.plover, quadClass: entry.quadClass,
                            goldstein: entry.goldstein, source: sourceRef, target: target?.reference, date: date,
                            modality: assessment.modality, negated: assessment.negated,
                            attribution: assessment.attribution,
                            location: location ?? (root >= 14 ? target.flatMap { placer.countryLocation($0, places: context.places) } : nil),
                            casualties: root >= 14 ? casualties : Casualties(),
                            quantities: root >= 14 ? quantities : [], confidence: confidence(source: source, target: target),
                            span: span)
                        event.id = Self.id(articleID, sentence.index, events.count + found.count)
                        found.append(event)
                    }
                }
            }
            found = Self.dropSpeechWhenContentCoded(found, patterns: patterns)
            found = Self.dedupe(found)
            if let first = found.first(where: { $0.source != nil && !$0.cameo.hasPrefix("01") }) ?? found.first(where: { $0.source != nil }) {
                lastSource = (first.source!, sentence.index)
            }
            placer.remember(sentence.index, places: context.places[sentence.index], paragraph: sentence.sentence.paragraph)
            events += found
        }
        return events
    }

    private func triggerSpan(_ trigger: Trigger, in sentence: AnalyzedSentence) -> [Int] {
        let head = sentence.tokens[trigger.token]
        return [head.start, head.end]
    }

    private func confidence(source: Actor?, target: Actor?) -> Double {
        switch (source != nil, target != nil) {
        case (true, true): return 0.7
        case (true, false): return 0.6
        default: return 0.4
        }
    }

    /// "X zegt dat ...": the saying is an event only when nothing else in the
    /// sentence is.
    static func dropSpeechWhenContentCoded(_ events: [Event], patterns: EventPatterns) -> [Event] {
        let content = events.filter { !$0.cameo.hasPrefix("01") }
        return content.isEmpty ? events : content
    }

    /// One event per root, source and target in a sentence.
    static func dedupe(_ events: [Event]) -> [Event] {
        var seen: Set<String> = []
        return events.filter { e in
            seen.insert("\(e.cameo.prefix(2))|\(e.source?.code ?? "")|\(e.target?.code ?? "")").inserted
        }
    }

    static func id(_ article: String, _ sentence: Int, _ n: Int) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in article.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x100_0000_01b3
        }
        return String(hash, radix: 16) + "-\(sentence)-\(n)"
    }
}
