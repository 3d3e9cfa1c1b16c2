/// How the client proves who it is. The token is never printed: `description` hides it.
public enum Credentials: Sendable, CustomStringConvertible {
    /// A private app access token (or any bearer token), sent as `Authorization: Bearer …`.
    case bearer(String)

    /// The `Authorization` header value.
    var authorizationHeader: String {
        switch self {
        case .bearer(let token): "Bearer \(token)"
        }
    }

    /// A redacted description, safe for logs.
    public var description: String {
        switch self {
        case .bearer(let token): "bearer token (\(token.count) characters)"
        }
    }
}
