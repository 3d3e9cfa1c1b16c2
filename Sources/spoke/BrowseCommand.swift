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

    @Option(name: .long, help: "The theme to use (a NAME.toml in a themes folder; default: the profile's or config's, else default).")
    var theme: String?

    @Flag(name: .long, help: "Refuse every change: write keys say why, no write request is sent.")
    var readOnly = false

    func run() throws {
        let environment = ProcessInfo.processInfo.environment
        let config = portalOptions.loadConfig(environment: environment)
        let profile = try? config.profile(named: portalOptions.profile)
        let themeName = theme ?? profile?.theme ?? config.theme ?? "default"
        let (loadedTheme, themeWarnings) = ThemeLocator.load(named: themeName)
        let (client, sandbox, isDemo) = try portalOptions.connect(environment: environment, config: config)
        let (keyBindings, keyIssues) = KeyBindings.standard.remapped(by: config.keyRemaps, file: config.file ?? "config")
        let warnings = config.issues.map(\.description) + keyIssues.map(\.description) + themeWarnings
        let portal = PortalInfo(kind: isDemo ? .demo : .live, baseURL: client.baseURL)
        defer {
            if let sandbox { blockingAwait { await sandbox.stop() } }
        }

        let backend = NCursesBackend(theme: loadedTheme, colorMode: .respectingNoColor(environment: environment))
        let app = BrowserApp(client: client, portal: portal, backend: backend, keyBindings: keyBindings,
                             readOnly: readOnly || profile?.readOnly == true)
        app.offerThemes(current: themeName, choices: ThemeLocator.availableNames()) { name in
            let (theme, warnings) = ThemeLocator.load(named: name)
            return warnings.isEmpty ? theme : nil
        }
        app.offerProfiles(config.profileNames)
        let signals = SignalWatcher(inbox: app.inbox)
        if !warnings.isEmpty {
            app.show(StatusMessage(warnings.joined(separator: "; "), kind: .error))
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
