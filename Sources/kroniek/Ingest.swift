import ArgumentParser
import Foundation
import KroniekCore
import KroniekExtraction
import KroniekPacks
import KroniekReading
import KroniekStore

/// `kroniek ingest`: extracts articles and stores them, skipping unchanged ones.
struct Ingest: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Extract articles and keep their events in the event store.",
        discussion: """
            An article is known by its URL (its file path when it has none); its content hash \
            says whether it changed. Unchanged articles are skipped, changed ones replaced. \
            Inputs that cannot be read are reported one line each; the rest is stored.

            Example: kroniek ingest articles/ --db kroniek.sqlite
            """
    )

    @OptionGroup var store: StoreOptions

    @Option(help: "Publication date (YYYY-MM-DD) for inputs that carry none.")
    var published: String?

    @Option(help: "Language of inputs that do not say.")
    var language: String = "nl"

    @Option(help: "Folder with language packs to use instead of the built-in ones.")
    var packsDir: String?

    @Argument(help: "Article files or folders (read recursively); - reads JSON Lines from standard input.")
    var inputs: [String] = []

    func validate() throws {
        if inputs.isEmpty {
            throw ValidationError("Give at least one article file, folder, or - for standard input.")
        }
        if let published, Day(iso: published) == nil {
            throw ValidationError("'--published \(published)' is not a date; write it as YYYY-MM-DD.")
        }
    }

    func run() throws {
        let started = Date()
        let setup = try CodingSetup(language: language, packsDir: packsDir, published: published)
        let events = try store.open()
        let known: [String: ArticleFingerprint]
        do { known = try events.fingerprints() } catch {
            FileHandle.standardError.write(Data("kroniek: \(error)\n".utf8))
            throw ExitCode(2)
        }
        var failed = 0
        var unchanged = 0
        var replaced = 0
        var jobs: [ArticleCoding.Job] = []
        var queued: [String: Int] = [:]
        // The store itself may sit in a folder being ingested.
        let storeFiles = Set(["", "-wal", "-shm", "-journal"].map { Self.absolute(store.db + $0) })
        for file in InputFiles.expand(inputs) where !storeFiles.contains(Self.absolute(file)) {
            let result: ArticleReader.ReadResult
            do {
                result = try setup.reader.readAll(try InputFiles.load(file), file: file)
            } catch {
                FileHandle.standardError.write(Data("kroniek: \(error)\n".utf8))
                failed += 1
                continue
            }
            for error in result.errors {
                FileHandle.standardError.write(Data("kroniek: \(error)\n".utf8))
                failed += 1
            }
            for (position, article) in result.articles.enumerated() {
                let identity = ArticleSubmission.identity(of: article, position: position, of: result.articles.count)
                let hash = ArticleSubmission.contentHash(of: article)
                if known[identity]?.contentHash == hash {
                    unchanged += 1
                    continue
                }
                if known[identity] != nil { replaced += 1 }
                let job = ArticleCoding.Job(article: article, identity: identity, contentHash: hash)
                if let earlier = queued[identity] { jobs[earlier] = job } else {
                    queued[identity] = jobs.count
                    jobs.append(job)
                }
            }
        }
        let outcome = jobs.isEmpty ? ArticleCoding.Outcome() : ArticleCoding(pipeline: try setup.pipeline(), store: events, provenance: setup.provenance).run(jobs) { _ in }
        if let error = outcome.error {
            FileHandle.standardError.write(Data("kroniek: \(error)\n".utf8))
        }
        failed += outcome.failed
        let seconds = String(format: "%.1f", Date().timeIntervalSince(started))
        let changed = replaced > 0 ? " (\(replaced) replaced)" : ""
        FileHandle.standardError.write(
            Data(
                "ingested \(jobs.count - outcome.failed) new\(changed), \(unchanged) unchanged, \(failed) failed; \(outcome.events) events in \(seconds) s\n"
                    .utf8))
        if failed > 0 { throw ExitCode(1) }
    }

    static func absolute(_ path: String) -> String {
        URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath().path
    }
}

/// The pack, pipeline, reader and provenance that ingest and reextract share.
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
            FileHandle.standardError.write(Data("kroniek: \(error)\n".utf8))
            throw ExitCode(2)
        }
    }

    /// The extraction pipeline; built only when there is something to code,
    /// as loading its data takes a while.
    func pipeline() throws -> Pipeline {
        do {
            return try Pipeline(pack: pack)
        } catch {
            FileHandle.standardError.write(Data("kroniek: \(error)\n".utf8))
            throw ExitCode(2)
        }
    }
}
