import Foundation
import HubSpot

/// Sends the outbox to the server in order, never overwriting a change someone else made in the meantime.
public struct OutboxReplayer: Sendable {
    /// The cache whose outbox is replayed.
    public let cache: CRMCache
    /// The client for the same portal.
    public let client: HubSpotClient
    /// How long after a lost create an empty search is believed: HubSpot's search index lags writes.
    public var searchSettle: TimeInterval
    /// How long the replay lock is held without renewal before another process may take it.
    public var lease: TimeInterval = 120

    /// Creates a replayer.
    public init(cache: CRMCache, client: HubSpotClient, searchSettle: TimeInterval = 60) {
        self.cache = cache
        self.client = client
        self.searchSettle = searchSettle
    }

    /// Replays entries in order until the outbox is empty or one cannot be sent. Only one replayer per cache
    /// file sends at a time, whichever process it is in; the others return `.busy` at once.
    public func replay() async -> ReplayReport {
        var report = ReplayReport(sent: 0, assignedIDs: [:], stop: .finished)
        let owner = UUID().uuidString
        do {
            guard try cache.acquireReplayLock(owner: owner, pid: getpid(), lease: lease) else {
                report.stop = .busy
                return report
            }
        } catch {
            report.stop = .failed(seq: 0, message: "\(error)")
            return report
        }
        let stop = await sendEntries(owner: owner, report: &report)
        report.stop = stop
        do { try cache.releaseReplayLock(owner: owner) } catch {
            // The lease ends by itself; until then another process waits, so say why.
            if report.stop == .finished { report.stop = .failed(seq: 0, message: "\(error)") }
        }
        return report
    }

    private func sendEntries(owner: String, report: inout ReplayReport) async -> ReplayReport.Stop {
        while true {
            let entry: OutboxEntry?
            do { entry = try cache.firstOutboxEntry() } catch { return .failed(seq: 0, message: "\(error)") }
            guard let entry else { return .finished }
            do {
                switch entry.state {
                case .conflict, .failed, .unknown:
                    return .blocked(seq: entry.seq)
                case .sending:
                    // Sent before, outcome never recorded (lost answer, crash, full disk): settle it first.
                    if let stop = try await settleUnrecorded(entry, report: &report) { return stop }
                    continue
                case .pending:
                    break
                }
                try cache.claim(entry, owner: owner, lease: lease)
            } catch let error as HubSpotError {
                return error.status == nil || error.isTransient
                    ? .offline(message: error.message) : .failed(seq: entry.seq, message: error.message)
            } catch {
                return .failed(seq: entry.seq, message: "\(error)")
            }
            do {
                if let stop = try await send(entry, report: &report) { return stop }
                report.sent += 1
            } catch let error as HubSpotError {
                if error.status == nil || error.isTransient {
                    // A create that may have reached the server stays `sending`: its fate is unknown.
                    if case .create = entry.change {
                    } else {
                        do { try cache.unclaim(entry) } catch { return .failed(seq: entry.seq, message: "\(error)") }
                    }
                    return .offline(message: error.message)
                }
                do { try cache.mark(entry, state: .failed, error: error.message) } catch {
                    return .failed(seq: entry.seq, message: "\(error)")
                }
                return .failed(seq: entry.seq, message: error.message)
            } catch {
                // Most likely the cache could not record what the server did: the entry stays `sending`.
                return .failed(seq: entry.seq, message: "\(error)")
            }
        }
    }

    /// Sends one entry; returns a stop reason when it must not go further (a conflict).
    private func send(_ entry: OutboxEntry, report: inout ReplayReport) async throws -> ReplayReport.Stop? {
        switch entry.change {
        case .update(let typeID, let id, let properties, let baseUpdatedAt):
            let current = try await client.record(typeID, id: id, properties: Array(properties.keys))
            if let conflict = conflict(entry, properties: properties, baseUpdatedAt: baseUpdatedAt, server: current) {
                try cache.mark(entry, state: .conflict, error: conflict, server: current)
                return .conflict(seq: entry.seq)
            }
            let updated = try await client.updateRecord(typeID, id: id, properties: properties)
            try cache.complete(entry, server: updated)
        case .create(let typeID, let temporaryID, let properties, let associations):
            let created = try await client.createRecord(typeID, properties: properties, associations: associations)
            try cache.completeCreate(entry, server: created)
            report.assignedIDs[temporaryID] = created.id
        case .archive(let typeID, let id):
            do {
                try await client.archiveRecord(typeID, id: id)
            } catch let error as HubSpotError where error.status == 404 {
                // Already gone: the archive's goal is reached.
            }
            try cache.complete(entry, server: nil)
        case .associate(let typeID, let id, let toTypeID, let toID, let types):
            try await client.associate(typeID, id: id, with: toTypeID, id: toID, typesOrDefault: types)
            try cache.complete(entry, server: nil)
        case .disassociate(let typeID, let id, let toTypeID, let toID):
            do {
                try await client.removeAssociations(typeID, id: id, from: toTypeID, id: toID)
            } catch let error as HubSpotError where error.status == 404 {
                // One of the records is gone, so the association is too.
            }
            try cache.complete(entry, server: nil)
        }
        return nil
    }

    /// Why the update would overwrite someone else's change, or nil when it is safe to send.
    private func conflict(
        _ entry: OutboxEntry, properties: [String: String], baseUpdatedAt: Date?,
        server: CRMRecord
    ) -> String? {
        if let baseUpdatedAt, HubSpotTimestamp.format(baseUpdatedAt) == HubSpotTimestamp.format(server.updatedAt) {
            return nil
        }
        // The record changed; only a change to a property we also edited matters, unless it already has our value.
        let clashing = properties.keys.sorted().filter { name in
            let serverValue = server[property: name] ?? ""
            let baseValue = (entry.baseValues[name] ?? nil) ?? ""
            return serverValue != baseValue && serverValue != properties[name]
        }
        guard !clashing.isEmpty else { return nil }
        return "changed on the server since your edit: " + clashing.joined(separator: ", ")
    }
}
