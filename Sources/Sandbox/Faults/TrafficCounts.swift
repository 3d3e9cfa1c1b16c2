/// What the sandbox's rate limits saw since it started: requests admitted and refused (429) per budget.
/// Tests and benches read it to show that a client stayed under the limits.
public struct TrafficCounts: Sendable, Hashable {
    /// Requests metered against the general (ten-second) budget and let through.
    public var admitted = 0
    /// Searches metered against search's own (per-second) budget and let through.
    public var searchesAdmitted = 0
    /// General requests answered 429 (`TEN_SECONDLY_ROLLING`).
    public var refused = 0
    /// Searches answered 429 (`SECONDLY`).
    public var searchesRefused = 0

    /// Creates empty counts.
    public init() {}

    /// Every 429 sent, of either budget.
    public var tooManyRequests: Int { refused + searchesRefused }
}
