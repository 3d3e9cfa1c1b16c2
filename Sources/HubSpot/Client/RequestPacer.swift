import Synchronization

/// Keeps a client within the portal's request budgets: the general one learned from
/// `X-HubSpot-RateLimit-*` headers, and search's own (HubSpot meters searches apart, at 5 a second,
/// and exempts them from the ten-second budget). It counts its own requests in a rolling window per
/// lane and holds back the one that would overrun it; after a 429 it holds that lane's requests until
/// the server's `Retry-After`. Every copy of a client, and every stream of a sync, shares one pacer.
public final class RequestPacer: Sendable {
    /// Which budget a request is metered against.
    public enum Lane: Sendable, Hashable {
        /// Every request but search: HubSpot's `TEN_SECONDLY_ROLLING` budget.
        case general
        /// CRM search: HubSpot's `SECONDLY` budget, 5 a second per account.
        case search
    }

    /// One lane's rolling window.
    private struct Window {
        var budget: Int?
        var interval: Duration
        var sent: [ContinuousClock.Instant] = []
        var blockedUntil: ContinuousClock.Instant?

        mutating func reserve(now: ContinuousClock.Instant) -> ContinuousClock.Instant {
            var start = now
            if let blocked = blockedUntil, blocked > start { start = blocked }
            let interval = interval
            sent.removeAll { start - $0 >= interval }
            if let budget, sent.count >= budget {
                // Wait until enough earlier requests have left the window.
                let oldest = sent[sent.count - budget]
                start = max(start, oldest + interval)
                sent.removeAll { start - $0 >= interval }
            }
            sent.append(start)
            return start
        }

        mutating func block(until: ContinuousClock.Instant) {
            if blockedUntil.map({ $0 < until }) ?? true { blockedUntil = until }
        }
    }

    /// Search's budget as HubSpot documents it: 5 requests a second. No answer states it (search answers
    /// carry no rate-limit headers), so it is fixed; the window is kept a tenth longer than the server's,
    /// since our send times and its arrival times differ by the link's jitter, and a 429 costs a whole
    /// second of `Retry-After`.
    public static let searchBudget = (requests: 5, interval: Duration.milliseconds(1_100))

    private let clock = ContinuousClock()
    private let state = Mutex(
        (
            general: Window(budget: nil, interval: .seconds(10)),
            search: Window(budget: searchBudget.requests, interval: searchBudget.interval)
        ))

    /// Creates a pacer that knows no general budget until a response tells it one.
    public init() {}

    /// How long the next request of `lane` must wait; the request is counted as sent at the end of that wait.
    public func reserve(_ lane: Lane = .general) -> Duration {
        let now = clock.now
        return state.withLock { state in
            switch lane {
            case .general: state.general.reserve(now: now) - now
            case .search: state.search.reserve(now: now) - now
            }
        }
    }

    /// Learns the general budget from a response's headers. One request of slack is kept, because the
    /// server's window and ours do not start at the same instant.
    public func learn(from snapshot: RateLimitSnapshot) {
        state.withLock { state in
            state.general.budget = max(1, snapshot.max - 1)
            state.general.interval = .milliseconds(max(1, snapshot.intervalMilliseconds))
        }
    }

    /// Holds `lane`'s requests for `delay` (after a 429 of that lane's policy); `nil` holds every lane.
    public func block(for delay: Duration, lane: Lane? = nil) {
        let until = clock.now + delay
        state.withLock { state in
            if lane != .search { state.general.block(until: until) }
            if lane != .general { state.search.block(until: until) }
        }
    }
}
