import Foundation
import HubSpot

/// Fills the cache from the server: a type's property definitions and its default list, whole or its
/// first pages.
///
/// A whole type is fetched by two streams at once that meet in the middle (decision 0034): the list,
/// ascending from its start by cursor (HubSpot's ten-second budget), and a search descending by
/// `hs_object_id` (search's own budget, 200 a page), each search narrowed by id so none reaches the
/// 10,000-result cap. Both go through the client's one pacer.
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

    /// Where the search stream keeps its records until the streams meet and they become the list's last pages.
    static func stagingKey(for queryKey: String) -> String { "sync-search:" + queryKey }

    /// The query the list screen uses for a type: its title and default columns, 100 a page.
    public static func defaultQuery(typeID: String) -> ListQuery {
        ListQuery(limit: 100, properties: ObjectTypeRegistry.standard.resolve(typeID)?.listProperties ?? [])
    }

    /// How far a sync of one type has got.
    public struct Progress: Sendable, Equatable {
        /// Records stored so far, each counted once (a resumed sync counts what the earlier run stored).
        public var stored: Int
        /// How many records the type has, when the server said (search `total`).
        public var total: Int?
        /// Whether this run picked up where an interrupted one stopped.
        public var resumed: Bool
    }

    /// Where an interrupted sync stopped; kept until the type is complete. The list stream's next page and
    /// cursor, and how far the search stream has come down (fields a checkpoint written before the search
    /// stream existed lacks, so it resumes as a list-only one did).
    struct Checkpoint: Codable, Sendable {
        var nextPage: Int
        var after: String?
        var stored: Int
        /// The highest id on the list stream's pages.
        var listCeiling: UInt64?
        /// The lowest id the search stream has stored; every id from it up is staged.
        var searchFloor: UInt64?
        /// The search stream's staged pages.
        var searchPages: Int?
        /// How many records the type had when the sync began.
        var total: Int?
    }

    static let checkpointKind = "sync-checkpoint"
    /// Search's largest page.
    static let searchPageSize = 200

    /// Fetches `typeID`'s definitions and its whole default list (or only its first `maxPages` pages, by
    /// list cursor), saving a checkpoint after each page so a run stopped by Ctrl-c resumes where it
    /// stopped. Every request goes through the client's pacer, so the portal's budgets are kept and 429s
    /// honoured. `progress` is called on the caller's task, never concurrently. Returns the records stored.
    @discardableResult
    public func refresh(
        typeID: String, maxPages: Int? = nil, progress: (Progress) -> Void = { _ in }
    ) async throws -> Int {
        let query = Self.defaultQuery(typeID: typeID)
        let key = Self.queryKey(for: query)
        let saved = try cache.document(kind: Self.checkpointKind, key: typeID, as: Checkpoint.self)?.value
        if saved == nil { try cache.removeListPages(typeID: typeID, queryKey: Self.stagingKey(for: key)) }
        let resumed = saved != nil
        let (events, sink) = AsyncStream.makeStream(of: Progress.self, bufferingPolicy: .unbounded)
        // Progress counts what is on disk: it is reported as each commit lands.
        let run = SyncRun(
            typeID: typeID, query: query, queryKey: key, stagingKey: Self.stagingKey(for: key),
            checkpoint: saved ?? Checkpoint(nextPage: 0, stored: 0), cache: cache
        ) { committed in
            sink.yield(Progress(stored: committed.stored, total: committed.total, resumed: resumed))
        }
        progress(Progress(stored: run.checkpoint.stored, total: run.checkpoint.total, resumed: resumed))
        let client = client
        async let definitions = client.properties(of: typeID)
        try await withThrowingTaskGroup(of: Void.self) { outer in
            outer.addTask {
                defer { sink.finish() }
                do {
                    try await withThrowingTaskGroup(of: Void.self) { group in
                        group.addTask { try await run.listStream(client: client, maxPages: maxPages) }
                        if maxPages == nil {
                            group.addTask { try await run.searchStream(client: client) }
                        }
                        // The first stream to see the streams meet spares the other a page it no longer needs.
                        try await group.next()
                        if run.isMet { group.cancelAll() }
                        try await group.waitForAll()
                    }
                } catch {
                    // Interrupted or failed: the pages already fetched are still stored, with their checkpoint,
                    // before this returns (nothing writes to the cache after it).
                    try? await run.writer.flush()
                    throw error
                }
                try await run.writer.flush()
            }
            // Reports are passed on here, on the caller's task, one at a time.
            for await report in events { progress(report) }
            try await outer.waitForAll()
        }
        try cache.storeDocument(kind: CRMCache.DocumentKind.properties, key: typeID, value: try await definitions)
        guard run.isMet else { return run.stored }
        let stored = try run.finish()
        progress(Progress(stored: stored, total: stored, resumed: resumed))
        return stored
    }
}
