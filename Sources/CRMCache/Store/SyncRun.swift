import Foundation
import HubSpot
import Synchronization

/// One type's sync in flight: the two streams' shared state (how far each has come, the checkpoint, whether
/// they have met) and the streams themselves. Each page is counted and handed to the writer under one lock,
/// so the streams never count a record twice and the checkpoints reach the disk in the order they were made;
/// the writer stores the pages while the streams ask for the next ones (decision 0044).
final class SyncRun: Sendable {
    private struct State {
        var checkpoint: CacheSyncer.Checkpoint
        /// Whether the list's pages and the staged records now hold every record of the type.
        var met = false
    }

    let typeID: String
    let query: ListQuery
    let queryKey: String
    let stagingKey: String
    let cache: CRMCache
    /// Stores the pages, in the order they were counted.
    let writer: SyncWriter
    private let state: Mutex<State>

    /// A run from `checkpoint`; `committed` is called (on the writer's queue) with each checkpoint once it and
    /// its pages are on disk.
    init(
        typeID: String, query: ListQuery, queryKey: String, stagingKey: String, checkpoint: CacheSyncer.Checkpoint,
        cache: CRMCache, committed: @escaping @Sendable (CacheSyncer.Checkpoint) -> Void
    ) {
        self.typeID = typeID
        self.query = query
        self.queryKey = queryKey
        self.stagingKey = stagingKey
        self.cache = cache
        writer = SyncWriter(cache: cache, typeID: typeID, committed: committed)
        state = Mutex(State(checkpoint: checkpoint))
    }

    /// Whether the streams have met (or the list reached its end): nothing is left to fetch.
    var isMet: Bool { state.withLock { $0.met } }

    /// Records stored so far, each counted once.
    var stored: Int { state.withLock { $0.checkpoint.stored } }

    /// The checkpoint as it stands: every page counted, stored or still with the writer.
    var checkpoint: CacheSyncer.Checkpoint { state.withLock { $0.checkpoint } }

    /// The list stream: pages by cursor from where the checkpoint says, ascending by id, until it reaches ids
    /// the search stream holds, its end, or `maxPages`. The next page is asked for as soon as its cursor is
    /// known, and this one handed to the writer: the stream never waits for the disk.
    func listStream(client: HubSpotClient, maxPages: Int?) async throws {
        let start = state.withLock { state in
            state.met ? nil : (page: state.checkpoint.nextPage, after: state.checkpoint.after)
        }
        guard let start, maxPages.map({ $0 > 0 }) ?? true else { return }
        var fetched = 0
        var position = start
        var inFlight: Task<RecordPage, any Error>? = fetch(client, after: start.after)
        defer { inFlight?.cancel() }
        do {
            while let task = inFlight {
                let page = try await withTaskCancellationHandler {
                    try await task.value
                } onCancel: {
                    task.cancel()
                }
                fetched += 1
                let next = page.paging?.next?.after
                let goesOn = next != nil && !isMet && (maxPages.map { fetched < $0 } ?? true)
                inFlight = goesOn ? fetch(client, after: next) : nil
                try state.withLock { state throws in
                    var checkpoint = state.checkpoint
                    let ids = page.results.compactMap { UInt64($0.id) }
                    let floor = checkpoint.searchFloor
                    // Ids from the search stream's floor up were counted when it staged them.
                    checkpoint.stored += ids.filter { id in floor.map { id < $0 } ?? true }.count
                    let ceiling = max(checkpoint.listCeiling ?? 0, ids.max() ?? 0)
                    checkpoint.listCeiling = ceiling
                    checkpoint.nextPage = position.page + 1
                    checkpoint.after = next
                    try writer.enqueue(
                        SyncWriter.Job(
                            page: ListPageWrite(
                                queryKey: queryKey, pageIndex: position.page, cursor: position.after,
                                records: page.results, nextCursor: next),
                            checkpoint: checkpoint))
                    state.checkpoint = checkpoint
                    if next == nil || floor.map({ ceiling >= $0 }) == true { state.met = true }
                }
                position = (position.page + 1, next)
                if isMet { return }
                await writer.waitForRoom()
            }
        } catch _ where isMet {
            // The search stream finished the type while this page was on its way.
        }
    }

