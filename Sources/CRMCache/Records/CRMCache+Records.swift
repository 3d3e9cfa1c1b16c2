import Foundation
import GRDB
import HubSpot

// MARK: - Records: write-through and cache-first reads
extension CRMCache {
    /// Stores records the server sent, merging their properties into what is cached.
    public func store(_ records: [CRMRecord], typeID: String, fetchedAt: Date = Date()) throws {
        try pool.write { db in try Self.store(records, typeID: typeID, fetchedAt: fetchedAt, in: db) }
    }

    /// The cached record with local changes applied. A pure read: it works on a full or read-only disk,
    /// where the viewed-at bookkeeping (`markViewed`) cannot.
    public func record(typeID: String, id: String) throws -> CachedRecord? {
        try pool.read { db in
            guard let row = try RecordRow.fetchOne(db, key: ["type_id": typeID, "id": id]) else { return nil }
            return try Self.cachedRecord(row, in: db)
        }
    }

    /// Notes that the record was just shown, so eviction spares it; bookkeeping, kept apart from `record`
    /// so that a disk that refuses writes cannot turn a cached record into a missing one.
    public func markViewed(typeID: String, id: String, now: Date = Date()) throws {
        try pool.write { db in
            try db.execute(
                sql: "UPDATE records SET viewed_at = ? WHERE type_id = ? AND id = ?",
                arguments: [now.timeIntervalSince1970, typeID, id])
        }
    }

    /// Whether the outbox has unsent changes for the record.
    static func hasPendingChanges(typeID: String, id: String, in db: Database) throws -> Bool {
        try Bool.fetchOne(
            db, sql: "SELECT EXISTS(SELECT 1 FROM outbox WHERE type_id = ? AND record_id = ?)",
            arguments: [typeID, id]) ?? false
    }

    static func cachedRecord(_ row: RecordRow, in db: Database) throws -> CachedRecord {
        CachedRecord(
            record: try row.record(), fetchedAt: Date(timeIntervalSince1970: row.fetchedAt),
            isLocalOnly: row.localOnly,
            hasPendingChanges: try hasPendingChanges(typeID: row.typeID, id: row.id, in: db))
    }

    /// The write-through step shared by every store: merge, keep unsent local values on top, index for search.
    static func store(_ records: [CRMRecord], typeID: String, fetchedAt: Date, in db: Database) throws {
        // One outbox lookup per batch, not per record: most records have no unsent change.
        let withChanges = Set(
            try String.fetchAll(
                db, sql: "SELECT DISTINCT record_id FROM outbox WHERE type_id = ?", arguments: [typeID]))
        let select = try db.cachedStatement(sql: "SELECT properties FROM records WHERE type_id = ? AND id = ?")
        // An upsert keeps the row (and so its rowid, which the search row shares), viewed_at and local_only.
        let upsert = try db.cachedStatement(
            sql: """
                INSERT INTO records (type_id, id, properties, created_at, updated_at, archived, fetched_at)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (type_id, id) DO UPDATE SET properties = excluded.properties,
                    created_at = excluded.created_at, updated_at = excluded.updated_at,
                    archived = excluded.archived, fetched_at = excluded.fetched_at
                RETURNING rowid
                """)
        let decoder = JSONDecoder()
        // Looked up once a batch: resolving the type's registry entry costs more than indexing one record.
        let searchable = searchableProperties(typeID: typeID)
        for record in records {
            var properties: [String: String?] = [:]
            if let json = try String.fetchOne(select, arguments: [typeID, record.id]) {
                properties = try decoder.decode([String: String?].self, from: Data(json.utf8))
            }
            // A list page carries only some properties: keep the others we already know.
            properties.merge(record.properties) { _, new in new }
            // Until an edit is replayed, the user's value wins over what the server still says.
            var archived = record.archived
            if withChanges.contains(record.id) {
                for change in try pendingUpdates(typeID: typeID, id: record.id, in: db) {
                    switch change {
                    case .update(_, _, let local, _): for (name, value) in local { properties[name] = .some(value) }
                    case .archive: archived = true
                    case .create, .associate, .disassociate: break
                    }
                }
            }
            let rowid = try Int64.fetchOne(
                upsert,
                arguments: [
                    typeID, record.id, RecordRow.encode(properties), HubSpotTimestamp.format(record.createdAt),
                    HubSpotTimestamp.format(record.updatedAt), archived, fetchedAt.timeIntervalSince1970,
                ])
            if let rowid {
                try indexForSearch(
                    rowid: rowid, typeID: typeID, properties: properties, searchable: searchable, in: db)
            }
        }
    }

    /// The outbox changes still waiting for one record, in order.
    static func pendingUpdates(typeID: String, id: String, in db: Database) throws -> [PendingChange] {
        try OutboxRow.fetchAll(
            db, sql: "SELECT * FROM outbox WHERE type_id = ? AND record_id = ? ORDER BY seq",
            arguments: [typeID, id]
        ).map { try $0.change() }
    }
}
