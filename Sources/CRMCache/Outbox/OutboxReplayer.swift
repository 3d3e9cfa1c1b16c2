import Foundation
import HubSpot

/// Sends the outbox to the server in order, never overwriting a change someone else made in the meantime.
public struct OutboxReplayer: Sendable {
    /// The cache whose outbox is replayed.
    public let cache: CRMCache
    /// The client for the same portal.
    public let client: HubSpotClient

    /// Creates a replayer.
    public init(cache: CRMCache, client: HubSpotClient) {
        self.cache = cache
        self.client = client
    }

    /// Replays entries in order until the outbox is empty or one cannot be sent.
    public func replay() async -> ReplayReport {
        var report = ReplayReport(sent: 0, assignedIDs: [:], stop: .finished)
        while true {
            let entry: OutboxEntry?
            do { entry = try cache.firstOutboxEntry() } catch {
                report.stop = .failed(seq: 0, message: "\(error)")
                return report
            }
            guard let entry else { return report }
            guard entry.state == .pending else {
                report.stop = .blocked(seq: entry.seq)
                return report
            }
            do {
                if let stop = try await send(entry, report: &report) {
                    report.stop = stop
                    return report
                }
                report.sent += 1
            } catch let error as HubSpotError {
                if error.status == nil || error.isTransient {
                    report.stop = .offline(message: error.message)
                } else {
                    try? cache.mark(entry, state: .failed, error: error.message)
                    report.stop = .failed(seq: entry.seq, message: error.message)
                }
                return report
            } catch {
                report.stop = .failed(seq: entry.seq, message: "\(error)")
                return report
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