    private func fetch(_ client: HubSpotClient, after: String?) -> Task<RecordPage, any Error> {
        var request = query
        request.after = after
        let typeID = typeID
        return Task { try await client.listRecords(typeID, request) }
    }

    /// The search stream: pages of 200 descending by `hs_object_id`, each narrowed to the ids between the list
    /// stream's ceiling and its own floor, so no search chain nears the 10,000-result cap, until the range is
    /// empty. A search the portal refuses (not a 429, which the client waits out) leaves the list to go on alone.
    func searchStream(client: HubSpotClient) async throws {
        do {
            while true {
                guard
                    let bounds = state.withLock({
                        state -> (floor: UInt64?, ceiling: UInt64?, page: Int, stored: Int)? in
                        state.met
                            ? nil
                            : (
                                state.checkpoint.searchFloor, state.checkpoint.listCeiling,
                                state.checkpoint.searchPages ?? 0, state.checkpoint.stored
                            )
                    })
                else { return }
                let filters =
                    (bounds.floor.map { [SearchFilter("hs_object_id", .lt, String($0))] } ?? [])
                    + (bounds.ceiling.map { [SearchFilter("hs_object_id", .gt, String($0))] } ?? [])
                let request = SearchRequest(
                    filterGroups: filters.isEmpty ? [] : [FilterGroup(filters)],
                    sorts: [SearchSort("hs_object_id", .descending)], properties: query.properties,
                    limit: CacheSyncer.searchPageSize)
                let page = try await client.search(typeID, request)
                try state.withLock { state throws in
                    var checkpoint = state.checkpoint
                    let ids = page.results.compactMap { UInt64($0.id) }
                    let ceiling = checkpoint.listCeiling
                    // Ids up to the list stream's ceiling were counted when it stored them.
                    checkpoint.stored += ids.filter { id in ceiling.map { id > $0 } ?? true }.count
                    if checkpoint.total == nil, bounds.floor == nil, let total = page.total {
                        // Everything at or below the ceiling was on the list's pages when this search was sent.
                        checkpoint.total = bounds.stored + total
                    }
                    let floor = min(checkpoint.searchFloor ?? .max, ids.min() ?? .max)
                    checkpoint.searchFloor = floor == .max ? bounds.floor : floor
                    checkpoint.searchPages = bounds.page + 1
                    try writer.enqueue(
                        SyncWriter.Job(
                            page: ListPageWrite(
                                queryKey: stagingKey, pageIndex: bounds.page, cursor: nil, records: page.results,
                                nextCursor: nil),
                            checkpoint: checkpoint))
                    state.checkpoint = checkpoint
                    // A short page: nothing is left between the ceiling it was sent with and its floor.
                    if page.results.count < CacheSyncer.searchPageSize || ceiling.map({ $0 >= floor }) == true {
                        state.met = true
                    }
                }
                await writer.waitForRoom()
            }
        } catch _ where isMet {
            // The list stream reached the search stream's records while this page was on its way.
        } catch HubSpotError.api(let status, _) where status != 429 {
            // Search is not available for this type or portal: the list stream goes on to the end alone.
        }
    }

    /// Lays out the staged records as the list's last pages, drops the checkpoint, and returns the records
    /// the list now holds. Call it once the writer is flushed.
    func finish() throws -> Int {
        let checkpoint = state.withLock { $0.checkpoint }
        try cache.appendStagedPages(
            typeID: typeID, queryKey: queryKey, stagingKey: stagingKey, firstPage: checkpoint.nextPage,
            firstCursor: checkpoint.after, above: checkpoint.listCeiling, pageSize: query.limit,
            claiming: (CacheSyncer.checkpointKind, typeID))
        return try cache.listPageIDs(typeID: typeID, queryKey: queryKey).count
    }
}
