import ArgumentParser
import Browser
import CRMCache
import Foundation
import HubSpot
import Synchronization
import TerminalUI

/// The browser on a MemoryBackend (through the ``BrowserDriver`` the screen tests use), driven a key at a
/// time from synchronous code until its effects finish, with every request its client sends written down
/// (retries included).
final class HeadlessBrowser {
    /// The app under test; its run loop is stepped here instead of by `run()`.
    var app: BrowserApp { driver.app }
    private let driver: BrowserDriver
    private let sent = SentRequests()

    /// A browser of `size` on the portal at `baseURL`, shown as the demo portal, reading through `cache`.
    init(baseURL: URL, cache: CRMCache?, size: Size) {
        let backend = MemoryBackend(size: size)
        let sent = self.sent
        let client = HubSpotClient(baseURL: baseURL, credentials: nil) { event in
            if case .sent(let method, let path) = event { sent.append("\(method.rawValue) \(path)") }
        }
        let app = BrowserApp(
            client: client, portal: PortalInfo(kind: .demo, baseURL: baseURL), backend: backend, cache: cache)
        driver = BrowserDriver(app: app, backend: backend)
    }

    /// Opens the first list, as a session's start does, and waits for everything it asked for.
    func start() throws {
        app.start()
        _ = try driver.settleTimed()
    }

    /// The requests sent since the last call, as "METHOD /path", and forgets them.
    func takeRequests() -> [String] {
        sent.take()
    }

    /// Presses `key` and steps until idle. Returns the time from the press to idle, and to the first drawn
    /// frame in which `shown` held (nil if none did).
    func press(_ key: Key, shown: (BrowserState) -> Bool) throws -> (idle: Duration, shown: Duration?) {
        try driver.pressTimed(key, shown: shown)
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
