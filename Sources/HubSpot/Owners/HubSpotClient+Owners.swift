import Foundation

// MARK: - Owners
extension HubSpotClient {
    /// One page of owners, optionally only the one with `email`.
    public func owners(
        email: String? = nil, after: String? = nil, limit: Int? = nil, archived: Bool = false
    ) async throws -> CollectionPage<Owner> {
        var query: [(String, String)] = []
        if let email { query.append(("email", email)) }
        if let after { query.append(("after", after)) }
        if let limit { query.append(("limit", String(limit))) }
        if archived { query.append(("archived", "true")) }
        return try await perform(makeRequest(.get, endpoints.owners(), query: query))
    }

    /// One owner by owner id, or by user id when `byUserId` is set.
    public func owner(id: String, byUserId: Bool = false) async throws -> Owner {
        let query: [(String, String)] = [("idProperty", byUserId ? "userId" : "id")]
        return try await perform(makeRequest(.get, endpoints.owners(id), query: query))
    }
}
