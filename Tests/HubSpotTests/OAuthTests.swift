import Foundation
import HubSpot
import Sandbox
import SpokeTestSupport
import Testing

@Suite("OAuth access and refresh tokens")
struct OAuthTests {
    /// Runs `body` on a sandbox whose OAuth app is ("app", "shh", "refresh-1"), and stops it afterwards.
    private func withOAuthSandbox(_ body: (SandboxServer, OAuthIssuer) async throws -> Void) async throws {
        let issuer = OAuthIssuer(clientID: "app", clientSecret: "shh", refreshToken: "refresh-1")
        var configuration = SandboxConfiguration()
        configuration.oauth = issuer
        try await withSandbox(configuration) { server in try await body(server, issuer) }
    }

    @Test("the first request fetches an access token; an expired one is refreshed once, even under concurrency")
    func refreshOnUnauthorized() async throws {
        try await withOAuthSandbox { server, issuer in
            let session = OAuthSession(app: .init(clientID: "app", clientSecret: "shh", refreshToken: "refresh-1"))
            let client = HubSpotClient(baseURL: server.baseURL, credentials: .oauth(session))
            _ = try await client.listRecords("contacts", ListQuery(limit: 1))
            #expect(issuer.issuedCount == 1)
            issuer.revokeAccessTokens()
            try await withThrowingTaskGroup(of: Int.self) { group in
                for _ in 0..<8 {
                    group.addTask { try await client.listRecords("contacts", ListQuery(limit: 2)).results.count }
                }
                for try await count in group { #expect(count == 2) }
            }
            #expect(issuer.issuedCount == 2, "eight requests met the expired token but shared one refresh")
        }
    }

    @Test("a refresh token the server refuses surfaces as an error, without looping")
    func badRefreshToken() async throws {
        try await withOAuthSandbox { server, issuer in
            let session = OAuthSession(app: .init(clientID: "app", clientSecret: "shh", refreshToken: "stolen"))
            let client = HubSpotClient(baseURL: server.baseURL, credentials: .oauth(session))
            let error = await #expect(throws: HubSpotError.self) { _ = try await client.listRecords("contacts") }
            #expect(error?.status == 400)
            #expect(error?.category == "BAD_REFRESH_TOKEN")
            #expect(issuer.issuedCount == 0)
        }
    }

    @Test("a static token is refused once OAuth is the only way in")
    func staticTokenRefused() async throws {
        try await withOAuthSandbox { server, _ in
            let client = HubSpotClient(baseURL: server.baseURL, credentials: .bearer("guess"))
            let error = await #expect(throws: HubSpotError.self) { _ = try await client.listRecords("contacts") }
            #expect(error?.status == 401)
        }
    }
}
