/// How the client proves who it is. The token is never printed: `description` hides it.
public enum Credentials: Sendable, CustomStringConvertible {
    /// A private app access token (or any bearer token), sent as `Authorization: Bearer …`.
    case bearer(String)
    /// OAuth access and refresh tokens; a 401 refreshes the access token once and retries.
    case oauth(OAuthSession)

    /// The fixed `Authorization` header value; OAuth's is set per request from the session.
    var authorizationHeader: String? {
        switch self {
        case .bearer(let token): "Bearer \(token)"
        case .oauth: nil
        }
    }

    /// A redacted description, safe for logs.
    public var description: String {
        switch self {
        case .bearer(let token): "bearer token (\(token.count) characters)"
        case .oauth: "OAuth access and refresh tokens"
        }
    }
}
