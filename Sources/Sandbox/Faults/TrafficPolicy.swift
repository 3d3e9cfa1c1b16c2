/// How the sandbox meters and disturbs traffic: HubSpot's rate limits, and the latency and
/// server errors that fault drills inject.
public struct TrafficPolicy: Sendable, Hashable {
    /// The general budget (HubSpot's `TEN_SECONDLY_ROLLING`); generous by default so tests and
    /// demos never meet it, tight for drills.
    public var budget: RateBudget
    /// Search's own budget (HubSpot's `SECONDLY`, 5 per second per account).
    public var searchBudget: RateBudget
    /// The daily budget reported in `X-HubSpot-RateLimit-Daily`.
    public var dailyLimit: Int
    /// Added before every answer.
    public var latency: Duration
    /// The share of requests (0…1) answered with an injected server error before any work is done.
    public var errorRate: Double
    /// The statuses injected errors carry, drawn evenly.
    public var injectedStatuses: [Int]
    /// The share of requests (0…1) whose connection is closed without any answer.
    public var dropRate: Double
    /// How answers are spoiled, if at all; applies to `bodyFaultRate` of the 2xx answers.
    public var bodyFault: BodyFault?
    /// The share of 2xx answers (0…1) spoiled by `bodyFault`.
    public var bodyFaultRate: Double
    /// The share of creates (0…1) performed and then left unanswered: the connection closes after the
    /// record exists, as when a proxy drops the reply.
    public var lostAnswerRate: Double

    /// When set, `bodyFault` spoils only the answers to writes (creates, updates, archives; not searches or
    /// batch reads): a drill of a write that landed but whose answer did not.
    public var bodyFaultOnWritesOnly = false
    /// Sent as `Retry-After` on every 429 instead of the real wait (`inf`, `1e308`, twenty nines): a drill of
    /// a server that asks for a wait no client should take. `nil` sends the seconds until the window has room.
    public var retryAfter: String?

    /// Creates a policy; the defaults meter like a large portal and inject nothing.
    public init(
        budget: RateBudget = RateBudget(requests: 1000, interval: .seconds(10)),
        searchBudget: RateBudget = RateBudget(requests: 5, interval: .seconds(1)),
        dailyLimit: Int = 1_000_000, latency: Duration = .zero, errorRate: Double = 0,
        injectedStatuses: [Int] = [503], dropRate: Double = 0, bodyFault: BodyFault? = nil,
        bodyFaultRate: Double = 1, lostAnswerRate: Double = 0
    ) {
        self.budget = budget
        self.searchBudget = searchBudget
        self.dailyLimit = dailyLimit
        self.latency = latency
        self.errorRate = errorRate
        self.injectedStatuses = injectedStatuses.isEmpty ? [503] : injectedStatuses
        self.dropRate = dropRate
        self.bodyFault = bodyFault
        self.bodyFaultRate = bodyFaultRate
        self.lostAnswerRate = lostAnswerRate
    }

    /// Parses `0.2`, `20%` or `20` (taken as a percentage when above 1).
    public static func parseRate(_ text: String) -> Double? {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        let isPercent = trimmed.hasSuffix("%")
        guard let value = Double(isPercent ? String(trimmed.dropLast()) : trimmed), value >= 0 else { return nil }
        let rate = isPercent || value > 1 ? value / 100 : value
        return rate <= 1 ? rate : nil
    }
}
