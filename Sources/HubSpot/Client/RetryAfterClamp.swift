import Foundation

/// A `Retry-After` the client would not honour as asked: longer than it ever waits, or a number no clock can
/// hold (`inf`, `1e308`). Reported, so a person watching knows why the wait is not what the server said.
public struct RetryAfterClamp: Sendable, Equatable, CustomStringConvertible {
    /// The header's value as sent, trimmed and cut to ``askedLimit`` characters.
    public var asked: String
    /// The wait the client takes instead (the policy's `maxDelay`).
    public var waiting: Duration

    /// How much of the header's value is kept: enough to recognise it, never a screenful.
    public static let askedLimit = 24

    /// Creates a report of `asked` being waited as `waiting`.
    public init(asked: String, waiting: Duration) {
        let trimmed = asked.trimmingCharacters(in: .whitespaces)
        self.asked = trimmed.count > Self.askedLimit ? trimmed.prefix(Self.askedLimit - 1) + "…" : trimmed
        self.waiting = waiting
    }

    /// E.g. `server asked to wait "inf" (Retry-After); waiting 20 s`.
    public var description: String {
        "server asked to wait \"\(asked)\" (Retry-After); waiting \(Self.seconds(waiting)) s"
    }

    /// Whole seconds, or tenths under ten seconds (`0.3`, `20`).
    static func seconds(_ duration: Duration) -> String {
        let milliseconds = RetryPolicy.milliseconds(duration)
        if milliseconds >= 10_000 || milliseconds % 1000 == 0 { return String(milliseconds / 1000) }
        return "\(milliseconds / 1000).\(milliseconds % 1000 / 100)"
    }
}
