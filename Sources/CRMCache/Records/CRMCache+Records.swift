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
        var searchRows: [SearchRow] = []
        try store(records, typeID: typeID, fetchedAt: fetchedAt, in: db, searchRows: &searchRows)
        try writeSearchRows(searchRows, typeID: typeID, in: db)
    }

    /// `store`, leaving the search rows for the caller to write with `writeSearchRows` after every other
    /// statement of its transaction. Once FTS5 has been written in a transaction, each later statement
    /// that opens a savepoint (an upsert does) makes it flush its pending terms as a segment of their own:
    /// written between the upserts, the search rows cost three times what the records did (decision 0044).
    static func store(
        _ records: [CRMRecord], typeID: String, fetchedAt: Date, in db: Database, searchRows: inout [SearchRow]
    ) throws {
        // One outbox lookup per batch, not per record: most records have no unsent change.
        let withChanges = Set(
            try String.fetchAll(
                db, sql: "SELECT DISTINCT record_id FROM outbox WHERE type_id = ?", arguments: [typeID]))
        var known = try storedProperties(typeID: typeID, ids: records.map(\.id), in: db)
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
            if let json = known[record.id] {
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
            let json = RecordRow.encode(properties)
            // A record twice in one batch merges into its first copy, as it would stored one at a time.
            known[record.id] = json
            let rowid = try Int64.fetchOne(
                upsert,
                arguments: [
                    typeID, record.id, json, HubSpotTimestamp.format(record.createdAt),
                    HubSpotTimestamp.format(record.updatedAt), archived, fetchedAt.timeIntervalSince1970,
                ])
            if let rowid {
                searchRows.append(SearchRow(rowid: rowid, display: displayText(properties, searchable: searchable)))
            }
        }
    }

    /// The stored properties JSON of those of `ids` the cache has, by id: one query for a page of records
    /// instead of one a record.
    static func storedProperties(typeID: String, ids: [String], in db: Database) throws -> [String: String] {
        var found: [String: String] = [:]
        // Well under SQLite's limit of bound variables a statement.
        for start in stride(from: 0, to: ids.count, by: 500) {
            let chunk = Array(ids[start..<min(start + 500, ids.count)])
            let marks = Array(repeating: "?", count: chunk.count).joined(separator: ",")
            let rows = try Row.fetchCursor(
                db.cachedStatement(sql: "SELECT id, properties FROM records WHERE type_id = ? AND id IN (\(marks))"),
                arguments: StatementArguments([typeID] + chunk))
            while let row = try rows.next() { found[row["id"]] = row["properties"] }
        }
        return found
    }

    /// The outbox changes still waiting for one record, in order.
    static func pendingUpdates(typeID: String, id: String, in db: Database) throws -> [PendingChange] {
        try OutboxRow.fetchAll(
            db, sql: "SELECT * FROM outbox WHERE type_id = ? AND record_id = ? ORDER BY seq",
            arguments: [typeID, id]
        ).map { try $0.change() }
    }
}
