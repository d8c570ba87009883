import Foundation
import KroniekCore
import KroniekExtraction
import KroniekPacks
import KroniekCorpus
import KroniekReading

/// The bundled Dutch pack, its reader and pipeline, and the generated
/// corpus read into articles, built once per benchmark process.
///
/// Static lets are made on first use, so a suite pays only for the sizes
/// its benchmarks ask for.
public enum CorpusFixture {
    public static let pack = try! LanguagePack.bundled(language: "nl")
    public static let reader = try! ArticleReader(pack: pack)
    public static let pipeline = try! Pipeline(pack: pack)
    public static let corpus = try! ArticleCorpus(pack: pack)
    /// The largest size benchmarks use; smaller sizes are its prefixes.
    public static let documents = corpus.documents(count: 10_000)
    public static let articles: [Article] = documents.flatMap { document in
        try! reader.read(Data(document.text.utf8), file: document.name)
    }

    /// The first `count` generated documents.
    public static func documents(_ count: Int) -> ArraySlice<ArticleCorpus.Document> {
        documents.prefix(count)
    }

    /// The first `count` generated articles, read.
    public static func articles(_ count: Int) -> ArraySlice<Article> {
        articles.prefix(count)
    }

    /// UTF-8 bytes of the first `count` documents.
    public static func bytes(_ count: Int) -> Int {
        ArticleCorpus.bytes(of: Array(documents(count)))
    }
}
