import HubSpot
import Sandbox
import Testing

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
/// client that sends `clientToken` (or `token`) and speaks `apiVersion`. Afterwards it checks that every path the
/// client sent belongs to `apiVersion` (see ``PathGeneration/of(_:)``), so a test run per generation shows
/// the whole call went through that generation's paths; a body that replaces the client's observer opts out.
public func withSandboxClient<T>(
    token: String? = nil, clientToken: String? = nil, seed: UInt64 = 42, apiVersion: APIVersion = .standard,
    sourceLocation: SourceLocation = #_sourceLocation,
    _ body: (HubSpotClient, SandboxServer) async throws -> T
) async throws -> T {
    var configuration = SandboxConfiguration()
    configuration.seed = seed
    configuration.token = token
    let sent = SentPaths()
    let result = try await withSandbox(configuration) { server in
        let client = HubSpotClient(
            baseURL: server.baseURL, credentials: (clientToken ?? token).map { .bearer($0) },
            observer: { sent.record($0) }, apiVersion: apiVersion)
        return try await body(client, server)
    }
    for path in sent.paths {
        let generation = PathGeneration.of(path)
        if let generation, generation != apiVersion {
            Issue.record(
                "a client speaking \(apiVersion.name) sent \(path), a \(generation.name) path",
                sourceLocation: sourceLocation)
        }
    }
    return result
}

extension APIVersion {
    /// The generations the client suite runs under: the default and legacy, which differ in every path. 2026-03
    /// shares 2026-09's paths; the suites where its shapes differ (batch, associations, labels) run all three.
    public static let clientSuite: [APIVersion] = [.september2026, .legacy]
}
