import ArgumentParser
import Browser
import CRMCache
import CommandLineSupport
import Foundation
import HubSpot
import Logging
import Sandbox
import TerminalUI

/// `spoke [browse]`: the full-screen browser.
struct BrowseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "browse",
        abstract: "Browse a HubSpot portal (the default command)."
    )

    @OptionGroup var portalOptions: PortalOptions

    @Option(
        name: .long,
        help: "The theme to use (a NAME.toml in a themes folder; default: the profile's or config's, else default).")
    var theme: String?

    @Flag(name: .long, help: "Refuse every change: write keys say why, no write request is sent.")
    var readOnly = false

    @Flag(name: .long, help: "Never touch the network: browse the local cache; changes wait in its outbox.")
    var offline = false

    @Option(name: .long, help: "The cache folder (default: $XDG_CACHE_HOME/spoke, else ~/.cache/spoke).")
    var cacheDir: String?

    @Flag(name: .long, help: "Browse without the local cache (nothing is read from or written to disk).")
    var noCache = false

    @Option(
        name: .long,
        help: ArgumentHelp(
            "Append the session's requests, retries, writes and errors to this file, never a token or a query "
                + "string (default: $SPOKE_LOG).", valueName: "path"))
    var logFile: String?

    func run() throws {
        let environment = ProcessInfo.processInfo.environment
        // Before anything starts (the demo sandbox, the cache): without a terminal there is nothing to browse in.
        if let problem = TerminalRequirement.problem(environment: environment) {
            FileHandle.standardError.write(Data("spoke: \(problem)\n".utf8))
            throw ExitCode(ScriptExit.noTerminal)
        }
        let config = portalOptions.loadConfig(environment: environment)
        let profile = try? config.profile(named: portalOptions.profile)
        let themeName = theme ?? profile?.theme ?? config.theme ?? "default"
        let (loadedTheme, themeWarnings) = ThemeLocator.load(named: themeName)
        if offline, noCache { throw ValidationError("--offline needs the cache; drop --no-cache") }
        var (client, sandbox, isDemo) = try portalOptions.connect(
            environment: environment, config: config,
            offline: offline)
        // The browser shows what the client reports in its own status line; a line on stderr would land on the
        // drawn screen.
        client.observer = nil
        let (keyBindings, keyIssues) = KeyBindings.standard.remapped(
            by: config.keyRemaps, file: config.file ?? "config")
        // The header names the profile only when it chose this portal: `--base-url`, `--token-file`, `--demo` or
        // HUBSPOT_ACCESS_TOKEN that win over it browse a portal the profile does not describe.
        let profileChosePortal =
            profile.map {
                $0.demo == isDemo && !portalOptions.namesAPIOutsideProfile(environment: environment)
            } ?? false
        let portal = PortalInfo(
            kind: isDemo ? .demo : .live, baseURL: client.baseURL,
            profile: profileChosePortal ? portalOptions.profile ?? config.defaultProfile : nil)
        defer {
            if let sandbox { blockingAwait { await sandbox.stop() } }
        }

        var warnings = config.issues.map(\.description) + keyIssues.map(\.description) + themeWarnings
        var cache: CRMCache?
        var firstPageAhead: FirstPageAhead?
        // Without the cache the portal is known by its address (the demo by its fixed key).
        var portalKey = isDemo ? CRMCache.demoPortalKey : CRMCache.portalKey(baseURL: client.baseURL)
        let backend = NCursesBackend(
            theme: loadedTheme, colorMode: .respectingNoColor(environment: environment),
            mouse: config.mouse)
        if !noCache {
            let directory =
                cacheDir.map { URL(fileURLWithPath: $0) } ?? CRMCache.defaultDirectory(environment: environment)
            let opened = BrowseCache.open(
                directory: directory, client: client, isDemo: isDemo,
                token: try portalOptions.token(profile: profile, environment: environment), offline: offline
            ) { waitingFor in
                // The one wait before the browser starts gets a frame of its own, so the terminal is never blank.
                try? backend.start()
                backend.draw(ConnectingFrame.render(waitingFor, size: backend.size))
            }
            cache = opened.cache
            portalKey = opened.key
            firstPageAhead = opened.ahead
            if let warning = opened.warning { warnings.append(warning) }
        }

        let app = BrowserApp(
            client: client, portal: portal, backend: backend, keyBindings: keyBindings,
            readOnly: readOnly || profile?.readOnly == true, cache: cache, offline: offline,
            firstPageAhead: firstPageAhead, probesEmptyTypes: true)
        if let path = logFile ?? environment["SPOKE_LOG"].flatMap({ $0.isEmpty ? nil : $0 }) {
            let handler = try FileLogHandler(path: path)
            app.log = SessionLog(logger: Logger(label: "spoke") { _ in handler })
        }
        app.offerThemes(current: themeName, choices: ThemeLocator.availableNames()) { name in
            let (theme, warnings) = ThemeLocator.load(named: name)
            return warnings.isEmpty ? theme : nil
        }
        app.offerProfiles(config.profileNames)
        app.identify(me: profile?.me)
        if let warning = app.usePreferences(
            PortalPreferencesStore.standard(portalKey: portalKey, environment: environment),
            configuredColumns: config.columns)
        {
            warnings.append(warning)
        }
        let signals = SignalWatcher(inbox: app.inbox)
        if let report = environment["SPOKE_FIRST_FRAME_REPORT"] {
            // `spoke bench cache` times process start to the first frame with rows, then this session ends.
            app.afterDraw = { [unowned app] state in
                guard (state.activeList?.rowCount ?? 0) > 0 else { return }
                var now = timespec()
                clock_gettime(CLOCK_REALTIME, &now)
                let stamp = String(format: "%ld.%09ld\n", now.tv_sec, now.tv_nsec)
                _ = FileManager.default.createFile(atPath: report, contents: Data(stamp.utf8))
                app.quit()
            }
        }
        if environment["SPOKE_TEST_CRASH"] == "background" {
            // For the terminal tests: a crash in a background task must still leave the shell's terminal sane.
            Task.detached {
                try? await Task.sleep(for: .milliseconds(300))
                fatalError("SPOKE_TEST_CRASH=background: a crash in a background task, on purpose")
            }
        }
        app.show(problems: warnings)
        try app.run()
        withExtendedLifetime(signals) {}
        if let name = app.quitSignal {
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
