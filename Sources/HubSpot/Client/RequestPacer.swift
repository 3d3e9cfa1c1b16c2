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
        /// Work nobody waits for (the sidebar's probe of empty types): metered in the general budget, at most
        /// ``backgroundShare`` of it per window, and sent only while the general window is less than half spent,
        /// so the user's own requests never wait for it.
        case background
    }

    /// Whether the requests made in this task are background work (see ``Lane/background``).
    @TaskLocal public static var isBackground = false

    /// The part of the general budget background work may spend in one window: a tenth.
    public static let backgroundShare = 10

    /// The general budget assumed for background work before any answer has stated one: HubSpot's smallest
    /// (100 per ten seconds, free and Starter portals).
    static let assumedBudget = 100

    /// One lane's rolling window.
    private struct Window {
        var budget: Int?
        var interval: Duration
        var sent: [ContinuousClock.Instant] = []
        var blockedUntil: ContinuousClock.Instant?

        mutating func reserve(now: ContinuousClock.Instant) -> ContinuousClock.Instant {
            let start = earliest(from: now, budget: budget)
            sent.append(start)
            return start
        }

        /// The first instant from `now` at which the window holds fewer than `budget` requests (and is not
        /// blocked); forgets the requests that have left the window by then.
        mutating func earliest(from now: ContinuousClock.Instant, budget: Int?) -> ContinuousClock.Instant {
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
            search: Window(budget: searchBudget.requests, interval: searchBudget.interval),
            background: Window(budget: nil, interval: .seconds(10))
        ))

    /// Creates a pacer that knows no general budget until a response tells it one.
    public init() {}

    /// How long the next request of `lane` must wait; the request is counted as sent at the end of that wait.
    public func reserve(_ lane: Lane = .general) -> Duration {
        let now = clock.now
        return state.withLock { state in
            switch lane {
            case .general: return state.general.reserve(now: now) - now
            case .search: return state.search.reserve(now: now) - now
            case .background:
                // Its own share first, then room in the general window below half its budget; counted in both.
                let budget = state.general.budget ?? Self.assumedBudget
                var start = state.background.earliest(from: now, budget: max(1, budget / Self.backgroundShare))
                start = state.general.earliest(from: start, budget: max(1, budget / 2))
                state.background.sent.append(start)
                state.general.sent.append(start)
                return start - now
            }
        }
    }

    /// Learns the general budget from a response's headers. One request of slack is kept, because the
    /// server's window and ours do not start at the same instant.
    public func learn(from snapshot: RateLimitSnapshot) {
        state.withLock { state in
            state.general.budget = max(1, snapshot.max - 1)
            state.general.interval = .milliseconds(max(1, snapshot.intervalMilliseconds))
            state.background.interval = state.general.interval
        }
    }

    /// Holds `lane`'s requests for `delay` (after a 429 of that lane's policy); `nil` holds every lane.
    /// Background work is held with the general lane, whose budget it spends.
    public func block(for delay: Duration, lane: Lane? = nil) {
        let until = clock.now + delay
        state.withLock { state in
            if lane != .search { state.general.block(until: until) }
            if lane == nil || lane == .search { state.search.block(until: until) }
        }
    }
}
