import Hummingbird
import KroniekStore
import Logging
import NIOCore

/// Turns every error under `/api` into an `APIError`: unknown routes into
/// 404, oversized bodies into 413, store failures into 500 (the detail goes
/// to the log, not to the client), anything else keeps its status.
///
/// So clients never see an empty or HTML error body.
struct JSONErrorMiddleware<Context: RequestContext>: RouterMiddleware {
    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws
        -> Response
    {
        do {
            return try await next(request, context)
        } catch let error as APIError {
            throw error
        } catch is NIOTooManyBytesError {
            throw APIError(.contentTooLarge, "the request body is larger than this server accepts")
        } catch let error as StoreError {
            context.logger.error("event store: \(error.description)")
            throw APIError(.internalServerError, "the event store could not answer; see the server log")
        } catch let error as any HTTPResponseError {
            if error.status == .notFound {
                throw APIError.notFound("no such resource: \(request.method) \(request.uri.path)")
            }
            throw APIError(error.status, error.status.reasonPhrase)
        } catch {
            context.logger.error("request failed: \(error)")
            throw APIError(.internalServerError, "the request failed; see the server log")
        }
    }
}
