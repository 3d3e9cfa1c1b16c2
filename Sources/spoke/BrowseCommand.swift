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

    @OptionGroup var portalOptions: PortalOptions

    @Option(name: .long, help: "The theme to use (a NAME.toml in a themes folder).")
    var theme: String = "default"

    @Flag(name: .long, help: "Refuse every change: write keys say why, no write request is sent.")
    var readOnly = false

    func run() throws {
        let environment = ProcessInfo.processInfo.environment
        let (loadedTheme, themeWarnings) = ThemeLocator.load(named: theme)
        let (client, sandbox, isDemo) = try portalOptions.connect(environment: environment)
        let portal = PortalInfo(kind: isDemo ? .demo : .live, baseURL: client.baseURL)
        defer {
            if let sandbox { blockingAwait { await sandbox.stop() } }
        }

        let backend = NCursesBackend(theme: loadedTheme, colorMode: .respectingNoColor(environment: environment))
        let app = BrowserApp(client: client, portal: portal, backend: backend, readOnly: readOnly)
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
