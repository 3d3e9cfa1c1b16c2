import CRMCache
import Foundation
import HubSpot
import Synchronization

/// Performs effects off the UI thread with the client core and posts their results to the inbox.
///
/// With a cache, reads are cache-first: what the cache holds is posted at once, then the live answer
/// (written through to the cache) replaces it. A transport failure turns the session offline and starts
/// a background probe that turns it back online and replays the outbox.
public final class EffectRunner: Sendable {
    let client: HubSpotClient
    let gateway: WriteGateway
    let inbox: Inbox
    let cache: CRMCache?
    let connectivity: Connectivity
    /// The first list page start-up asked for before the runner existed, if it did.
    let firstPageAhead: FirstPageAhead?
    private let running = Mutex(0)
    /// The standard types plus the portal's custom ones once their schemas arrive (graph and activities use it).
    let registry = Mutex(ObjectTypeRegistry.standard)
    let probing = Mutex(false)
    /// The reads under way, by a serial number, so Esc can cancel them.
    private let reads = Mutex((next: UInt64(0), tasks: [UInt64: Task<Void, Never>]()))

    /// Creates a runner that answers into `inbox`, writes through `gateway`, and reads through `cache` when given;
    /// the first list fetch that matches `firstPageAhead` takes its answer.
    public init(
        client: HubSpotClient, gateway: WriteGateway, inbox: Inbox, cache: CRMCache? = nil,
        connectivity: Connectivity = Connectivity(), firstPageAhead: FirstPageAhead? = nil
    ) {
        self.firstPageAhead = firstPageAhead
        self.client = client
        self.gateway = gateway
        self.inbox = inbox
        self.cache = cache
        self.connectivity = connectivity
    }

    /// The number of effects under way. Counted from the moment an effect is handed over, so a
    /// test that waits for idle never sees a gap between "started" and "running".
    public var inFlight: Int { running.withLock { $0 } }

    /// The reads a person waits for (those Esc cancels) under way; background work waits for none.
    var readsInFlight: Int { reads.withLock { $0.tasks.count } }

    /// Starts an effect in a detached task (a plain `Task` would inherit the UI thread's actor).
    public func run(_ effect: Effect) {
        if case .cancelReads = effect {
            for task in reads.withLock({ Array($0.tasks.values) }) { task.cancel() }
            return
        }
        running.withLock { $0 += 1 }
        guard effect.isCancellableRead else {
            Task.detached { [self] in
                let action = await perform(effect)
                inbox.post(action)
                running.withLock { $0 -= 1 }
            }
            return
        }
        // Registered under the lock the task's own removal takes, so it is never removed before it is added.
        reads.withLock { reads in
            let number = reads.next
            reads.next += 1
            reads.tasks[number] = Task.detached { [self] in
                let action = await perform(effect)
                inbox.post(action)
                _ = self.reads.withLock { $0.tasks.removeValue(forKey: number) }
                running.withLock { $0 -= 1 }
            }
        }
    }

