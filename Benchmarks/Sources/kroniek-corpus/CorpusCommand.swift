import Foundation
import KroniekCorpus
import KroniekPacks

/// `kroniek-corpus COUNT DIR`: writes the first COUNT generated articles to
/// DIR, one file each, for `kroniek ingest`, `kroniek extract` and
/// `scripts/compare-peers.sh`.
@main
struct CorpusCommand {
    static func main() {
        let arguments = CommandLine.arguments.dropFirst()
        guard arguments.count == 2, let count = Int(arguments.first!), count > 0 else {
            FileHandle.standardError.write(Data("usage: kroniek-corpus COUNT DIR (COUNT a positive number)\n".utf8))
            exit(2)
        }
        let folder = URL(fileURLWithPath: arguments.last!, isDirectory: true)
        do {
            let corpus = try ArticleCorpus(pack: LanguagePack.bundled(language: "nl"))
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            let documents = corpus.documents(count: count)
            for document in documents {
                try Data(document.text.utf8).write(to: folder.appendingPathComponent(document.name))
            }
            print("wrote \(documents.count) articles, \(ArticleCorpus.bytes(of: documents)) bytes, to \(folder.path)")
        } catch {
            FileHandle.standardError.write(Data("kroniek-corpus: \(error)\n".utf8))
            exit(1)
        }
    }
}
