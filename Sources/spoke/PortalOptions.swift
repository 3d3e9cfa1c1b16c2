import ArgumentParser
import Browser
import CommandLineSupport
import Foundation
import HubSpot
import Sandbox

/// Which portal a command talks to: a config profile, a real one with a token, or the built-in demo portal.
struct PortalOptions: ParsableArguments {
    @Option(
        name: .long, help: "The HubSpot-compatible API to use (default: the profile's, else https://api.hubapi.com).")
    var baseURL: String?

    @Option(name: .long, help: "Read the access token from this file (must not be readable by others).")
    var tokenFile: String?

    @Flag(name: .long, help: "Use the built-in demo portal even when a token is configured.")
    var demo = false

    @Option(name: .long, help: "Read settings from this file instead of $XDG_CONFIG_HOME/spoke/config.toml.")
    var config: String?

    @Option(name: .long, help: "Use this [profiles.NAME] from the config file (default: its default_profile).")
    var profile: String?

    @Flag(name: .long, help: "Send the token over plain http to a host other than this machine (it crosses in clear).")
    var insecure = false

    @Option(
        name: .long,
        help: ArgumentHelp(
            "The HubSpot API generation to speak: \(APIVersion.names) (default: the profile's api_version, else \(APIVersion.standard.name)).",
            valueName: "version"))
    var apiVersion: String?

    /// `--api-version`, else the profile's `api_version`, else the default generation.
    func chosenAPIVersion(profile: ConfigProfile?) throws -> APIVersion {
        guard let apiVersion else { return profile?.apiVersion ?? .standard }
        guard let version = APIVersion(rawValue: apiVersion) else {
            throw ValidationError("--api-version must be one of \(APIVersion.names), got \"\(apiVersion)\"")
        }
        return version
    }

    /// The config file's settings; its issues are for the caller to show.
    func loadConfig(environment: [String: String]) -> SpokeConfig {
        SpokeConfig.load(path: config, environment: environment)
    }

    /// The config file's settings, its issues said on stderr (for the commands that print, not draw).
    func loadConfigSayingIssues(environment: [String: String]) -> SpokeConfig {
        let settings = loadConfig(environment: environment)
        for issue in settings.issues { FileHandle.standardError.write(Data("spoke: \(issue)\n".utf8)) }
        return settings
    }

    /// A client for the chosen portal; for the demo portal the sandbox is started in process and
    /// handed back so the caller can stop it (unless `offline`: then nothing is started or reached).
    /// Command-line options win over the profile's settings.
    func connect(
        environment: [String: String] = ProcessInfo.processInfo.environment, config: SpokeConfig? = nil,
        offline: Bool = false
    ) throws -> (client: HubSpotClient, sandbox: SandboxServer?, isDemo: Bool) {
        let settings = config ?? loadConfigSayingIssues(environment: environment)
        let chosen: ConfigProfile?
        do {
            chosen = try settings.profile(named: profile)
        } catch let issue as ConfigIssue {
            throw ValidationError(issue.description)
        }
        let token = try token(profile: chosen, environment: environment)
        // Command-line options win over the profile, and the environment's token over the one
        // default_profile picked: with --base-url, --token-file or HUBSPOT_ACCESS_TOKEN, a default demo
        // profile does not turn the session into the demo. A profile that names its own API (a local
        // sandbox, say) is used even without a token.
        if choosesDemo(profile: chosen, environment: environment) || (token == nil && !namesAPI(profile: chosen)) {
            let version = try chosenAPIVersion(profile: chosen)
            if offline {
                return (HubSpotClient(baseURL: Self.offlineDemoURL, credentials: nil, apiVersion: version), nil, true)
            }
            let server = try blockingAwait { try await SandboxServer.start(SandboxConfiguration()) }
            let client = HubSpotClient(
                baseURL: server.baseURL, credentials: nil, observer: StandardErrorLine.clientObserver,
                apiVersion: version)
            return (client, server, true)
        }
        let url = try apiURL(profile: chosen)
        try checkTransport(url, sendsToken: token != nil)
        let client = HubSpotClient(
            baseURL: url, credentials: token.map { .bearer($0) }, observer: StandardErrorLine.clientObserver,
            apiVersion: try chosenAPIVersion(profile: chosen))
        return (client, nil, false)
    }

    /// Whether `--demo`, or a demo profile the command line and the environment leave alone, asks for the demo
    /// portal.
    func choosesDemo(profile: ConfigProfile?, environment: [String: String]) -> Bool {
        demo || (profile?.demo == true && !namesAPIOutsideProfile(environment: environment))
    }

