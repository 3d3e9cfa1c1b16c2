import Foundation
import TerminalUI

/// The browser on a `MemoryBackend`, stepped from outside instead of by `run()`: keys are queued and the app
/// is stepped until no effect runs and no result waits, as lazygit's integration tests wait for idle. The
/// screen tests and `spoke bench` drive the app through it, so both wait for idle the same way.
public final class BrowserDriver {
    /// The app being driven.
    public let app: BrowserApp
    /// The backend it draws on; keys are queued here.
    public let backend: MemoryBackend

    /// Drives `app`, which draws on `backend`.
    public init(app: BrowserApp, backend: MemoryBackend) {
        self.app = app
        self.backend = backend
    }

    /// What the screen shows now.
    public var screen: String { backend.text }

    /// One step (keys, results, a frame); true once the app is idle, after one more step drains the results
    /// posted just before the effect count dropped.
    private func stepIsIdle() -> Bool {
        app.step(timeoutMilliseconds: 0)
        guard app.isIdle else { return false }
        app.step(timeoutMilliseconds: 0)
        return true
    }

    // MARK: - From async code (tests): waits never block a thread, since the sandbox answers on the same pool
    // The default wait is a minute: it only ends a hang, and the whole suite in parallel on two cores has stalled a
    // loopback answer for 8 s.

    /// Presses each key in turn, letting each one's work finish.
    public func press(_ keys: Key..., timeout: Duration = .seconds(60)) async throws {
        for key in keys {
            backend.keys.append(key)
            try await settle(timeout: timeout)
        }
    }

    /// Steps the app until it is idle.
    public func settle(timeout: Duration = .seconds(60)) async throws {
        let deadline = ContinuousClock.now + timeout
        while ContinuousClock.now < deadline {
            if stepIsIdle() { return }
            try await Task.sleep(for: .milliseconds(2))
        }
        throw BrowserDriverTimeout(screen: screen, timeout: timeout)
    }

    // MARK: - From synchronous code (benchmarks): short sleeps between steps

    /// Presses `key` and steps until idle. Returns the time from the press to idle, and to the first frame in
    /// which `shown` held (nil if none did).
    public func pressTimed(
        _ key: Key, timeout: Duration = .seconds(30), shown: (BrowserState) -> Bool = { _ in false }
    ) throws -> (idle: Duration, shown: Duration?) {
        let pressed = ContinuousClock.now
        backend.keys.append(key)
        return try settleTimed(since: pressed, timeout: timeout, shown: shown)
    }

    /// Steps until idle, blocking; the times are counted from `start`.
    public func settleTimed(
        since start: ContinuousClock.Instant = .now, timeout: Duration = .seconds(30),
        shown: (BrowserState) -> Bool = { _ in false }
    ) throws -> (idle: Duration, shown: Duration?) {
        var shownAfter: Duration?
        while ContinuousClock.now - start < timeout {
            let idle = stepIsIdle()
            if shownAfter == nil, shown(app.state) { shownAfter = ContinuousClock.now - start }
            if idle { return (ContinuousClock.now - start, shownAfter) }
            // Yield the core: the effects (and an in-process sandbox) run on other threads.
            usleep(200)
        }
        throw BrowserDriverTimeout(screen: screen, timeout: timeout)
    }
}

/// The app was still busy when the driver stopped waiting; carries the screen it was showing.
public struct BrowserDriverTimeout: Error, CustomStringConvertible {
    /// The screen at the time.
    public let screen: String
    /// How long the driver waited.
    public let timeout: Duration

    /// Says how long, and what the screen showed.
    public var description: String { "the browser was still busy after \(timeout); screen:\n\(screen)" }
}
