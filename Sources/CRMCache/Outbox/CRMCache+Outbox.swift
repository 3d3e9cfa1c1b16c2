import Foundation
import GRDB
import HubSpot

// MARK: - Outbox: local change and queued entry in one transaction
extension CRMCache {
    /// Applies `change` to the cached record and queues it, atomically; returns the entry's sequence number.
    /// When this returns, the change is on disk (synchronous = FULL) and may be reported as saved.
    /// `sentAt` marks a change already sent once whose answer was lost: its fate is unknown, and replay
    /// looks for it on the server before sending it again.
    @discardableResult
    public func enqueue(_ change: PendingChange, now: Date = Date(), sentAt: Date? = nil) throws -> Int64 {
        try pool.write { db in
            var outbox = OutboxRow(
                seq: nil, kind: change.kind, typeID: change.typeID, recordID: change.recordID,
                payload: "", baseUpdatedAt: nil, createdAt: now.timeIntervalSince1970,
                state: (sentAt == nil ? OutboxEntry.State.pending : .sending).rawValue,
                sentAt: sentAt?.timeIntervalSince1970)
            var payload = OutboxRow.Payload()
            let existing = try RecordRow.fetchOne(db, key: ["type_id": change.typeID, "id": change.recordID])
            switch change {
            case .update(let typeID, let id, let properties, let baseUpdatedAt):
                payload.properties = properties
                if var row = existing {
                    var values = try row.decodedProperties()
                    // The expected server value is what the user saw, earlier unsent edits included.
                    for name in properties.keys { payload.baseValues[name] = values[name] ?? nil }
                    for (name, value) in properties { values[name] = .some(value) }
                    row.properties = RecordRow.encode(values)
                    try row.update(db)
                    try Self.indexForSearch(typeID: typeID, id: id, properties: values, in: db)
                    outbox.baseUpdatedAt = baseUpdatedAt.map(HubSpotTimestamp.format) ?? row.updatedAt
                } else {
                    outbox.baseUpdatedAt = baseUpdatedAt.map(HubSpotTimestamp.format)
                }
            case .create(let typeID, let temporaryID, let properties, let associations):
                payload.properties = properties
                payload.associations = associations
                let record = CRMRecord(
                    id: temporaryID, properties: properties.mapValues { .some($0) },
                    createdAt: now, updatedAt: now)
                let row = RecordRow(
                    record, typeID: typeID, fetchedAt: now, viewedAt: now.timeIntervalSince1970,
                    localOnly: true)
                try row.insert(db)
                try Self.indexForSearch(typeID: typeID, id: temporaryID, properties: record.properties, in: db)
            case .archive(let typeID, let id):
                try db.execute(
                    sql: "UPDATE records SET archived = 1 WHERE type_id = ? AND id = ?",
                    arguments: [typeID, id])
            case .associate(let typeID, let id, let toTypeID, let toID, let types):
                let target = RecordReference(typeID: toTypeID, id: toID)
                payload.target = target
                payload.associationTypes = types
                try Self.addLocalAssociation(
                    from: RecordReference(typeID: typeID, id: id), to: target,
                    types: types, now: now, in: db)
            case .disassociate(let typeID, let id, let toTypeID, let toID):
                payload.target = RecordReference(typeID: toTypeID, id: toID)
                try db.execute(
                    sql: """
                        DELETE FROM associations WHERE from_type = ? AND from_id = ? AND to_type = ? AND to_id = ?
                        """, arguments: [typeID, id, toTypeID, toID])
            }
            outbox.payload = try OutboxRow.encode(payload)
            try outbox.insert(db)
            return outbox.seq ?? db.lastInsertedRowID
        }
    }

    /// Every queued change in replay order, with its state.
    public func pendingChanges() throws -> [OutboxEntry] {
        try pool.read { db in
            try OutboxRow.fetchAll(db, sql: "SELECT * FROM outbox ORDER BY seq").map { try $0.entry() }
        }
    }

    /// How many changes wait in the outbox (in any state).
    public func pendingCount() throws -> Int {
        try pool.read { db in try OutboxRow.fetchCount(db) }
    }

