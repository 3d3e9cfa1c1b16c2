// MARK: - CRM search
extension HubSpotClient {
    /// One page of search results; `total` counts every match (HubSpot pages at most 10,000 of them).
    public func search(_ type: String, _ request: SearchRequest) async throws -> RecordPage {
        try await perform(.post, endpoints.search(type), body: request)
    }
}
