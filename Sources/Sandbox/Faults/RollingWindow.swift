import Synchronization

/// Counts requests in a rolling window, to meter them against a `RateBudget`.
final class RollingWindow: Sendable {
    /// What metering one request decided.
    struct Decision: Sendable {
        /// Whether the request may go ahead.
        var allowed: Bool
        /// Requests left in the window after this one.
        var remaining: Int
        /// When the oldest counted request leaves the window (how long a refused caller should wait).
        var retryAfter: Duration
    }

    let budget: RateBudget
    private let clock = ContinuousClock()
    private let stamps = Mutex<[ContinuousClock.Instant]>([])

    init(budget: RateBudget) {
        self.budget = budget
    }

    /// Meters one request now: counts it if the window has room.
    func admit() -> Decision {
        let now = clock.now
        return stamps.withLock { stamps in
            stamps.removeAll { now - $0 >= budget.interval }
            guard stamps.count < budget.requests else {
                let wait = stamps.first.map { budget.interval - (now - $0) } ?? budget.interval
                return Decision(allowed: false, remaining: 0, retryAfter: wait)
            }
            stamps.append(now)
            return Decision(allowed: true, remaining: budget.requests - stamps.count, retryAfter: .zero)
        }
    }
}
