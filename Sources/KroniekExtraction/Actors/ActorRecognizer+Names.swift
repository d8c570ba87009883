import KroniekCore

/// Names the pack does not list as written: genitives ("Poetins"),
/// compounds ("VN-gezant"), names the article introduced, unknown acronyms,
/// and personal names next to a role noun.
extension ActorRecognizer {
    /// A piece for words the phrase table does not match as they stand.
    func unlistedPiece(_ tokens: [Token], at i: Int, on day: Day?, memory: Discourse) -> Placed? {
        if let compound = compoundPiece(tokens[i], on: day) {
            return Placed(piece: compound.piece, start: i, end: i + 1, takesName: compound.takesName)
        }
        if let (actor, length) = memory.name(in: tokens, at: i) {
            return Placed(piece: .remembered(actor), start: i, end: i + length)
        }
        if isUnknownAcronym(tokens, at: i) {
            return Placed(piece: .acronym, start: i, end: i + 1)
        }
        return nil
    }

    /// A person's name in the genitive: "Poetins", "Ruttes", "Suu Kyi's".
    /// Only people, and names the article introduced, are read this way.
    func genitivePiece(_ tokens: [Token], at i: Int, on day: Day?, memory: Discourse) -> Placed? {
        guard tokens[i].isCapitalized else { return nil }
        for length in stride(from: min(4, tokens.count - i), through: 1, by: -1) {
            guard let stem = Self.genitiveStem(tokens[i + length - 1]) else { continue }
            let trial = Array(tokens[i..<(i + length - 1)]) + [stem]
            let people = lexicon.table.matches(in: trial, at: 0).first { match in
                guard match.length == length, case .actor(let rows) = match.value else { return false }
                return rows.allSatisfy { $0.kind == "person" }
            }
            if let people, case .actor(let rows) = people.value {
                let owner = ActorRecognizer.choose(rows, on: day).actor
                return Placed(piece: people.value, start: i, end: i + length, owner: owner)
            }
            if let (actor, found) = memory.name(in: trial, at: 0), found == length {
                return Placed(piece: .remembered(actor), start: i, end: i + length, owner: actor)
            }
        }
        return nil
    }

    /// The name without its genitive ending: "Poetins" → "Poetin",
    /// "Kyi's" → "Kyi"; nil for words that cannot be a genitive name.
    static func genitiveStem(_ token: Token) -> Token? {
        guard token.isWord, token.isCapitalized, token.text.count >= 4 else { return nil }
        var stem = token.text
        if stem.hasSuffix("'s") || stem.hasSuffix("\u{2019}s") {
            stem.removeLast(2)
        } else if stem.hasSuffix("s") {
            stem.removeLast()
        } else {
            return nil
        }
        return Token(text: stem, start: token.start, end: token.start + stem.utf16.count, kind: .word)
    }

    /// An acronym after a definite article that no pack row names ("het
    /// TPLF"): a group of the article's country (a domestic movement, party
    /// or agency, as such acronyms mostly are).
    func isUnknownAcronym(_ tokens: [Token], at i: Int) -> Bool {
        let token = tokens[i]
        guard i > 0, token.isWord, lexicon.words.contains(tokens[i - 1].key, .definite),
            (2...6).contains(token.text.count), token.text.allSatisfy({ $0.isUppercase || $0.isNumber }),
            token.text.contains(where: \.isLetter), !Self.isCutShort(tokens, at: i + 1)
        else { return false }
        return true
    }

