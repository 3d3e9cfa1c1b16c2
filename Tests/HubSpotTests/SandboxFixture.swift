import Foundation
import HubSpot
import Sandbox

/// Starts a real sandbox on a free loopback port for one test and stops it afterwards.
enum SandboxFixture {
    /// Runs `body` with a client pointed at a fresh sandbox.
    static func withSandbox<T: Sendable>(
        token: String? = nil, clientToken: String? = nil, seed: UInt64 = 42,
        _ body: @Sendable (HubSpotClient, SandboxServer) async throws -> T
    ) async throws -> T {
        var configuration = SandboxConfiguration()
        configuration.seed = seed
        configuration.token = token
        let server = try await SandboxServer.start(configuration)
        let client = HubSpotClient(baseURL: server.baseURL, credentials: (clientToken ?? token).map { .bearer($0) })
        do {
            let result = try await body(client, server)
            await server.stop()
            return result
        } catch {
            await server.stop()
            throw error
        }
    }
}
