import ArgumentParser
import Browser
import CRMCache
import CommandLineSupport
import Foundation
import HubSpot
import Sandbox

/// `spoke doctor`: checks the setup a session needs, one line per check, with the fix for each failure.
struct DoctorCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "doctor",
        abstract: "Check the token, the server, the account, what the key can read (and write), and the cache.",
        discussion: """
            Each check prints one line (✓ passed, ✗ failed, · not checked) and each failure the fix under it. \
            Exits 0 when nothing failed; else 4 for a token or scope problem, 5 when the server cannot be \
            reached, 1 for anything else.
            """)

    @OptionGroup var portal: PortalOptions

    @Flag(name: .long, help: "Also check writing: create a scratch contact and archive it again (asks first).")
    var writeCheck = false

    @Flag(name: .long, help: "With --write-check: do not ask (needed without a terminal).")
    var yes = false

    @Option(name: .long, help: "The cache folder (default: $XDG_CACHE_HOME/spoke, else ~/.cache/spoke).")
    var cacheDir: String?

    func run() throws {
        let environment = ProcessInfo.processInfo.environment
        let report = DoctorReport(colored: DoctorReport.wantsColor(environment: environment))
        let config = portal.loadConfig(environment: environment)
        let profile: ConfigProfile?
        do {
            profile = try config.profile(named: portal.profile)
        } catch let issue as ConfigIssue {
            throw ValidationError(issue.description)
        }
        let version = try portal.chosenAPIVersion(profile: profile)
        let directory = cacheDir.map { URL(fileURLWithPath: $0) } ?? CRMCache.defaultDirectory(environment: environment)
        let write = DoctorWriteCheck(requested: writeCheck, assumeYes: yes, readOnly: profile?.readOnly == true)

        if portal.choosesDemo(profile: profile, environment: environment) {
            report.heading("spoke doctor: the built-in demo portal")
            for check in configChecks(config) { report.add(check) }
            report.add(.passed("token", "none needed: the demo portal runs in this process"))
            let server = try blockingAwait { try await SandboxServer.start(SandboxConfiguration()) }
            defer { blockingAwait { await server.stop() } }
            examine(server.baseURL, token: nil, version: version, write: write, report: report)
            report.add(DoctorCacheCheck.check(directory: directory, portalKey: CRMCache.demoPortalKey))
            return try finish(report)
        }

        let url = try portal.apiURL(profile: profile)
        let profileName = profile.map { " (profile \($0.name))" } ?? ""
        report.heading("spoke doctor: \(url.absoluteString)\(profileName)")
        for check in configChecks(config) { report.add(check) }
        let origin = portal.tokenOrigin(profile: profile, environment: environment)
        let (tokenCheck, token) = DoctorTokenCheck.check(origin, environment: environment)
        report.add(tokenCheck)
        var account: AccountDetails?
        if token == nil, origin != nil || !portal.namesAPI(profile: profile) {
            // A token that cannot be used (or none, where the browser would open the demo portal): the server
            // has nothing to say until that is fixed.
            report.add(.note("server", "not checked until the token is fixed"))
        } else {
            try portal.checkTransport(url, sendsToken: token != nil)
            account = examine(url, token: token, version: version, write: write, report: report)
        }
        let key = CRMCache.portalKey(
            baseURL: url,
            portalID: account?.portalId
                ?? PortalDirectory(directory: directory).portalID(baseURL: url, token: token))
        report.add(DoctorCacheCheck.check(directory: directory, portalKey: key))
        try finish(report)
    }

    /// Runs the checks that go through the client.
    @discardableResult
    private func examine(
        _ url: URL, token: String?, version: APIVersion, write: DoctorWriteCheck, report: DoctorReport
    ) -> AccountDetails? {
        let log = DoctorLog()
        // Few, quick retries: a person is waiting for the verdict, and an unreachable server says so at once.
        let client = HubSpotClient(
            baseURL: url, credentials: token.map { .bearer($0) }, transport: URLSessionTransport(timeout: 15),
            retryPolicy: RetryPolicy(maxAttempts: 3, maxConnectionAttempts: 2, baseDelay: .milliseconds(200)),
            observer: { log.record($0) }, apiVersion: version)
        return Doctor(client: client, log: log, report: report, sendsToken: token != nil).run(write: write)
    }

    /// Every problem of the config file, its `[keys]` included (one line each), or that it was read (or that
    /// there is none). The browser's status line has room for one; this is where all of them are listed.
    private func configChecks(_ config: SpokeConfig) -> [DoctorCheck] {
        let (_, keyIssues) = KeyBindings.standard.remapped(by: config.keyRemaps, file: config.file ?? "config")
        let issues = config.issues + keyIssues
        guard !issues.isEmpty else {
            return [.passed("config", config.file.map { "\($0) read" } ?? "none (options and environment only)")]
        }
        return issues.map { issue in
            .failed(
                "config", issue.description, fix: "correct it in \(config.file ?? "the config file")",
                exitStatus: ScriptExit.apiError)
        }
    }

    private func finish(_ report: DoctorReport) throws {
        report.summary()
        if report.exitStatus != 0 { throw ExitCode(report.exitStatus) }
    }
}
