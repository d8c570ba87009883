import Foundation
import KroniekPacks

/// A reproducible corpus of Dutch news-like articles of 2–4 KB, made from
/// the templates in `ArticleTemplates` and words from the language pack.
///
/// Benchmarks need many articles that look like the news Kroniek reads
/// (both input layouts, dates, actors, places, quotes, casualties) without
/// copying anyone's text; the same seed gives the same articles.
public struct ArticleCorpus: Sendable {
    /// One generated article: a file name and the file's text.
    public struct Document: Sendable {
        public var name: String
        public var text: String
    }

    public let vocabulary: CorpusVocabulary
    public let seed: UInt64

    public init(pack: LanguagePack, seed: UInt64 = 20_261_125) throws(PackError) {
        vocabulary = try CorpusVocabulary(pack: pack)
        self.seed = seed
    }

    /// The first `count` articles of the corpus; a larger count starts with
    /// the same articles as a smaller one.
    public func documents(count: Int) -> [Document] {
        var random = SeededGenerator(seed: seed)
        return (0..<count).map { document(number: $0, random: &random) }
    }

    /// Total UTF-8 bytes of `documents`, for MB/s figures.
    public static func bytes(of documents: [Document]) -> Int {
        documents.reduce(0) { $0 + $1.text.utf8.count }
    }

    private func document(number: Int, random: inout SeededGenerator) -> Document {
        let words = ArticleSlots(vocabulary: vocabulary, random: &random)
        let published = Date(timeIntervalSince1970: 1_704_067_200 + Double(Int.random(in: 0..<366, using: &random)) * 86_400)
        let title = words.fill(ArticleTemplates.titles.randomElement(using: &random)!, random: &random)
        var paragraphs: [String] = []
        var size = title.utf8.count
        let target = Int.random(in: 2_000...3_600, using: &random)
        // Each template once per article, in a random order.
        var templates = ArticleTemplates.sentences.shuffled(using: &random)[...]
        while size < target, !templates.isEmpty {
            let count = min(Int.random(in: 2...4, using: &random), templates.count)
            let paragraph = templates.prefix(count).map { words.fill($0, random: &random) }.joined(separator: " ")
            templates = templates.dropFirst(count)
            paragraphs.append(paragraph)
            size += paragraph.utf8.count + 2
        }
        let outlet = ArticleTemplates.outlets[number % ArticleTemplates.outlets.count]
        let slug = String(format: "%05d", number)
        if number % 2 == 0 {
            return Document(name: "article-\(slug).txt", text: headerLayout(title, paragraphs, published, outlet, slug))
        }
        let agencies = ArticleTemplates.agencies.shuffled(using: &random).prefix(Int.random(in: 1...2, using: &random))
        return Document(name: "article-\(slug).txt", text: scrapedLayout(title, paragraphs, published, Array(agencies)))
    }

    private func headerLayout(_ title: String, _ paragraphs: [String], _ published: Date, _ outlet: String, _ slug: String) -> String {
        let day = Self.format(published, "yyyy-MM-dd")
        let header = """
            url: https://www.\(outlet)/buitenland/\(day)/bericht-\(slug)
            month: \(Self.format(published, "yyyy-MM"))
            published: \(day)
            outlet: \(outlet)
            """
        return ([header, title] + paragraphs).joined(separator: "\n\n") + "\n"
    }

    private func scrapedLayout(_ title: String, _ paragraphs: [String], _ published: Date, _ agencies: [String]) -> String {
        let first = " date \(Self.format(published, "yyyy-MM")) \(title) KRN"
        let byline = "Bron: \(agencies.joined(separator: ", ")) \(paragraphs.count) \(paragraphs[0])"
        let lines = [first, Self.format(published, "d MMMM yyyy"), "10u05", byline] + paragraphs.dropFirst()
        return lines.joined(separator: "\n\n") + "\n"
    }

    private static func format(_ date: Date, _ pattern: String) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "nl")
        formatter.timeZone = TimeZone(identifier: "Europe/Amsterdam")
        formatter.dateFormat = pattern
        return formatter.string(from: date)
    }
}
