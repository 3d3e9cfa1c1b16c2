import Foundation
import GRDB
import HubSpot

// MARK: - A create of unknown fate, settled by the person as created (decision 0033)
extension CRMCache {
    /// Settles create `seq`, whose fate replay could not tell (state `unknown`), as created: `server` is the
    /// record the person says it became. The temporary id becomes `server.id` everywhere, as if `server` had
    /// been the lost answer. Sending it again and dropping it are `resolveConflict(entry:keepLocal:)`.
    public func adoptCreate(entry seq: Int64, server: CRMRecord) throws {
        try pool.write { db in
            // Checked in the write: a second Spoke settling the same entry finds it gone.
            guard let row = try OutboxRow.fetchOne(db, key: seq), row.kind == "create",
                row.state == OutboxEntry.State.unknown.rawValue
            else { throw CacheError.noSuchEntry(seq) }
            try Self.completeCreate(seq: seq, typeID: row.typeID, temporaryID: row.recordID, server: server, in: db)
        }
    }
}
