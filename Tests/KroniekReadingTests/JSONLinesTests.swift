import Foundation
import KroniekCore
import KroniekReading
import Testing

/// JSON Lines input: one article a line; bad lines are reported, good ones kept.
@Suite struct JSONLinesTests {
    static let reader = ReaderFixture.reader

    static let input = """
        {"title": "Peru kiest nieuwe president", "text": "LIMA (AFP) - Peru heeft zondag gestemd.\\n\\nDe uitslag volgt dinsdag.", "published": "2021-06-06", "url": "https://www.voorbeeld.pe/verkiezing", "language": "nl"}

        {"text": "Het parlement vergadert vandaag opnieuw.", "published": "2021-06-07"}
        {"title": "Kapotte regel", "text": "Tekst"
        {"title": "Zonder tekst"}
        ["geen", "object"]
        {"title": "Getal als tekst", "text": 42}
        """

    @Test func goodLinesBecomeArticles() throws {
        let result = try Self.reader.readAll(Data(Self.input.utf8), file: "artikelen.jsonl")
        #expect(result.articles.count == 2)
        let first = try #require(result.articles.first)
        #expect(first.title == "Peru kiest nieuwe president")
        #expect(first.published == "2021-06-06")
        #expect(first.url == "https://www.voorbeeld.pe/verkiezing")
        #expect(first.outlet == "voorbeeld.pe")
        #expect(first.sources == ["AFP"])
        #expect(first.paragraphs == ["LIMA (AFP) - Peru heeft zondag gestemd.", "De uitslag volgt dinsdag."])
        let second = try #require(result.articles.last)
        #expect(second.title == "")
        #expect(second.paragraphs == ["Het parlement vergadert vandaag opnieuw."])
        #expect(first.id != second.id)
    }

    @Test func badLinesAreReportedWithTheirNumbers() throws {
        let result = try Self.reader.readAll(Data(Self.input.utf8), file: "artikelen.jsonl")
        #expect(
            result.errors.map(\.description) == [
                "artikelen.jsonl: line 4 is not a JSON article (not valid JSON)",
                "artikelen.jsonl: line 5 is not a JSON article (no \"text\" field)",
                "artikelen.jsonl: line 6 is not a JSON article (not a JSON object)",
                "artikelen.jsonl: line 7 is not a JSON article (\"text\" is not a string)",
            ])
        #expect(result.errors.map(\.line) == [4, 5, 6, 7])
    }

    @Test func strictReadThrowsTheFirstBadLine() {
        #expect {
            try Self.reader.read(Data(Self.input.utf8), file: "artikelen.jsonl")
        } throws: { error in
            "\(error)" == "artikelen.jsonl: line 4 is not a JSON article (not valid JSON)"
        }
    }

    /// Language and date from the line, else from the options.
    @Test(
        arguments: [
            (#"{"text": "Tekst.", "language": "en"}"#, nil, "en", nil),
            (#"{"text": "Tekst.", "language": "en"}"#, "2020-01-01", "en", "2020-01-01"),
            (#"{"text": "Tekst."}"#, "2020-01-01", "nl", "2020-01-01"),
            (
                #"{"text": "Tekst.", "published": "2021-02-03T10:00:00+01:00"}"#, "2020-01-01", "nl",
                "2021-02-03T10:00:00+01:00"
            ),
        ] as [(String, String?, String, String?)])
    func languageAndPublishedFallBackToOptions(line: String, option: String?, language: String, published: String?)
        throws
    {
        let reader = try ArticleReader(pack: ReaderFixture.pack, options: .init(published: option))
        let article = try #require(try reader.read(Data(line.utf8), file: "een.jsonl").first)
        #expect(article.language == language)
        #expect(article.published == published)
    }
}
