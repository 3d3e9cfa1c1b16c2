import ArgumentParser
import Browser
import CRMCache
import Foundation
import HubSpot
import Synchronization
import TerminalUI

/// The browser on a MemoryBackend, driven a key at a time from synchronous code until its effects
/// finish, with every request its client sends written down (retries included).
final class HeadlessBrowser {
    /// The app under test; its run loop is stepped here instead of by `run()`.
    let app: BrowserApp
    private let backend: MemoryBackend
    private let sent = SentRequests()

    /// A browser of `size` on the portal at `baseURL`, shown as the demo portal, reading through `cache`.
    init(baseURL: URL, cache: CRMCache?, size: Size) {
        backend = MemoryBackend(size: size)
        let sent = self.sent
        let client = HubSpotClient(baseURL: baseURL, credentials: nil) { event in
            if case .sent(let method, let path) = event { sent.append("\(method.rawValue) \(path)") }
        }
        app = BrowserApp(
            client: client, portal: PortalInfo(kind: .demo, baseURL: baseURL), backend: backend, cache: cache)
    }

    /// Opens the first list, as a session's start does, and waits for everything it asked for.
    func start() throws {
        app.start()
        _ = try settle(since: ContinuousClock.now)
    }

    /// The requests sent since the last call, as "METHOD /path", and forgets them.
    func takeRequests() -> [String] {
        sent.take()
    }

    /// Presses `key` and steps until idle. Returns the time from the press to idle, and to the first
    /// drawn frame in which `shown` held (nil if none did).
    func press(_ key: Key, shown: (BrowserState) -> Bool) throws -> (idle: Duration, shown: Duration?) {
        let pressed = ContinuousClock.now
        backend.keys.append(key)
        return try settle(since: pressed, shown: shown)
    }

    /// Steps the app (read a key, drain results, draw) until no effect runs and no result waits.
    private func settle(
        since start: ContinuousClock.Instant, timeout: Duration = .seconds(30),
        shown: (BrowserState) -> Bool = { _ in false }
    ) throws -> (idle: Duration, shown: Duration?) {
        var shownAfter: Duration?
        while ContinuousClock.now - start < timeout {
            app.step(timeoutMilliseconds: 0)
            if shownAfter == nil, shown(app.state) { shownAfter = ContinuousClock.now - start }
            if app.isIdle {
                // Results posted just before the effect count dropped are drained by one more step.
                app.step(timeoutMilliseconds: 0)
                if shownAfter == nil, shown(app.state) { shownAfter = ContinuousClock.now - start }
                return (ContinuousClock.now - start, shownAfter)
            }
            // Yield the core: the effects and the sandbox run on other threads of this process.
            usleep(200)
        }
        throw ValidationError("the browser was still busy after \(timeout); screen:\n\(backend.text)")
    }

    /// The client's requests, written down from whichever thread sends them.
    private final class SentRequests: Sendable {
        private let list = Mutex<[String]>([])

        /// Writes down one request.
        func append(_ request: String) {
            list.withLock { $0.append(request) }
        }

        /// Everything written down so far, which is then forgotten.
        func take() -> [String] {
            list.withLock { requests in
                defer { requests = [] }
                return requests
            }
        }
    }
}
