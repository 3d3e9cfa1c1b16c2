import HubSpot
import TerminalUI

/// What the client last reported about the network, for the header: the rate-limit meter and
/// whether a request is being retried (shown quietly, not as an error).
public struct NetworkStatus: Sendable, Equatable {
    /// The last rate-limit headers seen.
    public var rateLimit: RateLimitSnapshot?
    /// The reason of a retry under way, cleared by the next successful answer.
    public var retrying: RetryReason?
    /// Requests answered so far.
    public var responses = 0
    /// Requests sent and not yet answered.
    public var inFlight = 0
    /// The last calls, oldest first (at most ``logLimit``): method, path, status and time; never a token.
    public var log: [RequestLogEntry] = []
    /// How many calls the log keeps.
    public static let logLimit = 200
    /// When `rateLimit` was taken.
    private var rateLimitTakenAt: ContinuousClock.Instant?
    /// The requests out now, oldest first: what each asks for and when it went.
    private var outstanding: [WaitingRequest] = []
    /// The oldest request still out and how long it had waited at the last ``tick(at:)``, once that is long
    /// enough to mention.
    public private(set) var longestWait: WaitingRequest?
    /// How long one request may wait before the client gives up (seconds), said beside a slow request's wait.
    public var requestTimeout: Int?
    /// A request out this long is named in the header, with the seconds it has waited.
    public static let slowAfterSeconds = 2

    /// Creates an empty status.
    public init() {}

    /// Takes in one client event.
    public mutating func record(_ event: ClientEvent) {
        switch event {
        case .sent(let method, let path):
            inFlight += 1
            outstanding.append(WaitingRequest(request: "\(method.rawValue) \(path)", sentAt: .now))
        case .noAnswer(let method, let path, let detail):
            inFlight = max(0, inFlight - 1)
            answered("\(method.rawValue) \(path)")
            append(RequestLogEntry(method: method.rawValue, path: path, status: nil, milliseconds: nil, note: detail))
        case .response(let method, let path, let status, let milliseconds, let snapshot):
            inFlight = max(0, inFlight - 1)
            answered("\(method.rawValue) \(path)")
            append(
                RequestLogEntry(
                    method: method.rawValue, path: path, status: status, milliseconds: milliseconds,
                    note: nil))
            responses += 1
            if let snapshot { take(snapshot, at: .now) }
            if (200...299).contains(status) { retrying = nil }
        case .retrying(_, _, let reason, _, _):
            retrying = reason
        case .throttled, .generationFallback, .retryAfterClamped:
            break
        }
    }

    /// Notes the time, so the header can say how long the oldest request has waited (the view reads no clock).
    public mutating func tick(at now: ContinuousClock.Instant) {
        guard var oldest = outstanding.first else {
            longestWait = nil
            return
        }
        oldest.seconds = Int((now - oldest.sentAt).components.seconds)
        longestWait = oldest.seconds >= Self.slowAfterSeconds ? oldest : nil
    }

    private mutating func answered(_ request: String) {
        if let index = outstanding.firstIndex(where: { $0.request == request }) { outstanding.remove(at: index) }
        if let longestWait, !outstanding.contains(where: { $0.sentAt == longestWait.sentAt }) {
            self.longestWait = nil
        }
    }

    private mutating func append(_ entry: RequestLogEntry) {
        log.append(entry)
        if log.count > Self.logLimit { log.removeFirst(log.count - Self.logLimit) }
    }

    /// Answers arrive out of order, so within one window the lowest `remaining` is the truth;
    /// a reading from an older window is replaced by any new one.
    mutating func take(_ snapshot: RateLimitSnapshot, at now: ContinuousClock.Instant) {
        if let current = rateLimit, let takenAt = rateLimitTakenAt,
            now - takenAt < .milliseconds(current.intervalMilliseconds),
            current.max == snapshot.max, current.remaining <= snapshot.remaining
        {
            return
        }
        rateLimit = snapshot
        rateLimitTakenAt = now
    }

    /// The header's note, e.g. "rate limited, retrying" or "API 183/190".
    public var summary: String? {
        if let longestWait, retrying == nil {
            // The bound beside the count, so a person knows how long the wait can last.
            let bound = requestTimeout.map { " of \($0) s" } ?? ""
            return "waiting \(longestWait.seconds) s\(bound) on \(TerminalText.sanitize(longestWait.request))"
        }
        if let retrying {
            if case .rateLimited = retrying { return "rate limited, retrying" }
            return "\(retrying), retrying"
        }
        guard let rateLimit else { return nil }
        return "API \(rateLimit.remaining)/\(rateLimit.max)"
    }
}
