import Browser
import CRMCache
import Foundation
import HubSpot
import Sandbox
import TerminalUI
import Testing

/// A browser on a MemoryBackend against a real sandbox, driven key by key until idle (through the
/// ``BrowserDriver`` `spoke bench` uses too).
final class BrowserHarness {
    let server: SandboxServer
    let driver: BrowserDriver
    var backend: MemoryBackend { driver.backend }
    var app: BrowserApp { driver.app }

    /// The sandbox the screens are tested on unless a test says otherwise: the usual budget of 1,000 requests, over
    /// an hour instead of ten seconds. The header's `API n/m` in a snapshot then counts the session's requests, however
    /// slowly a loaded machine answers them (a start-up spread over more than 10 s showed `API 998/1000`, not 994).
    static var unhurriedSandbox: SandboxConfiguration {
        var configuration = SandboxConfiguration()
        configuration.traffic.budget = RateBudget(
            requests: configuration.traffic.budget.requests, interval: .seconds(3600))
        return configuration
    }

    /// Starts a sandbox (seed 42) and a browser of `size` on it; the header shows a fixed
    /// address so snapshots do not depend on the port.
    static func start(
        width: Int, height: Int, portal: Portal = Portal(seed: 42), cache: CRMCache? = nil,
        offline: Bool = false, readOnly: Bool = false, preferences: PortalPreferencesStore? = nil,
        configuredColumns: [String: [String]] = [:], configuration: SandboxConfiguration = unhurriedSandbox,
        startTimeout: Duration = .seconds(60), apiVersion: APIVersion = .standard, retryPolicy: RetryPolicy? = nil,
        firstPageAhead: Bool = false, probesEmptyTypes: Bool = false, prepare: (Portal) -> Void = { _ in }
    ) async throws -> BrowserHarness {
        prepare(portal)
        let server = try await SandboxServer.start(configuration, portal: portal)
        let harness = BrowserHarness(
            server: server, size: Size(width: width, height: height), cache: cache,
            offline: offline, readOnly: readOnly, apiVersion: apiVersion, retryPolicy: retryPolicy,
            firstPageAhead: firstPageAhead, probesEmptyTypes: probesEmptyTypes)
        let warning = harness.app.usePreferences(preferences, configuredColumns: configuredColumns)
        try #require(warning == nil, "\(warning ?? "")")
        harness.app.start()
        try await harness.settle(timeout: startTimeout)
        return harness
    }

    private init(
        server: SandboxServer, size: Size, cache: CRMCache?, offline: Bool, readOnly: Bool, apiVersion: APIVersion,
        retryPolicy: RetryPolicy?, firstPageAhead: Bool, probesEmptyTypes: Bool
    ) {
        self.server = server
        let backend = MemoryBackend(size: size)
        // Few, quick retries: the cache tests cut the server off on purpose (every connection closed unanswered).
        // The transport keeps its usual 30 s per request: on a loaded two-core machine a loopback answer has taken
        // 8 s, and a 5 s limit here turned that into timeouts, retries and a test still busy after 20 s.
        var client =
            cache == nil
            ? HubSpotClient(baseURL: server.baseURL, credentials: nil, apiVersion: apiVersion)
            : HubSpotClient(
                baseURL: server.baseURL, credentials: nil,
                retryPolicy: RetryPolicy(maxAttempts: 2, baseDelay: .milliseconds(20)), apiVersion: apiVersion)
        if let retryPolicy { client.retryPolicy = retryPolicy }
        let shown = PortalInfo(kind: .demo, baseURL: URL(string: "http://127.0.0.1:8080")!)
        // As `spoke` does for a token it has never seen: the first page is asked for before the app exists.
        let ahead =
            firstPageAhead
            ? ObjectTypeRegistry.standard.all.first.map { FirstPageAhead(client: client, type: $0) } : nil
        let app = BrowserApp(
            client: client, portal: shown, backend: backend, readOnly: readOnly, cache: cache,
            offline: offline, firstPageAhead: ahead, probesEmptyTypes: probesEmptyTypes)
        driver = BrowserDriver(app: app, backend: backend)
    }

    /// Presses keys one at a time, letting each one's fetches finish.
    func press(_ keys: Key...) async throws {
        for key in keys { try await driver.press(key) }
    }

    /// Steps the app until no effect is running and no result is waiting. Sleeps with `Task.sleep`, never
    /// blocking a thread: the sandbox answers on the same thread pool.
    func settle(timeout: Duration = .seconds(60)) async throws {
        try await driver.settle(timeout: timeout)
    }

    /// Moves the detail pane's selection to `property` (the record must be open in the detail pane).
    func selectProperty(_ property: String) async throws {
        let state = app.state
        let detail = try #require(state.detail)
        let rows = state.detailRows(detail)
        let index = try #require(rows.firstIndex { $0.name == property }, "no row for \(property)")
        let steps = index - detail.selection.selected
        for _ in 0..<abs(steps) { try await press(steps > 0 ? .down : .up) }
    }

    /// Opens the inline editor on `property`, replaces its text with `text`, and presses Enter.
    func edit(_ property: String, to text: String) async throws {
        try await selectProperty(property)
        try await press(.character("e"), .control("u"))
        try await type(text)
        try await press(.enter)
    }

    /// Types `text` a character at a time.
    func type(_ text: String) async throws {
        for character in text { try await press(.character(character)) }
    }

    /// A client of the harness's sandbox, to check what the server holds.
    var client: HubSpotClient { HubSpotClient(baseURL: server.baseURL, credentials: nil) }

    /// What the screen shows now.
    var screen: String { driver.screen }

    /// The canvas last drawn.
    var canvas: Canvas { backend.lastCanvas! }

    func stop() async {
        await server.stop()
    }
}
