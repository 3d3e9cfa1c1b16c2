import Foundation
import Synchronization

/// The sandbox's OAuth app: exchanges its refresh token for access tokens, which then authenticate
/// like the static token. Tests revoke the issued tokens to make a client meet an expired one.
public final class OAuthIssuer: Sendable {
    /// The app the issuer recognises.
    public let clientID: String
    private let clientSecret: String
    private let refreshToken: String
    private let issued = Mutex<(count: Int, valid: Set<String>)>((0, []))

    /// Creates an issuer for one app and its refresh token.
    public init(clientID: String, clientSecret: String, refreshToken: String) {
        self.clientID = clientID
        self.clientSecret = clientSecret
        self.refreshToken = refreshToken
    }

    /// A new access token, if the app and refresh token match.
    func exchange(clientID: String?, clientSecret: String?, refreshToken: String?) -> String? {
        guard clientID == self.clientID, clientSecret == self.clientSecret, refreshToken == self.refreshToken else {
            return nil
        }
        return issued.withLock { state in
            state.count += 1
            let token = "sandbox-oauth-access-\(state.count)"
            state.valid.insert(token)
            return token
        }
    }

    /// Whether `token` was issued and not revoked.
    func accepts(_ token: String) -> Bool {
        issued.withLock { $0.valid.contains(token) }
    }

    /// Expires every access token issued so far; the next request with one gets a 401.
    public func revokeAccessTokens() {
        issued.withLock { $0.valid.removeAll() }
    }

    /// How many access tokens were issued.
    public var issuedCount: Int { issued.withLock { $0.count } }
}