    private func perform(_ effect: Effect) async -> Action {
        switch effect {
        case .cancelReads:
            // Handled by run(_:) before any task starts; never performed.
            return .lookupFailed("cancelReads is not performed")
        case .app(let effect):
            // The app runs its own effects on the loop thread; one handed here is a wiring mistake, said plainly.
            return .lookupFailed("\(effect) is the app's to run, not the runner's")
        case .fetchPage(let typeID, let page, let after, let properties):
            return await fetchPage(typeID: typeID, page: page, after: after, properties: properties)
        case .readBackPage(let typeID, let page, let after, let properties, let search):
            return await readBackPage(typeID: typeID, page: page, after: after, properties: properties, search: search)
        case .fetchDefinitions(let typeID):
            return await readThrough(
                kind: CRMCache.DocumentKind.properties, key: typeID,
                fetch: { try await $0.properties(of: typeID) },
                loaded: { .definitionsLoaded(typeID: typeID, $0) },
                failed: { .definitionsFailed(typeID: typeID, message: $0) })
        case .fetchAccount:
            return await readThrough(
                kind: "account", key: "details", fetch: { try await $0.accountDetails() },
                loaded: { .accountLoaded($0) }, failed: { _ in .accountLoaded(nil) })
        case .fetchPropertyGroups(let typeID):
            return await readThrough(
                kind: CRMCache.DocumentKind.propertyGroups, key: typeID, fetch: { try await $0.propertyGroups(typeID) },
                loaded: { .propertyGroupsLoaded(typeID: typeID, $0) },
                failed: { _ in .propertyGroupsLoaded(typeID: typeID, []) })
        case .fetchValidationRules(let typeID):
            // A token without the scope (403) or a portal without the API (404) has no rules to check edits by:
            // the server still refuses what breaks one, and its answer is shown by the property.
            return await readThrough(
                kind: "property-validations", key: typeID, fetch: { try await $0.propertyValidations(of: typeID) },
                loaded: { .validationRulesLoaded(typeID: typeID, $0) },
                failed: { _ in .validationRulesLoaded(typeID: typeID, []) })
        case .fetchCustomTypes:
            // A portal without custom objects, or a token without the schema scope, simply has none.
            return await readThrough(
                kind: CRMCache.DocumentKind.schemas, key: "all",
                fetch: { try await $0.schemas() },
                loaded: { schemas in
                    let types = schemas.map(\.objectType)
                    registry.withLock { registry in for type in types { registry.register(type) } }
                    return .customTypesLoaded(types)
                },
                failed: { _ in .customTypesLoaded([]) })
        case .learnTypeOccupancy(let typeIDs, let probe):
            return await learnTypeOccupancy(typeIDs: typeIDs, probe: probe)
        case .rememberTypeOccupancy(let notes):
            return noteOccupancy(notes)
        case .fetchRecord(let typeID, let id, let properties):
            return await fetchRecord(typeID: typeID, id: id, properties: properties)
        case .resolveOutboxConflict(let seq, let keepLocal):
            do {
                try cache?.resolveConflict(entry: seq, keepLocal: keepLocal)
            } catch {
                return .outboxChanged(
                    pending: (try? cache?.pendingCount()) ?? 0,
                    message: StatusMessage("outbox: \(error)", kind: .error))
            }
            await replayOutbox()
            return .outboxChanged(pending: (try? cache?.pendingCount()) ?? 0, message: nil)
        case .adoptOutboxCreate(let seq, let id):
            return await adoptOutboxCreate(seq: seq, id: id)
        case .fetchSearchPage(let typeID, let page, let cursor, let request):
            do {
                let result = try await client.searchPage(typeID, request, cursor: cursor)
                try? cache?.store(result.results, typeID: typeID)
                return .pageLoaded(typeID: typeID, page: page, result)
            } catch {
                _ = wentOffline(error)
                return .pageFailed(typeID: typeID, page: page, message: "search: " + Self.describe(error))
            }
        case .searchLocal(let typeID, let text):
            return .localSearchFinished(
                typeID: typeID, text: text,
                (try? cache?.searchLocal(typeID: typeID, text: text, limit: 200)) ?? [])
        case .fetchOwners:
            return await readThrough(
                kind: CRMCache.DocumentKind.owners, key: "all",
                fetch: { client in
                    var owners: [Owner] = []
                    var after: String?
                    repeat {
                        let page = try await client.owners(after: after, limit: 100)
                        owners += page.results
                        after = page.paging?.next?.after
                    } while after != nil
                    return owners
                },
                loaded: { .ownersLoaded($0) }, failed: { .lookupFailed("owners: \($0)") })
        case .fetchPipelines(let typeID):
            return await readThrough(
                kind: CRMCache.DocumentKind.pipelines, key: typeID, fetch: { try await $0.pipelines(typeID) },
                loaded: { .pipelinesLoaded(typeID: typeID, $0) }, failed: { .lookupFailed("pipelines: \($0)") })
        case .fetchAssociationLabels(let fromType, let toType):
            return await readThrough(
                kind: "association-labels", key: "\(fromType)>\(toType)",
                fetch: { try await $0.associationLabels(from: fromType, to: toType) },
                loaded: { .associationLabelsLoaded(fromType: fromType, toType: toType, $0) },
                failed: { .lookupFailed("association labels: \($0)") })
        case .searchRecords(let typeID, let text):
            return await searchRecords(typeID: typeID, text: text)
        case .loadGraphHop(let source, let known):
            return await loadGraphHop(source, known: known)
        case .loadGraphPage(let source, let toTypeID, let after):
            do {
                let page = try await graphLoader.loadPage(source, toTypeID: toTypeID, after: after)
                return .graphPageLoaded(
                    owner: source, toTypeID: toTypeID, page.items, nextAfter: page.nextAfter,
                    names: page.names)
            } catch {
                _ = wentOffline(error)
                return .graphPageFailed(owner: source, toTypeID: toTypeID, message: Self.describe(error))
            }
        case .loadNames(let typeID, let ids):
            if connectivity.isOffline { return .namesLoaded(graphLoader.cachedNames(typeID: typeID, ids: ids)) }
            do {
                return .namesLoaded(try await graphLoader.names(typeID: typeID, ids: ids))
            } catch {
                _ = wentOffline(error)
                return .namesLoaded(graphLoader.cachedNames(typeID: typeID, ids: ids))
            }
        case .fetchActivities(let typeID, let id):
            var loader = ActivityLoader(client: client, cache: cache, registry: registry.withLock { $0 })
            loader.cacheTrouble = { [self] what, error in reportCacheTrouble(what, error) }
            if connectivity.isOffline {
                guard let items = loader.cached(typeID: typeID, id: id) else {
                    return .activitiesFailed(typeID: typeID, id: id, message: Self.notCached)
                }
                return .activitiesLoaded(typeID: typeID, id: id, items)
            }
            do {
                return .activitiesLoaded(typeID: typeID, id: id, try await loader.load(typeID: typeID, id: id))
            } catch {
                if wentOffline(error), let items = loader.cached(typeID: typeID, id: id) {
                    return .activitiesLoaded(typeID: typeID, id: id, items)
                }
                return .activitiesFailed(typeID: typeID, id: id, message: Self.describe(error))
            }
        case .editExternally(let name, let text):
            return .externalEditFinished(name: name, await ExternalEditor.edit(text))
        case .write(let token, let request):
            let outcome = await gateway.perform(request)
            if case .queued(let pending) = outcome {
                inbox.post(.outboxChanged(pending: pending, message: nil))
                if !connectivity.isForced { startProbe() }
            }
            return .writeFinished(token: token, request, outcome)
        }
    }

