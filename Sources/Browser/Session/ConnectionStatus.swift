import Foundation

/// What the browser shows about where its data comes from: the network, or the cache alone.
public struct ConnectionStatus: Sendable, Equatable {
    /// Whether the network is unavailable (lost, or `--offline`).
    public var isOffline = false
    /// Whether the session was started with `--offline` (no retries, no banner about reconnecting).
    public var isForced = false
    /// Why the network was lost, as the client said.
    public var reason: String?
    /// Changes waiting in the outbox to be sent.
    public var pending = 0
    /// Whether a local cache backs this session.
    public var hasCache = false

    /// Creates a status.
    public init(isOffline: Bool = false, isForced: Bool = false, pending: Int = 0, hasCache: Bool = false) {
        self.isOffline = isOffline
        self.isForced = isForced
        self.pending = pending
        self.hasCache = hasCache
    }

    /// The header's banner while offline.
    public var banner: String? {
        guard isOffline else { return nil }
        if isForced { return "OFFLINE (--offline): cached data only" }
        // Without a cache (--no-cache) there is nothing to show meanwhile; saying otherwise would mislead.
        return hasCache ? "OFFLINE: showing cached data, retrying" : "OFFLINE: server unreachable, retrying"
    }

    /// "cached 3 min ago" for data fetched at `fetchedAt`, or "live" for none.
    public static func freshness(_ fetchedAt: Date?, now: Date = Date()) -> String {
        guard let fetchedAt else { return "live" }
        let seconds = max(0, Int(now.timeIntervalSince(fetchedAt)))
        switch seconds {
        case ..<60: return "cached \(seconds) s ago"
        case ..<3600: return "cached \(seconds / 60) min ago"
        case ..<86_400: return "cached \(seconds / 3600) h ago"
        default: return "cached \(seconds / 86_400) d ago"
        }
    }
}
