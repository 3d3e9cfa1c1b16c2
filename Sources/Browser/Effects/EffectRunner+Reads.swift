import CRMCache
import Foundation
import HubSpot
import Synchronization

// MARK: - Reads: cache-first, written through, offline answered from the cache
extension EffectRunner {
    func fetchPage(typeID: String, page: Int, after: String?, properties: [String]) async -> Action {
        let queryKey = Self.listQueryKey(properties)
        let cached = cacheRead("the cached list") {
            try $0.listPage(typeID: typeID, queryKey: queryKey, pageIndex: page)
        }
        if connectivity.isOffline {
            guard let cached else { return .pageFailed(typeID: typeID, page: page, message: Self.notCached) }
            return .cachedPageLoaded(
                typeID: typeID, page: page, Self.recordPage(cached),
                fetchedAt: cached.fetchedAt, final: true)
        }
        if let cached {
            inbox.post(
                .cachedPageLoaded(
                    typeID: typeID, page: page, Self.recordPage(cached),
                    fetchedAt: cached.fetchedAt, final: false))
        }
        do {
            let result: RecordPage
            if let ahead = firstPageAhead?.take(typeID: typeID, page: page, after: after, properties: properties) {
                result = try await ahead.value
            } else {
                let query = ListQuery(limit: BrowserState.pageSize, after: after, properties: properties)
                result = try await client.listRecords(typeID, query)
            }
            // A list read from its start says whether the type holds records (the sidebar dims empty ones): the note
            // is kept in the page's own transaction, not a commit of its own.
            let fromStart = page == 0 && after == nil
            let hasRecords = !result.results.isEmpty || result.nextAfter != nil
            cacheWrite("the list") {
                try $0.storeListPage(
                    typeID: typeID, queryKey: queryKey, pageIndex: page, cursor: after,
                    records: result.results, nextCursor: result.nextAfter,
                    alongWith: fromStart
                        ? try DocumentWrite(
                            kind: TypeOccupancyNote.documentKind, key: typeID,
                            value: TypeOccupancyNote(hasRecords: hasRecords))
                        : nil)
            }
            if fromStart { inbox.post(.typeOccupancyLearned([typeID: hasRecords])) }
            return .pageLoaded(typeID: typeID, page: page, result)
        } catch {
            if wentOffline(error), let cached {
                return .cachedPageLoaded(
                    typeID: typeID, page: page, Self.recordPage(cached),
                    fetchedAt: cached.fetchedAt, final: true)
            }
            return .pageFailed(typeID: typeID, page: page, message: Self.describe(error))
        }
    }

    /// A page that left the list's memory, read back: the cache's copy when it still has every row (what
    /// was shown, since every page shown was written through), else HubSpot's answer for its cursor.
    func readBackPage(
        typeID: String, page: Int, after: String?, properties: [String], search: SearchRequest?
    ) async -> Action {
        let cached =
            search != nil
            ? nil
            : cacheRead("the cached list") {
                try $0.listPage(typeID: typeID, queryKey: Self.listQueryKey(properties), pageIndex: page)
            }
        if let cached, cached.isComplete || connectivity.isOffline {
            return .pageReadBack(typeID: typeID, page: page, cached.records, failure: nil)
        }
        if connectivity.isOffline { return .pageReadBack(typeID: typeID, page: page, nil, failure: Self.notCached) }
        do {
            if let search {
                let result = try await client.searchPage(typeID, search, cursor: after)
                try? cache?.store(result.results, typeID: typeID)
                return .pageReadBack(typeID: typeID, page: page, result.results, failure: nil)
            }
            let query = ListQuery(limit: BrowserState.pageSize, after: after, properties: properties)
            let result = try await client.listRecords(typeID, query)
            cacheWrite("the list") {
                try $0.storeListPage(
                    typeID: typeID, queryKey: Self.listQueryKey(properties), pageIndex: page, cursor: after,
                    records: result.results, nextCursor: result.nextAfter)
            }
            return .pageReadBack(typeID: typeID, page: page, result.results, failure: nil)
        } catch {
            _ = wentOffline(error)
            return .pageReadBack(typeID: typeID, page: page, nil, failure: Self.describe(error))
        }
    }

