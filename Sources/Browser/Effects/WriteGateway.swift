import CRMCache
import Foundation
import HubSpot

/// The one way the browser changes data on the server. Screens hand it `WriteRequest`s; it checks
/// for conflicts, splits batches, and turns HubSpot's answers into `WriteOutcome`s.
///
/// In read-only mode it refuses every request before any byte leaves the process. With a cache, a
/// change made offline (or whose request could not reach the server) is applied to the cached record
/// and queued in the outbox in one transaction, and what HubSpot accepts is written through.
public struct WriteGateway: Sendable {
    /// HubSpot's batch endpoints take at most this many inputs.
    public static let batchLimit = 100

    private let client: HubSpotClient
    /// Whether every write is refused.
    public let readOnly: Bool

    private let cache: CRMCache?
    private let connectivity: Connectivity

    /// Creates a gateway writing through `client`, queueing in `cache`'s outbox when offline.
    public init(
        client: HubSpotClient, readOnly: Bool = false, cache: CRMCache? = nil,
        connectivity: Connectivity = Connectivity()
    ) {
        self.client = client
        self.readOnly = readOnly
        self.cache = cache
        self.connectivity = connectivity
    }

    /// Performs `request` and says how it ended. Never throws: every failure becomes an outcome.
    public func perform(_ request: WriteRequest) async -> WriteOutcome {
        if readOnly { return .rejected(WriteFailure(message: "read-only mode: nothing is sent to the server")) }
        if connectivity.isOffline { return queue(request) }
        let sentAt = Date()
        let outcome = await send(request)
        if case .rejected(let failure) = outcome, failure.isTransport {
            connectivity.lost()
            // A create may have reached HubSpot although no answer came back: it is queued as sent, and
            // replay looks for it before it is ever sent again (decision 0033).
            if case .create = request { return queue(request, sentAt: sentAt) }
            return queue(request)
        }
        if case .saved(let record?) = outcome { try? cache?.store([record], typeID: request.typeID) }
        if case .saved = outcome, case .disassociate(let fromType, let fromID, let toType, let toID) = request {
            try? cache?.removeAssociations(
                between: RecordReference(typeID: fromType, id: fromID),
                and: RecordReference(typeID: toType, id: toID))
        }
        return outcome
    }

    /// Applies the change locally and queues it; without a cache, says the change needs the network.
    private func queue(_ request: WriteRequest, sentAt: Date? = nil) -> WriteOutcome {
        guard let cache else {
            return .rejected(WriteFailure(message: "offline, and no local cache to queue the change in"))
        }
        let changes: [PendingChange]
        switch request {
        case .update(let typeID, let id, let values, let base):
            changes = [.update(typeID: typeID, id: id, properties: values, baseUpdatedAt: base)]
        case .pin(let typeID, let id, let engagementID):
            changes = [.pin(typeID: typeID, id: id, engagementID: engagementID)]
        case .create(let typeID, let properties, let associations):
            changes = [
                .create(
                    typeID: typeID, temporaryID: PendingChange.makeTemporaryID(), properties: properties,
                    associations: associations)
            ]
        case .archive(let typeID, let ids):
            changes = ids.map { .archive(typeID: typeID, id: $0) }
        case .bulkUpdate(let typeID, let ids, let values):
            changes = ids.map { .update(typeID: typeID, id: $0, properties: values, baseUpdatedAt: nil) }
        case .associate(let fromType, let fromID, let toType, let toID, let types):
            changes = [.associate(typeID: fromType, id: fromID, toTypeID: toType, toID: toID, types: types)]
        case .disassociate(let fromType, let fromID, let toType, let toID):
            changes = [.disassociate(typeID: fromType, id: fromID, toTypeID: toType, toID: toID)]
        }
        do {
            for change in changes { try cache.enqueue(change, sentAt: sentAt) }
            return .queued(pending: try cache.pendingCount())
        } catch {
            return .rejected(WriteFailure(message: "could not queue the change in the local cache: \(error)"))
        }
    }

