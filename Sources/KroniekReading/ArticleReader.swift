import Foundation
import KroniekCore
import KroniekPacks

/// Turns the bytes of an input file into articles, choosing the format by
/// content: the seed's scraped layout, the `url:`/`published:` header
/// layout, JSON Lines, or plain text.
public struct ArticleReader: Sendable {
    /// Options the user gives on the command line.
    public struct Options: Sendable, Hashable {
        /// Publication date for inputs that carry none (`--published`).
        public var published: String?
        /// Language assumed when the input does not say.
        public var language: String

        public init(published: String? = nil, language: String = "nl") {
            self.published = published
            self.language = language
        }
    }

    public let options: Options

    public init(pack: LanguagePack, options: Options = Options()) throws(PackError) {
        self.options = options
    }

    /// The articles in `data`, read from `file` (the name is used for ids and
    /// error messages). JSON Lines input may hold many.
    public func read(_ data: Data, file: String) throws(ReadError) -> [Article] {
        guard !data.isEmpty else { throw ReadError(file: file, .empty) }
        guard let text = String(data: data, encoding: .utf8) else { throw ReadError(file: file, .notUTF8) }
        var body = Substring(text)
        var published = options.published
        var url: String?
        // Interim: the url:/published: header layout, until the full readers land.
        while let newline = body.firstIndex(of: "\n"), body.hasPrefix("url:") || body.hasPrefix("month:") || body.hasPrefix("published:") || body.hasPrefix("outlet:") {
            let line = body[..<newline]
            if line.hasPrefix("published:") { published = line.dropFirst(10).trimmingCharacters(in: .whitespaces) }
            if line.hasPrefix("url:") { url = line.dropFirst(4).trimmingCharacters(in: .whitespaces) }
            body = body[body.index(after: newline)...]
        }
        let paragraphs = String(body).components(separatedBy: "\n\n").map {
            $0.trimmingCharacters(in: .whitespacesAndNewlines)
        }.filter { !$0.isEmpty }
        guard let first = paragraphs.first else { throw ReadError(file: file, .empty) }
        return [
            Article(
                id: file, file: file, title: first, published: published, language: options.language, url: url,
                paragraphs: Array(paragraphs.dropFirst()))
        ]
    }
}

/// An input that cannot be read; `description` is the one line the user sees.
public struct ReadError: Error, Sendable, CustomStringConvertible {
    enum Reason: Sendable, Hashable {
        case empty
        case notUTF8
        case binary
        case unreadable(String)
        case badJSONLine(line: Int, reason: String)
    }

    public let file: String
    let reason: Reason

    init(file: String, _ reason: Reason) {
        self.file = file
        self.reason = reason
    }

    /// An input that could not be opened.
    public static func unreadable(file: String, reason: String) -> ReadError {
        ReadError(file: file, .unreadable(reason))
    }

    public var description: String {
        switch reason {
        case .empty: return "\(file): empty input, no article to read"
        case .notUTF8: return "\(file): not UTF-8 text; convert it to UTF-8 first"
        case .binary: return "\(file): binary data, not a text article"
        case .unreadable(let why): return "\(file): cannot be read (\(why))"
        case .badJSONLine(let line, let why): return "\(file): line \(line) is not a JSON article (\(why))"
        }
    }
}
