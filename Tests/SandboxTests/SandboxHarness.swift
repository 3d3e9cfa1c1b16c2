import Foundation
import HubSpot
import Sandbox
import SpokeTestSupport
import Testing

/// Runs a sandbox on a free loopback port for one test and talks to it over real HTTP.
struct SandboxHarness: Sendable {
    let server: SandboxServer
    let transport = URLSessionTransport()

    /// Starts a server, runs `body`, and always stops the server afterwards.
    static func with(
        _ configuration: SandboxConfiguration = SandboxConfiguration(), portal: Portal? = nil,
        _ body: (SandboxHarness) async throws -> Void
    ) async throws {
        try await withSandbox(configuration, portal: portal) { server in try await body(SandboxHarness(server: server))
        }
    }

    /// A raw GET of `pathAndQuery` (already encoded), with an optional bearer token.
    func get(_ pathAndQuery: String, token: String? = nil) async throws -> HTTPResponse {
        let url = try #require(URL(string: server.baseURL.absoluteString + pathAndQuery))
        var headers = ["Accept": "application/json"]
        if let token { headers["Authorization"] = "Bearer \(token)" }
        return try await transport.send(HTTPRequest(method: .get, url: url, headers: headers))
    }

    /// GETs and decodes a 200 answer as `T`.
    func decode<T: Decodable>(_ type: T.Type, _ pathAndQuery: String, token: String? = nil) async throws -> T {
        let response = try await get(pathAndQuery, token: token)
        #expect(response.status == 200, "\(pathAndQuery): \(String(decoding: response.body, as: UTF8.self))")
        return try HubSpotJSON.decoder().decode(T.self, from: response.body)
    }

    /// GETs and decodes HubSpot's error body, checking the status.
    func error(_ pathAndQuery: String, status: Int, token: String? = nil) async throws -> APIErrorBody {
        let response = try await get(pathAndQuery, token: token)
        #expect(response.status == status, "\(pathAndQuery) answered \(response.status)")
        #expect(response.header("content-type") == "application/json;charset=utf-8")
        return try HubSpotJSON.decoder().decode(APIErrorBody.self, from: response.body)
    }

    /// A HubSpot client pointed at the sandbox.
    func client(token: String? = nil) -> HubSpotClient {
        HubSpotClient(baseURL: server.baseURL, credentials: token.map { .bearer($0) }, transport: transport)
    }
}
