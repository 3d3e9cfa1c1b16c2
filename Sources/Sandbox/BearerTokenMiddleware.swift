import Hummingbird

/// Requires `Authorization: Bearer <token>` on every request, answering 401 as HubSpot does.
struct BearerTokenMiddleware<Context: RequestContext>: RouterMiddleware {
    let token: String

    func handle(
        _ request: Request, context: Context, next: (Request, Context) async throws -> Response
    ) async throws -> Response {
        guard let header = request.headers[.authorization], !header.isEmpty else {
            throw SandboxAPIError.missingCredentials
        }
        let parts = header.split(separator: " ", maxSplits: 1)
        guard parts.count == 2, parts[0].lowercased() == "bearer",
              parts[1].trimmingCharacters(in: .whitespaces) == token
        else {
            throw SandboxAPIError.invalidCredentials
        }
        return try await next(request, context)
    }
}
