import Foundation
import KroniekCore
import KroniekPacks
import KroniekReading

/// The bundled Dutch pack's reader, and a shortcut from text to the one
/// article it holds.
enum ReaderFixture {
    static let pack = try! LanguagePack.bundled(language: "nl")
    static let reader = try! ArticleReader(pack: pack)

    static func article(_ text: String, published: String? = nil, file: String = "test.txt") throws -> Article {
        let reader = published == nil ? reader : try ArticleReader(pack: pack, options: .init(published: published))
        let articles = try reader.read(Data(text.utf8), file: file)
        guard articles.count == 1, let article = articles.first else {
            throw FixtureError.notOneArticle(articles.count)
        }
        return article
    }

    enum FixtureError: Error { case notOneArticle(Int) }
}
