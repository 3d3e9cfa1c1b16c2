import Foundation
import HubSpot

/// Fills the cache from the server: a type's property definitions and the first pages of its default list.
public struct CacheSyncer: Sendable {
    /// The cache to fill.
    public let cache: CRMCache
    /// The client for the same portal.
    public let client: HubSpotClient

    /// Creates a syncer.
    public init(cache: CRMCache, client: HubSpotClient) {
        self.cache = cache
        self.client = client
    }

    /// The key a list is cached under: everything that changes which records come back, in a stable order.
    public static func queryKey(for query: ListQuery) -> String {
        "properties=\(query.properties.sorted().joined(separator: ","));archived=\(query.archived);limit=\(query.limit)"
    }

    /// The query the list screen uses for a type: its title and default columns, 100 a page.
    public static func defaultQuery(typeID: String) -> ListQuery {
        ListQuery(limit: 100, properties: ObjectTypeRegistry.standard.resolve(typeID)?.listProperties ?? [])
    }

    /// Fetches `typeID`'s definitions and up to `maxPages` pages of its default list; returns the records stored.
    @discardableResult
    public func refresh(typeID: String, maxPages: Int = 10) async throws -> Int {
        let definitions = try await client.properties(of: typeID)
        try cache.storeDocument(kind: CRMCache.DocumentKind.properties, key: typeID, value: definitions)
        var query = Self.defaultQuery(typeID: typeID)
        let key = Self.queryKey(for: query)
        var stored = 0
        for pageIndex in 0..<maxPages {
            let page = try await client.listRecords(typeID, query)
            let next = page.paging?.next?.after
            try cache.storeListPage(typeID: typeID, queryKey: key, pageIndex: pageIndex, cursor: query.after,
                                    records: page.results, nextCursor: next)
            stored += page.results.count
            guard let next else { break }
            query.after = next
        }
        return stored
    }
}
