import Foundation

/// An OAuth app's tokens: the access token requests carry, and the refresh token that renews it.
/// Concurrent requests that meet a 401 share one refresh.
public actor OAuthSession {
    /// The app's credentials and the grant to renew with.
    public struct App: Sendable, Hashable {
        /// The app's client id.
        public var clientID: String
        /// The app's client secret (never printed).
        public var clientSecret: String
        /// The refresh token from the authorisation.
        public var refreshToken: String

        /// Creates app credentials.
        public init(clientID: String, clientSecret: String, refreshToken: String) {
            self.clientID = clientID
            self.clientSecret = clientSecret
            self.refreshToken = refreshToken
        }
    }

    private var app: App
    private var accessToken: String
    private var refreshing: Task<OAuthGrant, any Error>?

    /// Creates a session; an empty `accessToken` is fetched on first use.
    public init(app: App, accessToken: String = "") {
        self.app = app
        self.accessToken = accessToken
    }

    /// The token to send now, refreshing first if there is none yet.
    func currentToken(using client: HubSpotClient) async throws -> String {
        if accessToken.isEmpty { return try await refresh(replacing: "", using: client) }
        return accessToken
    }

    /// A new access token, unless another request already replaced `stale`.
    func refresh(replacing stale: String, using client: HubSpotClient) async throws -> String {
        if accessToken != stale, !accessToken.isEmpty { return accessToken }
        if let refreshing { return try await refreshing.value.accessToken }
        let app = self.app
        let task = Task { try await client.exchangeRefreshToken(app) }
        refreshing = task
        defer { refreshing = nil }
        let grant = try await task.value
        accessToken = grant.accessToken
        if let rotated = grant.refreshToken { self.app.refreshToken = rotated }
        return grant.accessToken
    }
}

/// The token endpoint's answer (`POST /oauth/v1/token`).
struct OAuthGrant: Decodable, Sendable {
    let accessToken: String
    let refreshToken: String?
    let expiresIn: Int?

    enum CodingKeys: String, CodingKey {
        case accessToken = "access_token"
        case refreshToken = "refresh_token"
        case expiresIn = "expires_in"
    }
}

extension HubSpotClient {
    /// Exchanges the refresh token for a new access token (form-encoded, as HubSpot's OAuth wants).
    func exchangeRefreshToken(_ app: OAuthSession.App) async throws -> OAuthGrant {
        let form = [
            ("grant_type", "refresh_token"), ("client_id", app.clientID),
            ("client_secret", app.clientSecret), ("refresh_token", app.refreshToken),
        ]
        .map { "\(Self.encodeQuery($0.0))=\(Self.encodeQuery($0.1))" }.joined(separator: "&")
        var request = makeRequest(.post, "/oauth/v1/token", body: Data(form.utf8))
        request.headers["Content-Type"] = "application/x-www-form-urlencoded"
        request.headers["Authorization"] = nil
        let response = try await transport.send(request)
        guard (200...299).contains(response.status) else { throw Self.apiError(from: response) }
        do {
            return try HubSpotJSON.decode(OAuthGrant.self, from: response.body, using: JSONDecoder())
        } catch {
            throw HubSpotError.malformedResponse(status: response.status, detail: Self.describe(error))
        }
    }
}
