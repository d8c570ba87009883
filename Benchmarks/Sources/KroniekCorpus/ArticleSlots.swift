import Foundation

/// The words one article's templates are filled with: two countries, a city,
/// a person and an organisation drawn once, so that an article keeps to one
/// story as news does; weekdays and numbers vary per sentence.
struct ArticleSlots {
    let first: CorpusVocabulary.Country
    let second: CorpusVocabulary.Country
    let city: String
    let person: String
    let organisation: String

    private static let weekdays: [String] = {
        var calendar = Calendar(identifier: .gregorian)
        calendar.locale = Locale(identifier: "nl")
        return calendar.weekdaySymbols.map { $0.lowercased() }
    }()

    init(vocabulary: CorpusVocabulary, random: inout SeededGenerator) {
        first = vocabulary.countries.randomElement(using: &random)!
        var other = vocabulary.countries.randomElement(using: &random)!
        while other.iso3 == first.iso3 { other = vocabulary.countries.randomElement(using: &random)! }
        second = other
        city = vocabulary.cities.randomElement(using: &random)!
        person = vocabulary.people.randomElement(using: &random)!
        organisation = vocabulary.organisations.randomElement(using: &random)!
    }

    /// `template` with its slots filled.
    func fill(_ template: String, random: inout SeededGenerator) -> String {
        var text = template
        let fixed: [(String, String)] = [
            ("{A}", first.name), ("{B}", second.name), ("{adjA}", first.adjective), ("{adjB}", second.adjective),
            ("{peopleA}", first.people), ("{capA}", first.capital), ("{capB}", second.capital), ("{city}", city),
            ("{person}", person), ("{org}", organisation),
        ]
        for (slot, word) in fixed where text.contains(slot) {
            text = text.replacingOccurrences(of: slot, with: word)
        }
        while let range = text.range(of: "{day}") {
            text.replaceSubrange(range, with: Self.weekdays.randomElement(using: &random)!)
        }
        while let range = text.range(of: "{n}") {
            text.replaceSubrange(range, with: String(Int.random(in: 2...400, using: &random)))
        }
        return text
    }
}
