import Foundation
import KroniekCore
import KroniekReading
import Testing

/// The example articles in `examples/` read as their README says.
@Suite struct ExampleFileTests {
    static let examples = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("examples")

    static func read(_ name: String) throws -> [Article] {
        let data = try Data(contentsOf: examples.appendingPathComponent(name))
        return try ReaderFixture.reader.read(data, file: name)
    }

    @Test func scrapedLayout() throws {
        let article = try #require(try Self.read("nl-grensoverleg.txt").first)
        #expect(article.title == "Noorwegen en Finland overleggen volgende week over grensbewaking")
        #expect(article.published == "2024-05-13T10:05:00+02:00")
        #expect(article.sources == ["ANP", "Reuters"])
        #expect(article.label == "KRN")
        #expect(article.comments == 12)
        #expect(article.related.map(\.premium) == [true])
    }

    @Test func headerLayout() throws {
        let article = try #require(try Self.read("nl-header-layout.txt").first)
        #expect(article.title == "Estland en Letland houden gezamenlijke militaire oefening bij de grens")
        #expect(article.published == "2023-04-18")
        #expect(article.outlet == "voorbeeldkrant.nl")
        #expect(article.paragraphs.count == 3)
        #expect(!article.paragraphs.joined().contains("©"))
    }

    @Test func plainText() throws {
        let article = try #require(try Self.read("nl-plain.txt").first)
        #expect(article.title == "Boeren blokkeren snelwegen uit protest tegen nieuwe mestregels")
        #expect(article.published == nil)
        #expect(article.paragraphs.count == 2)
    }

    @Test func jsonLines() throws {
        let articles = try Self.read("nl-articles.jsonl")
        #expect(
            articles.map(\.title) == [
                "Chili en Peru ondertekenen handelsakkoord", "Japan protesteert tegen nieuwe raketproef",
            ])
        #expect(articles.first?.sources == ["AFP"])
        #expect(articles.last?.published == "2022-05-10T07:30:00+09:00")
    }
}
