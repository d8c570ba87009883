import KroniekCore
import KroniekPacks

/// Finds place names in a sentence (countries, regions, cities) with their
/// country and coordinates from the pack's gazetteer.
///
/// Reads: the sentence's tokens. Adds: `PlaceMention` values.
/// Names match longest first on folded token keys and must be capitalised in
/// the text. A name that is ambiguous goes to a country, then a region, then
/// the most populous city. "Noord-Syrië" (a compass prefix from the pack) is
/// a region of Syria; "Syrië-gezant" mentions Syria.
public struct PlaceResolver: Sendable {
    public let gazetteer: Gazetteer
    public let countries: CountryTable
    let grammar: LocativeGrammar

    public init(pack: LanguagePack) throws(PackError) {
        countries = try CountryTable(pack: pack)
        gazetteer = try Gazetteer(pack: pack, countries: countries)
        grammar = try LocativeGrammar(pack: pack)
    }

    public func places(in sentence: AnalyzedSentence) -> [PlaceMention] {
        let tokens = sentence.tokens
        var mentions: [PlaceMention] = []
        var lastEnd = -1
        var lastLocative = false
        var i = 0
        while i < tokens.count {
            guard let (place, length) = match(tokens, at: i) else {
                mentions += compoundMentions(tokens[i])
                i += 1
                continue
            }
            let listed = lastLocative && grammar.joinsList(tokens, from: lastEnd, to: i)
            let locative = listed || grammar.isLocative(tokens, before: i)
            mentions.append(
                PlaceMention(
                    location: place.location, start: tokens[i].start, end: tokens[i + length - 1].end,
                    isLocative: locative))
            lastEnd = i + length
            lastLocative = locative
            i += length
        }
        return mentions
    }

    /// The best place whose name starts at `tokens[start]`, longest name first.
    private func match(_ tokens: [Token], at start: Int) -> (Place, Int)? {
        guard tokens[start].isWord, tokens[start].isCapitalized else { return nil }
        let longest = gazetteer.startsLongerName(tokens[start].key) ? min(gazetteer.longestName, tokens.count - start) : 1
        for length in stride(from: longest, through: 1, by: -1) {
            let key = length == 1 ? tokens[start].key : tokens[start..<start + length].map(\.key).joined(separator: " ")
            let candidates = gazetteer.places(key: key).filter { accepts($0, tokens, start, length) }
            if let best = candidates.first { return (best, length) }
        }
        return nil
    }

    /// Rules against names that are something else here: stoplisted words,
    /// common words at the start of a sentence, and a city or region name
    /// inside a longer capitalised name ("Washington Post", "George Washington").
    private func accepts(_ place: Place, _ tokens: [Token], _ start: Int, _ length: Int) -> Bool {
        if length == 1 {
            let key = tokens[start].key
            if grammar.neverPlaces.contains(key) { return false }
            if grammar.notAtSentenceStart.contains(key), Self.startsSentence(tokens, at: start) { return false }
        }
        guard place.precision != .country else { return true }
        let end = start + length
        if end < tokens.count, tokens[end].isWord, tokens[end].isCapitalized, match(tokens, at: end) == nil {
            return false
        }
        if place.precision == .city, start > 0, tokens[start - 1].isWord, tokens[start - 1].isCapitalized,
            !Self.startsSentence(tokens, at: start - 1)
        {
            return false
        }
        return true
    }

    /// Places inside one hyphenated token that did not match as a whole:
    /// a compass prefix names a region ("Noord-Syrië", "Oost-Oekraïne"); a
    /// capitalised part names its place ("Syrië-gezant", "anti-Israël").
    private func compoundMentions(_ token: Token) -> [PlaceMention] {
        guard token.isWord, token.text.contains("-") else { return [] }
        let parts = token.text.split(separator: "-", omittingEmptySubsequences: false).map(String.init)
        var offset = token.start
        var found: [PlaceMention] = []
        for (index, part) in parts.enumerated() {
            defer { offset += part.utf16.count + 1 }
            guard part.first?.isUppercase == true else { continue }
            let rest = parts[index...].joined(separator: "-")
            guard let place = gazetteer.place(named: rest) ?? gazetteer.place(named: part),
                !grammar.neverPlaces.contains(Token.fold(part))
            else { continue }
            if index == 1, grammar.compass.contains(Token.fold(parts[0])) {
                var region = place
                region.name = token.text
                if region.precision == .country { region.precision = .region }
                return [PlaceMention(location: region.location, start: token.start, end: token.end, isLocative: false)]
            }
            let spansRest = gazetteer.place(named: rest) != nil
            let end = spansRest ? token.end : offset + part.utf16.count
            found.append(PlaceMention(location: place.location, start: offset, end: end, isLocative: false))
            if spansRest { break }
        }
        return found
    }

    /// Whether `tokens[index]` is the first word of the sentence or follows a
    /// colon or an opening quote, where every word is capitalised.
    static func startsSentence(_ tokens: [Token], at index: Int) -> Bool {
        guard index > 0 else { return true }
        let previous = tokens[index - 1]
        guard previous.isPunctuation else { return false }
        if ":“\"‘'„«‹([–—-".contains(previous.text) { return true }
        return tokens[..<index].allSatisfy(\.isPunctuation)
    }
}

/// A place named in a sentence.
public struct PlaceMention: Sendable, Hashable {
    public var location: Location
    public var start: Int
    public var end: Int
    /// Whether a locative preposition ("in", "bij", "nabij") introduces it:
    /// "in Idlib" says where something happens, "Turkije" alone may be an actor.
    public var isLocative: Bool

    public init(location: Location, start: Int, end: Int, isLocative: Bool) {
        self.location = location
        self.start = start
        self.end = end
        self.isLocative = isLocative
    }
}