    func fetchRecord(typeID: String, id: String, properties: [String]) async -> Action {
        let cached = cacheRead("the cached record") { try $0.record(typeID: typeID, id: id) }
        // Bookkeeping for eviction only: a disk that refuses it still shows the record.
        if cached != nil { cacheWrite("when the record was viewed") { try $0.markViewed(typeID: typeID, id: id) } }
        if connectivity.isOffline {
            guard let cached else { return .recordFailed(typeID: typeID, id: id, message: Self.notCached) }
            return .cachedRecordLoaded(typeID: typeID, cached.record, fetchedAt: cached.fetchedAt)
        }
        if let cached { inbox.post(.cachedRecordLoaded(typeID: typeID, cached.record, fetchedAt: cached.fetchedAt)) }
        do {
            // The record's associated ids come with it, so that `a` on it can read the graph in one round.
            var record = try await client.record(
                typeID, id: id, properties: properties, associations: graphLoader.associableTypes.map(\.name))
            // HubSpot leaves `associations` out when there are none; asked for, that absence means "none".
            if record.associations == nil { record.associations = [:] }
            cacheWrite("the record") { try $0.store([record], typeID: typeID) }
            return .recordLoaded(typeID: typeID, record)
        } catch {
            _ = wentOffline(error)
            return .recordFailed(typeID: typeID, id: id, message: Self.describe(error))
        }
    }

    /// A document (definitions, schemas): the live answer when online (stored), else the cached one.
    func readThrough<Value: Codable & Sendable>(
        kind: String, key: String, fetch: (HubSpotClient) async throws -> Value,
        loaded: (Value) -> Action, failed: (String) -> Action
    ) async -> Action {
        let cached = { self.cacheRead(kind) { try $0.document(kind: kind, key: key, as: Value.self) }?.value }
        if connectivity.isOffline { return cached().map(loaded) ?? failed(Self.notCached) }
        do {
            let value = try await fetch(client)
            cacheWrite(kind) { try $0.storeDocument(kind: kind, key: key, value: value) }
            return loaded(value)
        } catch {
            _ = wentOffline(error)
            return cached().map(loaded) ?? failed(Self.describe(error))
        }
    }

    var graphLoader: GraphLoader {
        var loader = GraphLoader(client: client, cache: cache, registry: registry.withLock { $0 })
        loader.cacheTrouble = { [self] what, error in reportCacheTrouble(what, error) }
        return loader
    }

    /// One hop of the graph: the cached version at once (if any), then the live one (`known` saves reading
    /// the record again).
    func loadGraphHop(_ source: RecordReference, known: KnownAssociations?) async -> Action {
        let loader = graphLoader
        let cached = loader.cached(source)
        if connectivity.isOffline {
            guard let cached else { return .graphHopFailed(source, message: Self.notCached) }
            return .graphHopLoaded(source, cached.groups, names: cached.names, cached: true)
        }
        if let cached { inbox.post(.graphHopLoaded(source, cached.groups, names: cached.names, cached: true)) }
        do {
            let live = try await loader.load(source, known: known)
            return .graphHopLoaded(source, live.groups, names: live.names, cached: false)
        } catch {
            _ = wentOffline(error)
            return .graphHopFailed(source, message: Self.describe(error))
        }
    }

    /// A server search by text (HubSpot's `query`), or offline the cache's full-text search.
    func searchRecords(typeID: String, text: String) async -> Action {
        let type = registry.withLock { $0.resolve(typeID) }
        let properties =
            (type?.titleProperties ?? []) + (type?.fallbackTitleProperties ?? [])
        if !connectivity.isOffline {
            do {
                let page = try await client.search(
                    typeID, SearchRequest(query: text, properties: properties, limit: 50))
                // A record id typed in full finds that record too, whatever its text says.
                if text.allSatisfy(\.isNumber), !page.results.contains(where: { $0.id == text }),
                    let byID = try? await client.record(typeID, id: text, properties: properties)
                {
                    return .recordSearchFinished(typeID: typeID, text: text, [byID] + page.results)
                }
                return .recordSearchFinished(typeID: typeID, text: text, page.results)
            } catch {
                if !wentOffline(error) { return .lookupFailed("search: \(Self.describe(error))") }
            }
        }
        let local = (try? cache?.searchLocal(typeID: typeID, text: text, limit: 50)) ?? []
        return .recordSearchFinished(typeID: typeID, text: text, local)
    }
}
