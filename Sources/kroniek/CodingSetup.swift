import ArgumentParser
import Foundation
import KroniekExtraction
import KroniekPacks
import KroniekReading
import KroniekStore

/// The pack, reader, pipeline and provenance that extract, ingest and reextract share.
struct CodingSetup {
    /// The extractor version stored with each article; raise it when the
    /// extraction changes so `kroniek reextract` codes stored articles again.
    static let extractorVersion = "0.1.0"

    let pack: LanguagePack
    let reader: ArticleReader
    let provenance: Provenance

    init(language: String, packsDir: String?, published: String? = nil) throws {
        do {
            pack = try packsDir.map { dir throws(PackError) in
                try LanguagePack(language: language, root: URL(fileURLWithPath: dir))
            } ?? LanguagePack.bundled(language: language)
            reader = try ArticleReader(pack: pack, options: .init(published: published, language: language))
            provenance = Provenance(extractor: Self.extractorVersion, pack: pack.version)
        } catch {
            Report.error(error)
            throw ExitCode(2)
        }
    }

    /// The extraction pipeline; built only when there is something to code,
    /// as loading its data takes a while.
    func pipeline() throws -> Pipeline {
        do {
            return try Pipeline(pack: pack)
        } catch {
            Report.error(error)
            throw ExitCode(2)
        }
    }
}
