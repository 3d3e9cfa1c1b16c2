/// What the client reports while it works, so a UI can show "rate limited, retrying" and a
/// request log without the client knowing about either.
public enum ClientEvent: Sendable, Equatable {
    /// A request is going out now (every attempt, retries included).
    case sent(method: HTTPMethod, path: String)
    /// An attempt got no answer at all (refused, reset, timed out, cancelled); a retry may follow.
    case noAnswer(method: HTTPMethod, path: String, detail: String)
    /// A response arrived (any status), with the rate-limit headers it carried.
    case response(method: HTTPMethod, path: String, status: Int, milliseconds: Int, rateLimit: RateLimitSnapshot?)
    /// The request will be sent again after `delay`.
    case retrying(method: HTTPMethod, path: String, reason: RetryReason, attempt: Int, delay: Duration)
    /// A 429's `Retry-After` asked for a longer wait than the client takes (or one no clock holds); the
    /// `retrying` event that follows carries the wait actually taken.
    case retryAfterClamped(method: HTTPMethod, path: String, clamp: RetryAfterClamp)
    /// The client is holding a request back to stay within the portal's budget.
    case throttled(delay: Duration)
    /// The portal answered a path of the dated generation `from` as an unknown route while the legacy path
    /// worked: the client speaks legacy from now on.
    case generationFallback(from: APIVersion, path: String)
}

/// Why a request is being retried.
public enum RetryReason: Sendable, Equatable, CustomStringConvertible {
    /// 429, with HubSpot's policy name (`TEN_SECONDLY_ROLLING`, `SECONDLY`).
    case rateLimited(policy: String?)
    /// A 5xx answer.
    case serverError(Int)
    /// No answer at all (connection refused, reset, timed out).
    case connection(String)

    /// E.g. "rate limited (TEN_SECONDLY_ROLLING)".
    public var description: String {
        switch self {
        case .rateLimited(let policy): "rate limited" + (policy.map { " (\($0))" } ?? "")
        case .serverError(let status): "server error \(status)"
        case .connection(let detail): "no connection: \(detail)"
        }
    }
}

/// The `X-HubSpot-RateLimit-*` headers of one response.
public struct RateLimitSnapshot: Sendable, Equatable {
    /// Requests allowed per window (`-Max`).
    public var max: Int
    /// Requests left in the window (`-Remaining`).
    public var remaining: Int
    /// The window's length (`-Interval-Milliseconds`).
    public var intervalMilliseconds: Int
    /// Requests allowed per day (`-Daily`), when sent (HubSpot leaves the daily pair out for OAuth tokens).
    public var daily: Int?
    /// Requests left today (`-Daily-Remaining`), when sent.
    public var dailyRemaining: Int?

    /// Reads the headers of `response`; `nil` when it carries none (search answers do not).
    public init?(_ response: HTTPResponse) {
        guard let max = response.header("X-HubSpot-RateLimit-Max").flatMap(Int.init),
            let remaining = response.header("X-HubSpot-RateLimit-Remaining").flatMap(Int.init)
        else { return nil }
        self.max = max
        self.remaining = remaining
        intervalMilliseconds = response.header("X-HubSpot-RateLimit-Interval-Milliseconds").flatMap(Int.init) ?? 10_000
        daily = response.header("X-HubSpot-RateLimit-Daily").flatMap(Int.init)
        dailyRemaining = response.header("X-HubSpot-RateLimit-Daily-Remaining").flatMap(Int.init)
    }
}
