import Foundation

// MARK: - Account info
extension HubSpotClient {
    /// Which portal the token belongs to; the cache keys its database by this portal id.
    public func accountDetails() async throws -> AccountDetails {
        try await perform(makeRequest(.get, endpoints.accountDetails))
    }
}
