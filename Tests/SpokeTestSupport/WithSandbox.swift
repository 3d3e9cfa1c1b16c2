import HubSpot
import Sandbox

/// Starts a sandbox on a free loopback port, runs `body` with it, and stops it afterwards, also when `body`
/// throws.
public func withSandbox<T>(
    _ configuration: SandboxConfiguration = SandboxConfiguration(), portal: Portal? = nil,
    _ body: (SandboxServer) async throws -> T
) async throws -> T {
    let server = try await SandboxServer.start(configuration, portal: portal)
    do {
        let result = try await body(server)
        await server.stop()
        return result
    } catch {
        await server.stop()
        throw error
    }
}

/// ``withSandbox(_:portal:_:)`` on a sandbox of `seed` that accepts `token` (any request when nil), with a
/// client that sends `clientToken` (or `token`) and speaks `apiVersion`.
public func withSandboxClient<T>(
    token: String? = nil, clientToken: String? = nil, seed: UInt64 = 42, apiVersion: APIVersion = .standard,
    _ body: (HubSpotClient, SandboxServer) async throws -> T
) async throws -> T {
    var configuration = SandboxConfiguration()
    configuration.seed = seed
    configuration.token = token
    return try await withSandbox(configuration) { server in
        let client = HubSpotClient(
            baseURL: server.baseURL, credentials: (clientToken ?? token).map { .bearer($0) }, apiVersion: apiVersion)
        return try await body(client, server)
    }
}
