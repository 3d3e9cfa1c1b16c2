import Foundation
import HubSpot

// MARK: - Entries sent before whose outcome was never recorded
extension OutboxReplayer {
    /// Settles an entry left `sending`. Anything but a create is safe to send again (an update's conflict
    /// check sees its own values, archives and associations are idempotent); a create is looked for on
    /// the server first and sent again only when it is shown not to be there. Returns a stop reason when
    /// replay must not go further.
    func settleUnrecorded(_ entry: OutboxEntry, report: inout ReplayReport) async throws -> ReplayReport.Stop? {
        guard case .create(let typeID, let temporaryID, let properties, _) = entry.change else {
            try cache.unclaim(entry)
            return nil
        }
        let sentAt = entry.sentAt ?? entry.createdAt
        let filters = CreateLookup.filters(typeID: typeID, properties: properties, sentAt: sentAt)
        guard !filters.isEmpty else {
            return try askUser(entry, "it may have been created, and it has no values to look it up by")
        }
        let found = try await client.search(
            typeID,
            SearchRequest(
                filterGroups: [FilterGroup(filters)], properties: Array(properties.keys), limit: 10)
        ).results
        switch found.count {
        case 1:
            try cache.completeCreate(entry, server: found[0])
            report.assignedIDs[temporaryID] = found[0].id
            report.sent += 1
            return nil
        case 0:
            let waited = Date().timeIntervalSince(sentAt)
            guard waited >= searchSettle else {
                return .unresolved(
                    seq: entry.seq,
                    message: "create #\(entry.seq) may have reached HubSpot; looking again once its search catches up")
            }
            try cache.unclaim(entry)
            return nil
        default:
            let ids = found.map(\.id).joined(separator: ", ")
            return try askUser(entry, "it may have been created: \(found.count) records match it (\(ids))")
        }
    }

    /// Settles create `seq`, whose fate replay could not tell, as created: the person says it became record
    /// `id`, which is read from the server (so a mistyped id is refused) and adopted as the lost answer.
    /// Returns the record.
    public func adoptUnknownCreate(seq: Int64, id: String) async throws -> CRMRecord {
        guard let entry = try cache.pendingChanges().first(where: { $0.seq == seq }), entry.state == .unknown,
            case .create(let typeID, _, let properties, _) = entry.change
        else { throw CacheError.noSuchEntry(seq) }
        let record = try await client.record(typeID, id: id, properties: Array(properties.keys))
        try cache.adoptCreate(entry: seq, server: record)
        return record
    }

    private func askUser(_ entry: OutboxEntry, _ why: String) throws -> ReplayReport.Stop {
        let message = "\(why); say it was created (its id), send it again, or drop it"
        try cache.mark(entry, state: .unknown, error: message)
        return .unresolved(seq: entry.seq, message: message)
    }
}