    /// Whether `--base-url` or the profile names an API (then it is used even without a token).
    func namesAPI(profile: ConfigProfile?) -> Bool {
        baseURL != nil || profile?.baseURL != nil
    }

    /// The API to talk to: `--base-url`, else the profile's, else HubSpot's; refused unless it is an http(s) URL.
    func apiURL(profile: ConfigProfile?) throws -> URL {
        try Self.httpURL(baseURL ?? profile?.baseURL ?? "https://api.hubapi.com")
    }

    /// `base` as an API address; refused unless it is an http(s) URL with a host.
    static func httpURL(_ base: String) throws -> URL {
        guard let url = URL(string: base), let scheme = url.scheme, ["http", "https"].contains(scheme),
            url.host != nil
        else {
            throw ValidationError("--base-url must be an http(s) URL, got \"\(base)\"")
        }
        return url
    }

    /// Refuses to send a token over plain `http://` to a host other than this machine, where anyone on the way can
    /// read it, unless `--insecure` says to; with `--insecure` it says so on stderr. Loopback (a local sandbox or
    /// proxy) is fine: the token never leaves the machine.
    func checkTransport(_ url: URL, sendsToken: Bool) throws {
        try Self.checkTransport(url, sendsToken: sendsToken, insecure: insecure)
    }

    /// ``checkTransport(_:sendsToken:)`` for a command with its own `--insecure` (`cache outbox --created`).
    static func checkTransport(_ url: URL, sendsToken: Bool, insecure: Bool) throws {
        guard sendsToken, url.scheme?.lowercased() == "http", !isLoopback(url.host ?? "") else { return }
        let host = url.host ?? url.absoluteString
        guard insecure else {
            throw ValidationError(
                "\(url.absoluteString) is plain http to \(host), not this machine: the token would cross the network "
                    + "in clear. Use https, or --insecure to send it anyway")
        }
        StandardErrorLine.write("warning: sending the token to \(host) over plain http, in clear (--insecure)")
    }

    /// Whether `host` names this machine: `localhost`, 127.0.0.0/8 or `::1`.
    static func isLoopback(_ host: String) -> Bool {
        let bare = host.trimmingCharacters(in: CharacterSet(charactersIn: "[]")).lowercased()
        if bare == "localhost" || bare == "::1" { return true }
        let parts = bare.split(separator: ".", omittingEmptySubsequences: false)
        return parts.count == 4 && parts[0] == "127" && parts.allSatisfy { UInt8($0) != nil }
    }

    /// The demo portal's address when it is browsed offline (never contacted).
    static let offlineDemoURL = URL(string: "http://127.0.0.1:9")!

    /// Whether the command line (`--base-url`, `--token-file`) or, unless `--profile` named the profile, the
    /// environment (`HUBSPOT_ACCESS_TOKEN`) names the portal: then they win over what the profile says.
    func namesAPIOutsideProfile(environment: [String: String]) -> Bool {
        if baseURL != nil || tokenFile != nil { return true }
        let environmentToken = environment["HUBSPOT_ACCESS_TOKEN"]?.trimmingCharacters(in: .whitespacesAndNewlines)
        return profile == nil && environmentToken?.isEmpty == false
    }

    /// Where the token the options select for `profile` (the config's, already read) comes from, if anywhere:
    /// `--token-file`; else, for a profile named with `--profile`, its token file or variable; else
    /// `HUBSPOT_ACCESS_TOKEN`; else the default profile's.
    func tokenOrigin(profile: ConfigProfile?, environment: [String: String]) -> TokenOrigin? {
        if tokenFile == nil, let profile, !namesAPIOutsideProfile(environment: environment) {
            if let file = profile.tokenFile { return .profileTokenFile(profile: profile.name, path: file) }
            if let variable = profile.tokenEnvironmentVariable {
                return .profileVariable(profile: profile.name, variable: variable)
            }
        }
        if let tokenFile { return .tokenFileOption(tokenFile) }
        return TokenSource.environmentOrigin(environment)
    }

    /// The access token the options select for `profile`, if any (see `tokenOrigin`). Used to key the cache;
    /// never printed.
    func token(profile: ConfigProfile?, environment: [String: String]) throws -> String? {
        guard let origin = tokenOrigin(profile: profile, environment: environment) else { return nil }
        do {
            return try TokenSource.read(origin, environment: environment)
        } catch {
            throw ValidationError(error.description)
        }
    }
}
