import Foundation
import KroniekCore
import KroniekPacks

/// Turns the bytes of an input file into articles, choosing the format by
/// content: JSON Lines, the `url:`/`published:` header layout, the seed's
/// scraped news layout, or plain text.
///
/// The format is never taken from the file name, so a renamed or piped file
/// reads the same. Layout words, boilerplate and agency names come from the
/// language pack; the reader itself knows no Dutch.
///
/// ```swift
/// let reader = try ArticleReader(pack: .bundled(language: "nl"))
/// let result = try reader.readAll(data, file: "artikel.txt")
/// ```
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

    /// The articles of one input and the lines of it that could not be read
    /// (only JSON Lines input has lines that fail on their own).
    public struct ReadResult: Sendable, Hashable {
        public var articles: [Article]
        /// One error per bad line, in input order; the articles of the good
        /// lines are still in `articles`.
        public var errors: [ReadError]

        public init(articles: [Article], errors: [ReadError] = []) {
            self.articles = articles
            self.errors = errors
        }
    }

    public let options: Options
    let header: HeaderLayout
    let scraped: ScrapedLayout
    let body: ArticleBody
    let sources: AgencySources

    public init(pack: LanguagePack, options: Options = Options()) throws(PackError) {
        self.options = options
        let vocabulary = try LayoutVocabulary(pack: pack)
        sources = AgencySources(
            agencies: try AgencyNames(pack: pack), joiners: vocabulary.sourceJoiners, datelines: vocabulary.datelines)
        header = HeaderLayout(vocabulary: vocabulary)
        scraped = ScrapedLayout(vocabulary: vocabulary, sources: sources)
        body = ArticleBody(vocabulary: vocabulary, boilerplate: try Boilerplate(pack: pack))
    }

    /// The articles in `data`, read from `file` (the name is used for ids and
    /// error messages). Strict: a bad JSON line fails the whole input; use
    /// `readAll(_:file:)` to keep the good lines.
    public func read(_ data: Data, file: String) throws(ReadError) -> [Article] {
        let result = try readAll(data, file: file)
        if let first = result.errors.first { throw first }
        return result.articles
    }

    /// The articles in `data` and the JSON lines that could not be read.
    /// Throws when the input as a whole is unreadable (empty, binary, not
    /// UTF-8) or when no line of it is an article.
    public func readAll(_ data: Data, file: String) throws(ReadError) -> ReadResult {
        let text = try InputText(data, file: file).text
        if JSONLines.recognizes(text) {
            let read = JSONLines.records(in: text, file: file)
            if read.records.isEmpty { throw read.errors.first ?? ReadError(file: file, .empty) }
            let articles = read.records.map { line, raw, record in
                self.article(from: record, file: file, content: "\(line)\n\(raw)")
            }
            return ReadResult(articles: articles, errors: read.errors)
        }
        var source = Source(text: text, published: options.published)
        if header.recognizes(text) {
            let found = header.read(text)
            source = Source(text: found.body, url: found.url, outlet: found.outletName)
            source.published = found.published ?? found.month ?? options.published
        }
        let article = self.article(from: source, file: file, content: text)
        guard !article.title.isEmpty || !article.paragraphs.isEmpty else { throw ReadError(file: file, .empty) }
        return ReadResult(articles: [article])
    }

    /// Text with what its format says about it beyond the text.
    struct Source {
        var text: String
        var url: String?
        var outlet: String?
        var published: String?
        var title: String?
        var language: String?
    }

    private func article(from record: JSONLines.Record, file: String, content: String) -> Article {
        let text = record.text.replacingOccurrences(of: "\r\n", with: "\n")
        var source = Source(text: text, url: record.url, published: record.published ?? options.published)
        source.title = record.title?.trimmed
        source.language = record.language
        source.outlet = record.outlet ?? HeaderLayout.Header(url: record.url).outletName
        return article(from: source, file: file, content: content)
    }

    /// The article of one text: its scraped page header when it has one,
    /// else a first line that reads as a headline for the title.
    func article(from source: Source, file: String, content: String) -> Article {
        var article = Article(
            id: ArticleID.make(url: source.url, file: file, content: content), file: file, title: "",
            published: source.published, language: source.language ?? options.language, url: source.url,
            outlet: source.outlet)
        var text = source.text
        if scraped.recognizes(text) {
            let page = scraped.read(text)
            article.title = page.title
            article.published = page.published ?? source.published
            article.sources = page.sources
            article.label = page.label
            article.comments = page.comments
            text = page.body
        } else if source.title?.isEmpty ?? true {
            let split = headline(of: text)
            article.title = split.title
            text = split.rest
        }
        if let title = source.title, !title.isEmpty { article.title = title }
        let read = body.read(text)
        article.paragraphs = read.paragraphs
        article.related = read.related
        for name in read.paragraphs.first.map(sources.dateline(of:)) ?? [] where !article.sources.contains(name) {
            article.sources.append(name)
        }
        return article
    }

    /// The first line as title when it reads as a headline (and is not page
    /// furniture), with the text after it; else no title and all the text.
    func headline(of text: String) -> (title: String, rest: String) {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        guard let first = lines.firstIndex(where: { !$0.trimmed.isEmpty }) else { return ("", text) }
        let line = String(lines[first]).trimmed
        guard Headline.reads(line), body.boilerplate.drop(for: line) == nil else { return ("", text) }
        return (line, lines[(first + 1)...].joined(separator: "\n"))
    }
}
