/// How a sandbox server listens and what demo portal it builds.
public struct SandboxConfiguration: Sendable {
    /// The address to bind; loopback by default so the demo portal is never exposed.
    public var host: String
    /// The port to bind; 0 picks a free one (read it back from `SandboxServer.port`).
    public var port: Int
    /// The seed the demo data is generated from; the same seed gives byte-identical JSON.
    public var seed: UInt64
    /// When set, every request must carry `Authorization: Bearer <token>`.
    public var token: String?
    /// Multiplies the demo record counts (1.0 ≈ 300 contacts).
    public var scale: Double
    /// When set, exactly this many contacts, with the other types scaled to match.
    public var contactCount: Int?
    /// The scopes the token grants, as a service key's would; `nil` grants every scope. A request that needs a
    /// scope outside the set is answered 403 `MISSING_SCOPES`, naming the scopes that would do.
    public var scopes: Set<String>?
    /// Rate limits, latency and injected errors.
    public var traffic = TrafficPolicy()
    /// An OAuth app whose refresh token `/oauth/v1/token` exchanges for access tokens.
    public var oauth: OAuthIssuer?
    /// The API generations served; only `.legacy` plays an old proxy or a lagging region, where a dated path
    /// is an unknown route (a drill for the client's fallback).
    public var generations: [APIGeneration] = APIGeneration.allCases
    /// A file that gets one line per request (`METHOD /path STATUS`, no query string), when set.
    public var accessLog: String?

    /// Creates a configuration; every argument has the demo default.
    public init(
        host: String = "127.0.0.1", port: Int = 0, seed: UInt64 = 42, token: String? = nil,
        scale: Double = 1.0, contactCount: Int? = nil
    ) {
        self.host = host
        self.port = port
        self.seed = seed
        self.token = token
        self.scale = scale
        self.contactCount = contactCount
    }

    /// The record counts this configuration asks for.
    public var demoCounts: DemoCounts {
        if let contactCount { return DemoCounts(contacts: contactCount) }
        return DemoCounts(scale: scale)
    }
}
