import ArgumentParser
import Foundation
import HubSpot
import Sandbox

/// Which portal a command talks to: a real one with a token, or the built-in demo portal.
struct PortalOptions: ParsableArguments {
    @Option(name: .long, help: "The HubSpot-compatible API to use.")
    var baseURL: String = "https://api.hubapi.com"

    @Option(name: .long, help: "Read the access token from this file (must not be readable by others).")
    var tokenFile: String?

    @Flag(name: .long, help: "Use the built-in demo portal even when a token is configured.")
    var demo = false

    /// A client for the chosen portal; for the demo portal the sandbox is started in process and
    /// handed back so the caller can stop it.
    func connect(environment: [String: String] = ProcessInfo.processInfo.environment) throws
        -> (client: HubSpotClient, sandbox: SandboxServer?, isDemo: Bool)
    {
        let token = try TokenSource.resolve(tokenFile: tokenFile, environment: environment)
        if demo || token == nil {
            let server = try blockingAwait { try await SandboxServer.start(SandboxConfiguration()) }
            return (HubSpotClient(baseURL: server.baseURL, credentials: nil), server, true)
        }
        guard let url = URL(string: baseURL), let scheme = url.scheme, ["http", "https"].contains(scheme),
              url.host != nil
        else {
            throw ValidationError("--base-url must be an http(s) URL, got \"\(baseURL)\"")
        }
        return (HubSpotClient(baseURL: url, credentials: token.map { .bearer($0) }), nil, false)
    }
}
