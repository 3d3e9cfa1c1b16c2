import ArgumentParser
import Browser
import Foundation
import HubSpot
import Sandbox
import TerminalUI

/// `spoke [browse]`: the full-screen browser.
struct BrowseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "browse",
        abstract: "Browse a HubSpot portal (the default command)."
    )

    @Option(name: .long, help: "The HubSpot-compatible API to browse.")
    var baseURL: String = "https://api.hubapi.com"

    @Option(name: .long, help: "Read the access token from this file (must not be readable by others).")
    var tokenFile: String?

    @Flag(name: .long, help: "Open the built-in demo portal even when a token is configured.")
    var demo = false

    @Option(name: .long, help: "The theme to use (a NAME.toml in a themes folder).")
    var theme: String = "default"

    func run() throws {
        let environment = ProcessInfo.processInfo.environment
        let token = try TokenSource.resolve(tokenFile: tokenFile, environment: environment)
        let (loadedTheme, themeWarnings) = ThemeLocator.load(named: theme)

        var sandbox: SandboxServer?
        let portal: PortalInfo
        let client: HubSpotClient
        if demo || token == nil {
            let server = try blockingAwait { try await SandboxServer.start(SandboxConfiguration()) }
            sandbox = server
            portal = PortalInfo(kind: .demo, baseURL: server.baseURL)
            client = HubSpotClient(baseURL: server.baseURL, credentials: nil)
        } else {
            guard let url = URL(string: baseURL), let scheme = url.scheme, ["http", "https"].contains(scheme),
                  url.host != nil
            else {
                throw ValidationError("--base-url must be an http(s) URL, got \"\(baseURL)\"")
            }
            portal = PortalInfo(kind: .live, baseURL: url)
            client = HubSpotClient(baseURL: url, credentials: token.map { .bearer($0) })
        }
        defer {
            if let sandbox { blockingAwait { await sandbox.stop() } }
        }

        let backend = NCursesBackend(theme: loadedTheme, colorMode: .respectingNoColor(environment: environment))
        let app = BrowserApp(client: client, portal: portal, backend: backend)
        let signals = SignalWatcher(inbox: app.inbox)
        if !themeWarnings.isEmpty {
            app.show(StatusMessage(themeWarnings.joined(separator: "; "), kind: .error))
        }
        try app.run()
        withExtendedLifetime(signals) {}
        if let name = app.state.quitSignal {
            throw ExitCode(Int32(128 + SignalName.number(name)))
        }
    }
}

/// Signal names to numbers, for the conventional 128+n exit status.
enum SignalName {
    static func number(_ name: String) -> Int {
        switch name {
        case "SIGHUP": Int(SIGHUP)
        case "SIGINT": Int(SIGINT)
        case "SIGTERM": Int(SIGTERM)
        default: 0
        }
    }
}
