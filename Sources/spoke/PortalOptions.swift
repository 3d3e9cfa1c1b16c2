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
    /// handed back so the caller can stop it (unless `offline`: then nothing is started or reached).
    func connect(environment: [String: String] = ProcessInfo.processInfo.environment, offline: Bool = false) throws
        -> (client: HubSpotClient, sandbox: SandboxServer?, isDemo: Bool)
    {
        let token = try TokenSource.resolve(tokenFile: tokenFile, environment: environment)
        if demo || token == nil {
            if offline { return (HubSpotClient(baseURL: Self.offlineDemoURL, credentials: nil), nil, true) }
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

    /// The demo portal's address when it is browsed offline (never contacted).
    static let offlineDemoURL = URL(string: "http://127.0.0.1:9")!

    /// The access token the options select, if any (for keying the cache; never printed).
    func token(environment: [String: String]) throws -> String? {
        try TokenSource.resolve(tokenFile: tokenFile, environment: environment)
    }
}
