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

    /// A request counted in a window: when it was sent, then (``RequestPacer/settle(_:)``) when it was answered.
    private struct Sent {
        var id: UInt64
        var at: ContinuousClock.Instant
    }

    /// One lane's rolling window.
    private struct Window {
        var budget: Int?
        var interval: Duration
        var sent: [Sent] = []
        var blockedUntil: ContinuousClock.Instant?

        mutating func reserve(now: ContinuousClock.Instant, id: UInt64) -> ContinuousClock.Instant {
            let start = earliest(from: now, budget: budget)
            sent.append(Sent(id: id, at: start))
            return start
        }

        /// The first instant from `now` at which the window holds fewer than `budget` requests (and is not
        /// blocked); forgets the requests that have left the window by then.
        mutating func earliest(from now: ContinuousClock.Instant, budget: Int?) -> ContinuousClock.Instant {
            var start = now
            if let blocked = blockedUntil, blocked > start { start = blocked }
            let interval = interval
            // Answers re-stamp requests, so the order of sending is not the order of the stamps.
            sent.sort { $0.at < $1.at }
            sent.removeAll { start - $0.at >= interval }
            if let budget, sent.count >= budget {
                // Wait until enough earlier requests have left the window.
                let oldest = sent[sent.count - budget].at
                start = max(start, oldest + interval)
                sent.removeAll { start - $0.at >= interval }
            }
            return start
        }

        /// Moves request `id`'s stamp to `answered`, if it is still counted.
        mutating func settle(_ id: UInt64, answered: ContinuousClock.Instant) {
            guard let index = sent.firstIndex(where: { $0.id == id }) else { return }
            sent[index].at = max(sent[index].at, answered)
        }

        mutating func block(until: ContinuousClock.Instant) {
            if blockedUntil.map({ $0 < until }) ?? true { blockedUntil = until }
        }
    }

    /// Search's budget as HubSpot documents it: 5 requests a second. No answer states it (search answers
    /// carry no rate-limit headers), so it is fixed. Requests are counted from their answers (``settle(_:)``),
    /// never earlier than the server saw them arrive, so the window needs no margin for the link's jitter (it
    /// had a tenth while requests were counted from their sending); 20 ms are kept for the timers' own slop,
    /// since a 429 costs a whole second of `Retry-After`.
    public static let searchBudget = (requests: 5, interval: Duration.milliseconds(1_020))

    /// A request's place in its lane's window, to be settled when its answer comes.
    public struct Ticket: Sendable, Equatable {
        let lane: Lane
        let id: UInt64
    }

    private let clock = ContinuousClock()
    private let state = Mutex(
        (
            general: Window(budget: nil, interval: .seconds(10)),
            search: Window(budget: searchBudget.requests, interval: searchBudget.interval),
            background: Window(budget: nil, interval: .seconds(10)),
            nextID: UInt64(0)
        ))

    /// Creates a pacer that knows no general budget until a response tells it one.
    public init() {}

    /// How long the next request of `lane` must wait; the request is counted as sent at the end of that wait.
    public func reserve(_ lane: Lane = .general) -> Duration {
        admit(lane).delay
    }

    /// How long the next request of `lane` must wait, and its ticket: the request is counted as sent at the end
    /// of that wait, until ``settle(_:)`` counts it as answered.
    public func admit(_ lane: Lane = .general) -> (delay: Duration, ticket: Ticket) {
        admit(lane, now: clock.now)
    }

    /// ``admit(_:)`` at `now` (tests give the instant).
    func admit(_ lane: Lane, now: ContinuousClock.Instant) -> (delay: Duration, ticket: Ticket) {
        state.withLock { state in
            let id = state.nextID
            state.nextID += 1
            let ticket = Ticket(lane: lane, id: id)
            switch lane {
            case .general: return (state.general.reserve(now: now, id: id) - now, ticket)
            case .search: return (state.search.reserve(now: now, id: id) - now, ticket)
            case .background:
                // Its own share first, then room in the general window below half its budget; counted in both.
                let budget = state.general.budget ?? Self.assumedBudget
                var start = state.background.earliest(from: now, budget: max(1, budget / Self.backgroundShare))
                start = state.general.earliest(from: start, budget: max(1, budget / 2))
                state.background.sent.append(Sent(id: id, at: start))
                state.general.sent.append(Sent(id: id, at: start))
                return (start - now, ticket)
            }
        }
    }

    /// Counts `ticket`'s request from its answer on, not from its sending: the server counts a request when it
    /// arrives, which may be any time until the answer (a loaded machine, a new connection, the link), and a
    /// request stamped at sending but arriving late would put one more in the server's window than in ours.
    public func settle(_ ticket: Ticket) {
        settle(ticket, answered: clock.now)
    }

    /// ``settle(_:)`` at `answered` (tests give the instant).
    func settle(_ ticket: Ticket, answered: ContinuousClock.Instant) {
        state.withLock { state in
            switch ticket.lane {
            case .general: state.general.settle(ticket.id, answered: answered)
            case .search: state.search.settle(ticket.id, answered: answered)
            case .background:
                state.background.settle(ticket.id, answered: answered)
                state.general.settle(ticket.id, answered: answered)
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
