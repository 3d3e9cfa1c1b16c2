import Foundation

/// A request budget: at most `requests` in any rolling window of `interval`, as HubSpot meters it.
public struct RateBudget: Sendable, Hashable, CustomStringConvertible {
    /// Requests allowed per window.
    public var requests: Int
    /// The window's length.
    public var interval: Duration

    /// Creates a budget.
    public init(requests: Int, interval: Duration) {
        self.requests = requests
        self.interval = interval
    }

    /// Parses `20/10s`, `5/1s`, `100/500ms` or a bare `20` (per 10 s, HubSpot's window).
    public init?(parsing text: String) {
        let parts = text.split(separator: "/", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
        guard let requests = Int(parts[0]), requests > 0 else { return nil }
        var interval = Duration.seconds(10)
        if parts.count == 2 {
            let unit = parts[1]
            if unit.hasSuffix("ms"), let value = Int(unit.dropLast(2)), value > 0 {
                interval = .milliseconds(value)
            } else if unit.hasSuffix("s"), let value = Int(unit.dropLast()), value > 0 {
                interval = .seconds(value)
            } else if let value = Int(unit), value > 0 {
                interval = .seconds(value)
            } else {
                return nil
            }
        }
        self.init(requests: requests, interval: interval)
    }

    /// The window in milliseconds, for `X-HubSpot-RateLimit-Interval-Milliseconds`.
    public var intervalMilliseconds: Int {
        Int(interval.components.seconds * 1000 + interval.components.attoseconds / 1_000_000_000_000_000)
    }

    /// E.g. `20/10s`.
    public var description: String {
        "\(requests)/\(intervalMilliseconds % 1000 == 0 ? "\(intervalMilliseconds / 1000)s" : "\(intervalMilliseconds)ms")"
    }
}
