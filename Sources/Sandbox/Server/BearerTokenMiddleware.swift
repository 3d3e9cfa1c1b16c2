import Hummingbird

/// Requires `Authorization: Bearer <token>` on every request, answering 401 as HubSpot does.
struct BearerTokenMiddleware<Context: RequestContext>: RouterMiddleware {
    /// The static token (a private app's), if any.
    let token: String?
    /// Access tokens issued through OAuth are accepted too.
    var issuer: OAuthIssuer?

    func handle(
        _ request: Request, context: Context, next: (Request, Context) async throws -> Response
    ) async throws -> Response {
        // The token endpoint is how a client gets credentials in the first place.
        if request.uri.path == "/oauth/v1/token" { return try await next(request, context) }
        guard let header = request.headers[.authorization], !header.isEmpty else {
            throw SandboxAPIError.missingCredentials
        }
        let parts = header.split(separator: " ", maxSplits: 1)
        let presented = parts.count == 2 ? parts[1].trimmingCharacters(in: .whitespaces) : ""
        guard parts.count == 2, parts[0].lowercased() == "bearer",
            presented == token || issuer?.accepts(presented) == true
        else {
            throw SandboxAPIError.invalidCredentials
        }
        return try await next(request, context)
    }
}