    // MARK: Helpers

    static let notCached = "not in the cache, and offline"

    /// The cache key of a plain list: which properties its rows carry.
    /// The same key `spoke cache sync` stores pages under, so a synced type browses from the cache.
    public static func listQueryKey(_ properties: [String]) -> String {
        CacheSyncer.queryKey(for: ListQuery(limit: BrowserState.pageSize, properties: properties))
    }

    static func recordPage(_ cached: CachedPage) -> RecordPage {
        RecordPage(results: cached.records, paging: cached.nextCursor.map { Paging(next: .init(after: $0)) })
    }

    /// What went wrong, in one line; a 403 that names the scope the key lacks says that instead of HubSpot's
    /// general "This app hasn't been granted all required scopes…".
    static func describe(_ error: any Error) -> String {
        guard let error = error as? HubSpotError else { return String(describing: error) }
        return error.missingScopes?.advice ?? error.errorDescription ?? error.message
    }

    static func describe(_ report: ReplayReport) -> StatusMessage? {
        switch report.stop {
        case .finished:
            return report.sent == 0 ? nil : StatusMessage("outbox: sent \(report.sent) change(s) to HubSpot")
        case .conflict(let seq):
            return StatusMessage(
                "outbox: change #\(seq) conflicts with a newer server change; "
                    + "see `spoke cache outbox`", kind: .error)
        case .failed(let seq, let message):
            return StatusMessage("outbox: change #\(seq) refused: \(message)", kind: .error)
        case .blocked(let seq):
            return StatusMessage("outbox: change #\(seq) waits for a decision; see `spoke cache outbox`", kind: .error)
        case .unresolved(_, let message):
            return StatusMessage("outbox: \(message)", kind: .error)
        case .offline, .busy:
            // Offline is shown by the connection line; a busy outbox is being sent by another Spoke.
            return nil
        }
    }
}
