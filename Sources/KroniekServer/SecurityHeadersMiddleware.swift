import HTTPTypes
import Hummingbird

/// Adds headers that keep the web UI to its own origin: a content security
/// policy allowing only the server's own scripts, styles, images and API,
/// and no MIME sniffing.
///
/// The UI needs no external network, so the browser is told to refuse any.
struct SecurityHeadersMiddleware<Context: RequestContext>: RouterMiddleware {
    static var policy: String {
        "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; connect-src 'self'; frame-ancestors 'none'"
    }

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws
        -> Response
    {
        var response = try await next(request, context)
        response.headers[.contentSecurityPolicy] = Self.policy
        response.headers[.xContentTypeOptions] = "nosniff"
        return response
    }
}
