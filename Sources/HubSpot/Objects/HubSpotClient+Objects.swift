import Foundation

// MARK: - Records (objects API v3)
extension HubSpotClient {
    /// One page of records of `type` (an id like `0-1` or a name like `contacts`).
    public func listRecords(_ type: String, _ query: ListQuery = ListQuery()) async throws -> RecordPage {
        try await perform(makeRequest(.get, endpoints.objects(type), query: query.queryItems))
    }

    /// One record by id, or by a unique property's value when `idProperty` is given.
    public func record(
        _ type: String, id: String, properties: [String] = [], propertiesWithHistory: [String] = [],
        associations: [String] = [], idProperty: String? = nil, archived: Bool = false
    ) async throws -> CRMRecord {
        var query: [(String, String)] = []
        if !properties.isEmpty { query.append(("properties", properties.joined(separator: ","))) }
        if !propertiesWithHistory.isEmpty {
            query.append(("propertiesWithHistory", propertiesWithHistory.joined(separator: ",")))
        }
        if !associations.isEmpty { query.append(("associations", associations.joined(separator: ","))) }
        if let idProperty { query.append(("idProperty", idProperty)) }
        if archived { query.append(("archived", "true")) }
        return try await perform(
            makeRequest(.get, endpoints.object(type, id), query: query))
    }
}

// MARK: - Properties API v3
extension HubSpotClient {
    /// Every property definition of `type`. The endpoint is not paged.
    public func properties(of type: String, archived: Bool = false) async throws -> [PropertyDefinition] {
        let query: [(String, String)] = archived ? [("archived", "true")] : []
        let page: CollectionPage<PropertyDefinition> = try await perform(
            makeRequest(.get, endpoints.properties(type), query: query))
        return page.results
    }
}