    /// A hyphenated compound whose first part names an actor: "VN-gezant"
    /// (IGOUNO), "Kremlin-woordvoerder" (RUSGOV), "Hamas-leider"; a country
    /// with a sector noun after the hyphen takes that sector ("VS-ambassadeur").
    /// A role noun after the hyphen lets a personal name follow.
    func compoundPiece(_ token: Token, on day: Day?) -> (piece: ActorPiece, takesName: Bool)? {
        guard token.isWord, token.isCapitalized, let hyphen = token.text.firstIndex(of: "-") else { return nil }
        let head = String(token.text[..<hyphen]), tail = String(token.text[token.text.index(after: hyphen)...])
        guard !head.isEmpty, !tail.isEmpty, tail.first!.isLowercase else { return nil }
        let headToken = Token(text: head, start: token.start, end: token.start + head.utf16.count, kind: .word)
        guard let match = lexicon.table.longest(in: [headToken], at: 0), case .actor(let entries) = match.value else { return nil }
        var entry = Self.choose(entries, on: day)
        let tailToken = Token(text: tail, start: 0, end: tail.utf16.count, kind: .word)
        var personal = false
        if let sector = lexicon.table.longest(in: [tailToken], at: 0), case .sector(let code, let kind) = sector.value {
            personal = kind.isPersonal
            if entry.kind == "country" {
                entry.code += code
                entry.kind = "government"
            }
        }
        return (.actor([entry]), personal)
    }

    /// After a role noun, the end of a following personal name: capitalised
    /// words and name particles ("Recep Tayyip Erdogan", "Bashar al-Assad").
    static func nameEnd(_ tokens: [Token], from start: Int) -> Int {
        var i = start
        while i < tokens.count, tokens[i].isWord,
            tokens[i].isCapitalized
                || (i > start && i + 1 < tokens.count && tokens[i].text.count <= 3 && tokens[i + 1].isCapitalized
                    && tokens[i].text.first!.isLowercase)
        {
            i += 1
        }
        // A name that ends on a particle is no name.
        while i > start, !tokens[i - 1].isCapitalized { i -= 1 }
        return i - start > 4 ? start : i
    }

    /// A role noun split by the name of its holder: "minister Blok van
    /// Buitenlandse Zaken" is the role "minister van Buitenlandse Zaken" held
    /// by Blok. Returns where the name ends, where the role ends, and its sector.
    func splitRole(_ tokens: [Token], role: Range<Int>, nameEnd: Int) -> (nameEnd: Int, end: Int, sector: String)? {
        guard nameEnd > role.upperBound + 1 else { return nil }
        for j in (role.upperBound + 1)..<nameEnd where lexicon.isOfWord(tokens[j].key) {
            let trial = Array(tokens[role]) + Array(tokens[j..<min(tokens.count, j + 5)])
            guard let match = lexicon.table.longest(in: trial, at: 0), match.length > role.count,
                case .sector(let sector, _) = match.value
            else { continue }
            return (j, j + match.length - role.count, sector)
        }
        return nil
    }

    /// A personal name set off by a comma next to a role mention: "Nyi Nyi,
    /// parlementslid" (before) or "zijn premier, Boubou Cissé" (after).
    /// The name may not overlap a matched piece.
    func appositiveName(_ tokens: [Token], mention: Range<Int>, placed: [Placed]) -> Range<Int>? {
        // Free of matched pieces, pack words ("Moskou" as a place) and function words ("In").
        func free(_ range: Range<Int>) -> Bool {
            !placed.contains { $0.start < range.upperBound && range.lowerBound < $0.end }
                && range.allSatisfy { lexicon.table.matches(in: tokens, at: $0).isEmpty && !lexicon.isFunctionWord(tokens[$0].key) }
        }
        // Before: NAME , [determiner] role
        var comma = mention.lowerBound - 1
        if comma > 0, lexicon.isDeterminer(tokens[comma].key) { comma -= 1 }
        if comma > 0, tokens[comma].text == "," {
            var start = comma
            while start > 0, comma - start < 4, tokens[start - 1].isWord, tokens[start - 1].isCapitalized { start -= 1 }
            let name = start..<comma
            // A single capitalised word opening the sentence may be any word.
            if !name.isEmpty, name.count >= 2 || start > 0, free(name) { return name }
        }
        // After: role , NAME (, or end)
        let after = mention.upperBound
        if after + 1 < tokens.count, tokens[after].text == "," {
            let end = Self.nameEnd(tokens, from: after + 1)
            let name = (after + 1)..<end
            let closed = end == tokens.count || tokens[end].isPunctuation
            if !name.isEmpty, name.count >= 2 || closed, free(name) { return name }
        }
        return nil
    }
}
