import KroniekCore

/// Where a role, body or group named without a country belongs: the scene
/// of the sentence ("In Bamako grepen de militairen de macht": MLI), the
/// body it points back to, or the article's main country.
extension MentionComposer {
    /// The country of a role, body or group named without one ("de
    /// militairen", "het leger", "de premier"), first found of:
    /// 1. a place it comes from ("militairen uit Armenië");
    /// 2. the nearest actor or place before it in the sentence;
    /// 3. with a definite article, the last actor of the same sector ("het
    ///    leger" after "het Israëlische leger");
    /// 4. the nearest actor or place in the sentence before;
    /// 5. the country the article names most.
    func sceneCountry(for range: Range<Int>, sector: String?) -> String? {
        if let origin = originPlace(after: range.upperBound) { return origin }
        if let nearest = scene(before: tokens[range.lowerBound].start).last { return nearest }
        if let sector, range.lowerBound > 0, lexicon.words.contains(tokens[range.lowerBound - 1].key, .definite),
            let earlier = memory.lastActor(ofSector: sector)?.country
        {
            return earlier
        }
        return memory.previousScene.last ?? memory.topicCountry
    }

    /// Countries of the actors and places that start before the UTF-16
    /// `offset` in this sentence, in text order. News media ("persbureau
    /// Reuters") report rather than take part, a reference to two countries
    /// ("beide landen") names no one country, and a mention whose country
    /// came from the context adds nothing: none of them counts.
    func scene(before offset: Int) -> [String] {
        let actors = result.enumerated().compactMap { index, mention -> (Int, String)? in
            guard let start = mention.span?.first, start < offset, let country = mention.actor.country,
                !inferred.contains(index),
                !mention.actor.sectors.contains(Self.mediaSector),
                !result.contains(where: { $0.span == mention.span && $0.actor.country != country })
            else { return nil }
            return (start, country)
        }
        let located = places.compactMap { place -> (Int, String)? in
            guard place.start < offset, let country = place.location.country else { return nil }
            return (place.start, country)
        }
        return (actors + located).sorted { $0.0 < $1.0 }.map(\.1)
    }

    /// The CAMEO sector of news media.
    static var mediaSector: String { "MED" }

    /// The country of a place right after a noun, joined by a word of origin
    /// (`origin-words.tsv`), with an optional article: "militairen uit Armenië".
    func originPlace(after end: Int) -> String? {
        guard end < tokens.count, lexicon.originWords.contains(tokens[end].key) else { return nil }
        var i = end + 1
        if i < tokens.count, lexicon.isDeterminer(tokens[i].key) { i += 1 }
        guard i < tokens.count else { return nil }
        return places.first { $0.start == tokens[i].start }?.location.country
    }

    /// Whether the mention starting at token `start` follows a locative
    /// preposition ("in Syrië", "naar de VS"): the place of an event rather
    /// than a party to it.
    func isPlaceLike(at start: Int) -> Bool {
        var i = start - 1
        if i >= 0, lexicon.isDeterminer(tokens[i].key) { i -= 1 }
        return i >= 0 && lexicon.words.contains(tokens[i].key, .locative)
    }
}
