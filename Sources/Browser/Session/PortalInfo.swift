import Foundation

/// Which portal the browser shows, for the header badge.
public struct PortalInfo: Sendable, Equatable {
    /// What kind of portal this is.
    public enum Kind: Sendable, Equatable {
        /// The built-in demo portal (the sandbox, in process).
        case demo
        /// Any other HubSpot-compatible API.
        case live
    }

    /// Demo or live.
    public var kind: Kind
    /// The API root.
    public var baseURL: URL
    /// The config profile in use, if one was chosen (shown beside the badge).
    public var profile: String?

    /// Creates portal info.
    public init(kind: Kind, baseURL: URL, profile: String? = nil) {
        self.kind = kind
        self.baseURL = baseURL
        self.profile = profile
    }

    /// The badge text, e.g. "DEMO" or "LIVE".
    public var badge: String { kind == .demo ? "DEMO" : "LIVE" }

    /// A description for the header, e.g. "demo portal · http://127.0.0.1:8080".
    public var summary: String {
        let host = baseURL.absoluteString
        let place = kind == .demo ? "demo portal · \(host)" : host
        return profile.map { "profile \($0) · " + place } ?? place
    }
}
