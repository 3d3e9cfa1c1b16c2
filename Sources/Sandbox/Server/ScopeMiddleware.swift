import Hummingbird

/// Plays a key with limited scopes: a request whose area needs a scope the key was not granted gets HubSpot's
/// 403 `MISSING_SCOPES`, naming the scopes that would do.
///
/// It sits inside the traffic middleware, so a refused request is counted and carries the rate-limit headers,
/// and it answers rather than throws, so those headers are added to the answer.
struct ScopeMiddleware<Context: RequestContext>: RouterMiddleware {
    /// The scopes the key was granted.
    let granted: Set<String>

    func handle(
        _ request: Request, context: Context, next: (Request, Context) async throws -> Response
    ) async throws -> Response {
        guard let requirement = ScopeRequirement.of(method: request.method.rawValue, path: request.uri.path),
            !requirement.isMet(by: granted)
        else { return try await next(request, context) }
        return SandboxResponse.error(.missingScopes(requirement.scopes))
    }
}