    private func send(_ request: WriteRequest) async -> WriteOutcome {
        do {
            switch request {
            case .update(let typeID, let id, let changes, let base):
                guard let base else {
                    return .saved(try await client.updateRecord(typeID, id: id, properties: changes))
                }
                let check = {
                    let current = try await client.record(typeID, id: id, properties: Array(changes.keys))
                    if current.updatedAt > base { return WriteOutcome.conflict(server: current) }
                    return .saved(try await client.updateRecord(typeID, id: id, properties: changes))
                }
                // HubSpot has no conditional PATCH: between the check and the write nobody else on this cache
                // may do the same, or two saves of one base both pass and the last silently wins.
                guard let cache else { return try await check() }
                return try await cache.withLock(CRMCache.saveLock) { try await check() }
            case .pin(let typeID, let id, let engagementID):
                return .saved(
                    try await client.updateRecord(
                        typeID, id: id, properties: ["hs_pinned_engagement_id": engagementID ?? ""]))
            case .create(let typeID, let properties, let associations):
                return .saved(try await client.createRecord(typeID, properties: properties, associations: associations))
            case .archive(let typeID, let ids):
                if ids.count == 1 {
                    try await client.archiveRecord(typeID, id: ids[0])
                    return .saved(nil)
                }
                return await bulkArchive(typeID, ids: ids)
            case .bulkUpdate(let typeID, let ids, let changes):
                return try await bulkUpdate(typeID, ids: ids, changes: changes)
            case .associate(let fromType, let fromID, let toType, let toID, let types):
                try await client.associate(fromType, id: fromID, with: toType, id: toID, typesOrDefault: types)
                return .saved(nil)
            case .disassociate(let fromType, let fromID, let toType, let toID):
                try await client.removeAssociations(fromType, id: fromID, from: toType, id: toID)
                return .saved(nil)
            }
        } catch {
            return .rejected(WriteFailure(error))
        }
    }

    /// Batch archives in chunks; a refused chunk is reported per input and the rest still go.
    private func bulkArchive(_ typeID: String, ids: [String]) async -> WriteOutcome {
        var succeeded: [String] = []
        var failed: [WriteFailure.ItemError] = []
        for chunk in ids.chunked(into: Self.batchLimit) {
            do {
                try await client.batchArchive(typeID, ids: chunk)
                succeeded += chunk
            } catch {
                let message = WriteFailure(error).message
                failed += chunk.map { WriteFailure.ItemError(id: $0, message: message) }
            }
        }
        if succeeded.isEmpty, let first = failed.first { return .rejected(WriteFailure(message: first.message)) }
        return failed.isEmpty ? .saved(nil) : .partial(succeeded: succeeded, failed: failed)
    }

    /// Batch updates in chunks; a 207 or a failed chunk is reported per input, the rest still go.
    private func bulkUpdate(_ typeID: String, ids: [String], changes: [String: String]) async throws -> WriteOutcome {
        var succeeded: [String] = []
        var failed: [WriteFailure.ItemError] = []
        for chunk in ids.chunked(into: Self.batchLimit) {
            do {
                let result = try await client.batchUpdate(
                    typeID, chunk.map { RecordUpdateInput(id: $0, properties: changes) })
                // Each input is matched to its answer by its trace id, so an id is never credited with another's.
                for (id, outcome) in zip(chunk, result.outcomes) {
                    switch outcome {
                    case .succeeded: succeeded.append(id)
                    case .failed(let error): failed.append(WriteFailure.ItemError(id: id, message: error.message))
                    case .unanswered:
                        failed.append(WriteFailure.ItemError(id: id, message: "the server's answer did not mention it"))
                    }
                }
            } catch {
                let message = WriteFailure(error).message
                failed += chunk.map { WriteFailure.ItemError(id: $0, message: message) }
            }
        }
        return failed.isEmpty ? .saved(nil) : .partial(succeeded: succeeded, failed: failed)
    }
}

extension Array {
    /// Consecutive slices of at most `size` elements.
    func chunked(into size: Int) -> [[Element]] {
        stride(from: 0, to: count, by: size).map { Array(self[$0..<Swift.min($0 + size, count)]) }
    }
}
