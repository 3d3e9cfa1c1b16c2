import Hummingbird

/// Turns every thrown error, including Hummingbird's own 404 for unknown routes, into HubSpot's error body.
struct HubSpotErrorMiddleware<Context: RequestContext>: RouterMiddleware {
    func handle(
        _ request: Request, context: Context, next: (Request, Context) async throws -> Response
    ) async throws -> Response {
        do {
            return try await next(request, context)
        } catch let error as SandboxAPIError {
            return SandboxResponse.error(error)
        } catch let error as HTTPError {
            if error.status == .notFound {
                return SandboxResponse.error(.routeNotFound(method: request.method.rawValue, path: request.uri.path))
            }
            return SandboxResponse.error(
                SandboxAPIError(
                    status: error.status.code,
                    category: error.status.code < 500 ? "VALIDATION_ERROR" : "INTERNAL_ERROR",
                    message: error.body ?? error.status.reasonPhrase))
        } catch {
            return SandboxResponse.error(.internalError(String(describing: error)))
        }
    }
}
