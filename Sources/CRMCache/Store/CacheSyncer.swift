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

    /// How far a sync of one type has got.
    public struct Progress: Sendable, Equatable {
        /// Records stored so far (a resumed sync counts what the earlier run stored).
        public var stored: Int
        /// How many records the type has, when the server said (search `total`).
        public var total: Int?
        /// Whether this run picked up where an interrupted one stopped.
        public var resumed: Bool
    }

    /// Where an interrupted sync stopped: the next page and its cursor; kept until the type is complete.
    struct Checkpoint: Codable {
        var nextPage: Int
        var after: String?
        var stored: Int
    }

    static let checkpointKind = "sync-checkpoint"

    /// Fetches `typeID`'s definitions and its whole default list (or `maxPages` pages), page by page,
    /// saving a checkpoint after each so a run stopped by Ctrl-c resumes where it stopped. Requests go
    /// through the client's pacer, so the portal's rate-limit budget is kept. Returns the records stored.
    @discardableResult
    public func refresh(
        typeID: String, maxPages: Int? = nil, progress: (Progress) -> Void = { _ in }
    ) async throws -> Int {
        let definitions = try await client.properties(of: typeID)
        try cache.storeDocument(kind: CRMCache.DocumentKind.properties, key: typeID, value: definitions)
        let total = try? await client.search(typeID, SearchRequest(properties: ["hs_object_id"], limit: 1)).total
        var query = Self.defaultQuery(typeID: typeID)
        let key = Self.queryKey(for: query)
        let checkpoint = try cache.document(kind: Self.checkpointKind, key: typeID, as: Checkpoint.self)?.value
        var pageIndex = checkpoint?.nextPage ?? 0
        var stored = checkpoint?.stored ?? 0
        query.after = checkpoint?.after
        progress(Progress(stored: stored, total: total, resumed: checkpoint != nil))
        var fetched = 0
        while maxPages.map({ fetched < $0 }) ?? true {
            let page = try await client.listRecords(typeID, query)
            let next = page.paging?.next?.after
            try cache.storeListPage(
                typeID: typeID, queryKey: key, pageIndex: pageIndex, cursor: query.after,
                records: page.results, nextCursor: next)
            stored += page.results.count
            fetched += 1
            pageIndex += 1
            query.after = next
            guard next != nil else { break }
            try cache.storeDocument(
                kind: Self.checkpointKind, key: typeID,
                value: Checkpoint(nextPage: pageIndex, after: next, stored: stored))
            progress(Progress(stored: stored, total: total, resumed: checkpoint != nil))
        }
        if query.after == nil { try cache.removeDocument(kind: Self.checkpointKind, key: typeID) }
        progress(
            Progress(
                stored: stored, total: total ?? (query.after == nil ? stored : nil),
                resumed: checkpoint != nil))
        return stored
    }
}