    /// Settles a conflict or failure: `keepLocal` sends the local values (over the server's) on the next replay;
    /// otherwise the local change is dropped and the server's record shown again.
    public func resolveConflict(entry seq: Int64, keepLocal: Bool) throws {
        try pool.write { db in
            // Pending and sending entries are replay's: only one that waits for a person may be settled.
            let settled: Set<OutboxEntry.State> = [.conflict, .failed, .unknown]
            guard let row = try OutboxRow.fetchOne(db, key: seq),
                let state = OutboxEntry.State(rawValue: row.state), settled.contains(state)
            else {
                throw CacheError.noSuchEntry(seq)
            }
            let server = try row.serverRecord.map {
                try HubSpotJSON.decoder().decode(CRMRecord.self, from: Data($0.utf8))
            }
            if keepLocal {
                var payload = try row.decodedPayload()
                if let server {
                    for name in payload.properties.keys { payload.baseValues[name] = server.properties[name] ?? nil }
                }
                try db.execute(
                    sql: """
                        UPDATE outbox SET state = 'pending', last_error = NULL, server_record = NULL, sent_at = NULL,
                            base_updated_at = coalesce(?, base_updated_at), payload = ? WHERE seq = ?
                        """,
                    arguments: [
                        server.map { HubSpotTimestamp.format($0.updatedAt) },
                        try OutboxRow.encode(payload), seq,
                    ])
            } else {
                try db.execute(sql: "DELETE FROM outbox WHERE seq = ?", arguments: [seq])
                if row.kind == "create" {
                    // A create given up: its local stand-in goes too.
                    try db.execute(
                        sql: "DELETE FROM records WHERE type_id = ? AND id = ? AND local_only = 1",
                        arguments: [row.typeID, row.recordID])
                }
                if let server {
                    // Forget the local values of the dropped edit: reapply the server's, then any later edits.
                    try Self.store([server], typeID: row.typeID, fetchedAt: Date(), in: db)
                }
            }
        }
    }

    // MARK: Replay bookkeeping (used by OutboxReplayer)

    /// The first entry in order, whatever its state.
    func firstOutboxEntry() throws -> OutboxEntry? {
        try pool.read { db in try OutboxRow.fetchOne(db, sql: "SELECT * FROM outbox ORDER BY seq LIMIT 1")?.entry() }
    }

    /// An entry the server accepted: drop it and store the server's answer (later edits stay on top).
    func complete(_ entry: OutboxEntry, server: CRMRecord?) throws {
        try pool.write { db in
            try db.execute(sql: "DELETE FROM outbox WHERE seq = ?", arguments: [entry.seq])
            let typeID = entry.change.typeID
            guard let server else { return }
            // Our own write moved updatedAt; later edits of the record were made on top of it.
            try db.execute(
                sql: "UPDATE outbox SET base_updated_at = ? WHERE type_id = ? AND record_id = ?",
                arguments: [HubSpotTimestamp.format(server.updatedAt), typeID, server.id])
            try Self.store([server], typeID: typeID, fetchedAt: Date(), in: db)
        }
    }

    /// A create the server accepted: the temporary id becomes the real one everywhere, in one transaction.
    func completeCreate(_ entry: OutboxEntry, server: CRMRecord) throws {
        try pool.write { db in
            try Self.completeCreate(
                seq: entry.seq, typeID: entry.change.typeID, temporaryID: entry.change.recordID, server: server, in: db)
        }
    }

    /// Drops create `seq` from the outbox and rewrites `temporaryID` to the server's id everywhere, in `db`'s
    /// transaction.
    static func completeCreate(
        seq: Int64, typeID: String, temporaryID temporary: String, server: CRMRecord, in db: Database
    ) throws {
        let real = server.id
        try db.execute(sql: "DELETE FROM outbox WHERE seq = ?", arguments: [seq])
        try db.execute(sql: "DELETE FROM records WHERE type_id = ? AND id = ?", arguments: [typeID, real])
        try db.execute(
            sql: "UPDATE records SET id = ?, local_only = 0 WHERE type_id = ? AND id = ?",
            arguments: [real, typeID, temporary])
        try db.execute(
            sql: "UPDATE list_page_ids SET record_id = ? WHERE type_id = ? AND record_id = ?",
            arguments: [real, typeID, temporary])
        try db.execute(
            sql: "UPDATE associations SET from_id = ? WHERE from_type = ? AND from_id = ?",
            arguments: [real, typeID, temporary])
        try db.execute(
            sql: "UPDATE associations SET to_id = ? WHERE to_type = ? AND to_id = ?",
            arguments: [real, typeID, temporary])
        try db.execute(
            sql: "UPDATE outbox SET record_id = ? WHERE type_id = ? AND record_id = ?",
            arguments: [real, typeID, temporary])
        // Later creates may associate to the new record; temporary ids are unique tokens, so text replace is exact.
        try db.execute(
            sql: "UPDATE outbox SET payload = replace(payload, ?, ?)",
            arguments: ["\"\(temporary)\"", "\"\(real)\""])
        try store([server], typeID: typeID, fetchedAt: Date(), in: db)
    }

    /// Marks an entry as needing the user, keeping the server's record beside the local values.
    func mark(_ entry: OutboxEntry, state: OutboxEntry.State, error: String, server: CRMRecord? = nil) throws {
        let serverJSON = try server.map { try OutboxRow.encode($0) }
        try pool.write { db in
            try db.execute(
                sql: "UPDATE outbox SET state = ?, last_error = ?, server_record = ? WHERE seq = ?",
                arguments: [state.rawValue, error, serverJSON, entry.seq])
        }
    }
}
