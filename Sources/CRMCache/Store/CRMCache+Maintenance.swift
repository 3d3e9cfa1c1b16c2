import Foundation
import GRDB

// MARK: - Status, clearing and size-capped eviction
extension CRMCache {
    /// Bytes on disk: the database file and its WAL.
    public func sizeOnDisk() -> Int64 {
        CacheFiles.size(of: fileURL.path) + CacheFiles.size(of: fileURL.path + "-wal")
    }

    /// Size, counts per type, pending outbox and the oldest data.
    public func status() throws -> CacheStatus {
        try pool.read { db in
            var counts: [String: Int] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT type_id, count(*) AS n FROM records GROUP BY type_id") {
                counts[row["type_id"]] = row["n"]
            }
            let oldest = try Double.fetchOne(
                db,
                sql: """
                    SELECT min(t) FROM (SELECT min(fetched_at) AS t FROM records UNION ALL
                        SELECT min(fetched_at) FROM list_pages UNION ALL SELECT min(fetched_at) FROM documents)
                    """)
            return CacheStatus(
                fileURL: fileURL, sizeBytes: sizeOnDisk(), recordsByType: counts,
                pendingChanges: try OutboxRow.fetchCount(db),
                blockedChanges: try Int.fetchOne(
                    db, sql: "SELECT count(*) FROM outbox WHERE state NOT IN ('pending', 'sending')") ?? 0,
                oldestFetch: oldest.map(Date.init(timeIntervalSince1970:)))
        }
    }

    /// Deletes every cached row; refuses while changes wait to be sent unless `force` (which discards them too).
    public func clear(force: Bool = false) throws {
        try pool.write { db in
            let pending = try OutboxRow.fetchCount(db)
            if pending > 0, !force { throw CacheError.outboxNotEmpty(pending: pending) }
            for table in [
                "list_page_ids", "list_pages", "associations", "documents", "records_search", "records", "outbox",
            ] {
                try db.execute(sql: "DELETE FROM \(table)")
            }
        }
        try compact()
    }

    /// Trims the cache to `sizeCap` (default: the cache's own) by dropping the least recently viewed records,
    /// never one the outbox still needs; returns how many records went.
    @discardableResult
    public func evict(toFit sizeCap: Int64? = nil) throws -> Int {
        let cap = sizeCap ?? self.sizeCap
        // The live page count, not the file: a WAL awaiting checkpoint must not trigger a vacuum on every page.
        guard try liveBytes() > cap else { return 0 }
        var evicted = 0
        // Deleted rows only free space after a vacuum (and FTS5 deletes add tombstones until an optimize),
        // so estimate how many records to drop from the average size, compact, measure, and repeat.
        for _ in 0..<4 {
            try compact()
            let size = try liveBytes()
            guard size > cap else { break }
            let removed = try pool.write { db -> Int in
                let records = try Int64.fetchOne(db, sql: "SELECT count(*) FROM records") ?? 0
                guard records > 0 else { return 0 }
                let perRecord = max(1, size / records)
                // Aim at 90% of the cap so the next few pages fit without another eviction.
                let excess = size - cap * 9 / 10
                let count = Int((excess + perRecord - 1) / perRecord)
                return try Self.evictOldest(batch: count, in: db)
            }
            if removed == 0 { break }
            evicted += removed
        }
        return evicted
    }

    /// Pages in use times page size: what the file would be after a vacuum.
    func liveBytes() throws -> Int64 {
        try pool.read { db in
            let pages = try Int64.fetchOne(db, sql: "PRAGMA page_count") ?? 0
            let free = try Int64.fetchOne(db, sql: "PRAGMA freelist_count") ?? 0
            let size = try Int64.fetchOne(db, sql: "PRAGMA page_size") ?? 4096
            return (pages - free) * size
        }
    }

    /// Deletes up to `batch` least recently viewed records not referenced by the outbox, with what hangs off them.
    static func evictOldest(batch: Int, in db: Database) throws -> Int {
        let victims = try Row.fetchAll(
            db,
            sql: """
                SELECT rowid, type_id, id FROM records r
                WHERE local_only = 0
                  AND NOT EXISTS (SELECT 1 FROM outbox o WHERE o.type_id = r.type_id AND o.record_id = r.id)
                ORDER BY coalesce(viewed_at, fetched_at) LIMIT ?
                """, arguments: [batch])
        for victim in victims {
            let (rowid, typeID, id): (Int64, String, String) = (victim["rowid"], victim["type_id"], victim["id"])
            // A page with a hole would show a list that is not the server's: drop whole pages.
            try db.execute(
                sql: """
                    DELETE FROM list_pages WHERE (type_id, query_key, page_index) IN
                        (SELECT type_id, query_key, page_index FROM list_page_ids WHERE type_id = ? AND record_id = ?)
                    """, arguments: [typeID, id])
            try db.execute(
                sql: "DELETE FROM associations WHERE from_type = ? AND from_id = ?", arguments: [typeID, id])
            try db.execute(sql: "DELETE FROM records_search WHERE rowid = ?", arguments: [rowid])
            try db.execute(sql: "DELETE FROM records WHERE rowid = ?", arguments: [rowid])
        }
        return victims.count
    }

    /// Checkpoints the WAL and vacuums, so freed space leaves the disk.
    func compact() throws {
        try pool.writeWithoutTransaction { db in
            try db.execute(sql: "INSERT INTO records_search (records_search) VALUES ('optimize')")
            try db.execute(sql: "VACUUM")
            try db.checkpoint(.truncate)
        }
    }

    /// `PRAGMA integrity_check`'s first line: "ok" for a sound file.
    public func integrityCheck() throws -> String {
        try pool.read { db in try String.fetchOne(db, sql: "PRAGMA integrity_check") ?? "no answer" }
    }
}
