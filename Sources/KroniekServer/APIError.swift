import Foundation
import HTTPTypes
import Hummingbird

/// An API error as clients see it: a status code and a JSON body
/// `{"error": {"status": 400, "message": "..."}}`.
///
/// Every failure of the API reaches the client in this one shape, so a
/// client (and the web UI) reads one field whatever went wrong; messages
/// quote the input that was refused.
public struct APIError: HTTPResponseError, Sendable {
    public let status: HTTPResponse.Status
    public let message: String

    public init(_ status: HTTPResponse.Status, _ message: String) {
        self.status = status
        self.message = message
    }

    static func badRequest(_ message: String) -> APIError { APIError(.badRequest, message) }
    static func notFound(_ message: String) -> APIError { APIError(.notFound, message) }

    /// The JSON body.
    struct Body: Codable {
        struct Detail: Codable {
            var status: Int
            var message: String
        }
        var error: Detail
    }

    public func response(from request: Request, context: some RequestContext) throws -> Response {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let data = try encoder.encode(Body(error: .init(status: status.code, message: message)))
        var headers = HTTPFields()
        headers[.contentType] = "application/json; charset=utf-8"
        return Response(status: status, headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: data)))
    }
}
