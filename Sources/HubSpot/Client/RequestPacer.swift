import Synchronization

/// Keeps a client within the portal's request budget, as learned from `X-HubSpot-RateLimit-*`
/// headers: it counts its own requests in a rolling window and holds back the one that would
/// overrun it, and after a 429 it holds every request until the server's `Retry-After`.
public final class RequestPacer: Sendable {
    private struct State {
        var budget: Int?
        var interval: Duration = .seconds(10)
        var sent: [ContinuousClock.Instant] = []
        var blockedUntil: ContinuousClock.Instant?
    }

    private let clock = ContinuousClock()
    private let state = Mutex(State())

    /// Creates a pacer that knows no budget until a response tells it one.
    public init() {}

    /// How long the next request must wait; the request is counted as sent at the end of that wait.
    public func reserve() -> Duration {
        let now = clock.now
        return state.withLock { state in
            var start = now
            if let blocked = state.blockedUntil, blocked > start { start = blocked }
            state.sent.removeAll { start - $0 >= state.interval }
            if let budget = state.budget, state.sent.count >= budget {
                // Wait until enough earlier requests have left the window.
                let oldest = state.sent[state.sent.count - budget]
                start = max(start, oldest + state.interval)
                state.sent.removeAll { start - $0 >= state.interval }
            }
            state.sent.append(start)
            return start - now
        }
    }

    /// Learns the budget from a response's headers. One request of slack is kept, because the
    /// server's window and ours do not start at the same instant.
    public func learn(from snapshot: RateLimitSnapshot) {
        state.withLock { state in
            state.budget = max(1, snapshot.max - 1)
            state.interval = .milliseconds(max(1, snapshot.intervalMilliseconds))
        }
    }

    /// Holds every request for `delay` (after a 429).
    public func block(for delay: Duration) {
        let until = clock.now + delay
        state.withLock { state in
            if state.blockedUntil.map({ $0 < until }) ?? true { state.blockedUntil = until }
        }
    }
}
