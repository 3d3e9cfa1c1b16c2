import Foundation

// MARK: - Requests with JSON bodies
extension HubSpotClient {
    /// Sends `body` as JSON to `path` and decodes a 2xx answer as `T`.
    func perform<T: Decodable, Body: Encodable>(
        _ method: HTTPMethod, _ path: String, query: [(String, String)] = [], body: Body, as type: T.Type = T.self
    ) async throws -> T {
        try await perform(makeRequest(method, path, query: query, body: try encodeBody(body)))
    }

    /// Sends `body` as JSON to `path`, expecting a 2xx answer whose body does not matter (204).
    func performWithoutBody<Body: Encodable>(
        _ method: HTTPMethod, _ path: String, query: [(String, String)] = [], body: Body
    ) async throws {
        try await performWithoutBody(makeRequest(method, path, query: query, body: try encodeBody(body)))
    }

    private func encodeBody<Body: Encodable>(_ body: Body) throws -> Data {
        do {
            return try HubSpotJSON.encoder().encode(body)
        } catch {
            throw HubSpotError.malformedResponse(status: 0, detail: "cannot encode the request body: \(error)")
        }
    }
}
