import Foundation
import HTTPTypes
import Hummingbird
import KroniekStore
import NIOCore

extension EventAPI {
    /// `POST /api/articles`: only with a server token, only for a request
    /// carrying it (`Authorization: Bearer TOKEN`), a JSON or plain-text
    /// body no larger than `maxBodyBytes`.
    func ingest(_ request: Request, _ parameters: QueryParameters) async throws -> APIBody.IngestResult {
        guard let token = options.token, let ingester else {
            throw APIError(.forbidden, "this server is read-only; start it with --token to accept articles")
        }
        guard let authorization = request.headers[.authorization] else {
            throw APIError(.unauthorized, "posting an article needs the header 'Authorization: Bearer TOKEN'")
        }
        guard Self.sameToken(authorization, "Bearer " + token) else {
            throw APIError(.forbidden, "the token does not match this server's --token")
        }
        let type = request.headers[.contentType]?.split(separator: ";").first.map {
            $0.trimmingCharacters(in: .whitespaces).lowercased()
        }
        guard let type, ["application/json", "text/plain"].contains(type) else {
            throw APIError(
                .unsupportedMediaType,
                "'Content-Type: \(request.headers[.contentType] ?? "")' is not accepted; send application/json or text/plain")
        }
        if let length = request.headers[.contentLength].flatMap(Int.init), length > options.maxBodyBytes {
            throw APIError(.contentTooLarge, "the body has \(length) bytes; this server accepts at most \(options.maxBodyBytes)")
        }
        let buffer: ByteBuffer
        do {
            buffer = try await request.body.collect(upTo: options.maxBodyBytes)
        } catch is NIOTooManyBytesError {
            throw APIError(.contentTooLarge, "the body is larger than the \(options.maxBodyBytes) bytes this server accepts")
        }
        if let published = parameters[.published], DayInterval(iso: String(published.prefix(10))) == nil {
            throw APIError.badRequest("'published=\(published)' is not a date; write it as YYYY-MM-DD")
        }
        var body = Data(buffer.readableBytesView)
        if type == "application/json" {
            // The reader takes JSON Lines: one article, one line.
            guard (try? JSONSerialization.jsonObject(with: body)) is [String: Any] else {
                throw APIError(.unprocessableContent, "the body is not a JSON object with 'title' and 'text'")
            }
            body = try JSONSerialization.data(withJSONObject: JSONSerialization.jsonObject(with: body), options: [])
        }
        do {
            let result = try await ingester.ingest(body, published: parameters[.published])
            return APIBody.IngestResult(articleIDs: result.articleIDs, events: result.events)
        } catch let rejection as ArticleRejection {
            throw APIError(.unprocessableContent, rejection.message)
        }
    }

    /// Compares the whole of both strings, so the time taken does not tell
    /// how much of a guessed token was right.
    static func sameToken(_ given: String, _ expected: String) -> Bool {
        let a = Array(given.utf8)
        let b = Array(expected.utf8)
        var difference = a.count ^ b.count
        for i in 0..<max(a.count, b.count) {
            difference |= Int((i < a.count ? a[i] : 0) ^ (i < b.count ? b[i] : 0))
        }
        return difference == 0
    }
}
