/// How often and how patiently the client retries 429s, 5xx answers and lost connections.
public struct RetryPolicy: Sendable, Hashable {
    /// Attempts in all, the first included.
    public var maxAttempts: Int
    /// Attempts when there is no answer at all: a server that is down rarely comes back within
    /// seconds, and the person waiting should hear about it soon.
    public var maxConnectionAttempts: Int
    /// The first backoff step.
    public var baseDelay: Duration
    /// No single wait is longer than this.
    public var maxDelay: Duration

    /// Creates a policy.
    public init(
        maxAttempts: Int = 8, maxConnectionAttempts: Int = 3, baseDelay: Duration = .milliseconds(250),
        maxDelay: Duration = .seconds(20)
    ) {
        self.maxAttempts = maxAttempts
        self.maxConnectionAttempts = min(maxConnectionAttempts, maxAttempts)
        self.baseDelay = baseDelay
        self.maxDelay = maxDelay
    }

    /// Never retries.
    public static let none = RetryPolicy(maxAttempts: 1, maxConnectionAttempts: 1)

    /// Exponential backoff with full jitter (a random wait up to base·2^(attempt−1), capped), so
    /// many clients that failed together do not retry together.
    public func backoff(afterAttempt attempt: Int) -> Duration {
        let exponent = min(max(attempt - 1, 0), 16)
        let ceiling = min(baseDelay * (1 << exponent), maxDelay)
        let milliseconds = Self.milliseconds(ceiling)
        return .milliseconds(Int.random(in: max(1, milliseconds / 4)...max(1, milliseconds)))
    }

    /// The wait a `Retry-After` value asks for: seconds per HTTP; values of 1000 and more are read
    /// as milliseconds, since some HubSpot answers are reported to use them. Capped at `maxDelay`, before
    /// anything is converted: a server's `inf`, `1e308` or twenty nines waits `maxDelay`, and never traps.
    public func delay(retryAfter value: String?) -> Duration? {
        guard let value, let number = Double(value.trimmingCharacters(in: .whitespaces)), number >= 0 else {
            return nil
        }
        let asked = number >= 1000 ? number : number * 1000
        let cap = Double(Self.milliseconds(maxDelay))
        return .milliseconds(Int(min(asked, cap)))
    }

    /// What to report when `delay(retryAfter:)` waits less than `value` asks: a value past `maxDelay`, or one
    /// too large for any clock; `nil` when the wait is as asked (or there is no usable value).
    public func clamp(retryAfter value: String?) -> RetryAfterClamp? {
        guard let value, let number = Double(value.trimmingCharacters(in: .whitespaces)), number >= 0 else {
            return nil
        }
        let asked = number >= 1000 ? number : number * 1000
        guard asked > Double(Self.milliseconds(maxDelay)) else { return nil }
        return RetryAfterClamp(asked: value, waiting: maxDelay)
    }

    static func milliseconds(_ duration: Duration) -> Int {
        Int(duration.components.seconds) * 1000 + Int(duration.components.attoseconds / 1_000_000_000_000_000)
    }
}
