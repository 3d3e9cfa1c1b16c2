import Foundation
import GRDB
import HubSpot

// MARK: - List pages: (type, query) → page index → cursor, ids in order
extension CRMCache {
    /// Stores one page of a list and its records; `queryKey` names the list (sort, filters, properties).
    /// `document`, if given, is stored in the same transaction.
    /// Past the size cap, the least recently viewed records are evicted afterwards.
    public func storeListPage(
        typeID: String, queryKey: String, pageIndex: Int, cursor: String?, records: [CRMRecord],
        nextCursor: String?, fetchedAt: Date = Date(), alongWith document: DocumentWrite? = nil
    ) throws {
        try pool.write { db in
            try Self.store(records, typeID: typeID, fetchedAt: fetchedAt, in: db)
            try Self.writePage(
                typeID: typeID, queryKey: queryKey, pageIndex: pageIndex, cursor: cursor, ids: records.map(\.id),
                nextCursor: nextCursor, fetchedAt: fetchedAt, in: db)
            if let document {
                try db.execute(
                    sql: "INSERT OR REPLACE INTO documents (kind, key, json, fetched_at) VALUES (?, ?, ?, ?)",
                    arguments: [document.kind, document.key, document.json, fetchedAt.timeIntervalSince1970])
            }
        }
        // Pages are what fills the cache, so this is where the cap is kept; three pragmas when under it.
        try evict()
    }

    /// A cached page with its records in order (local changes applied), or nil if it was never fetched.
    public func listPage(typeID: String, queryKey: String, pageIndex: Int) throws -> CachedPage? {
        try pool.read { db in
            let key: StatementArguments = [typeID, queryKey, pageIndex]
            guard
                let page = try Row.fetchOne(
                    db,
                    sql: """
                        SELECT cursor, next_cursor, fetched_at FROM list_pages
                        WHERE type_id = ? AND query_key = ? AND page_index = ?
                        """, arguments: key)
            else { return nil }
            let expected =
                try Int.fetchOne(
                    db,
                    sql: """
                        SELECT count(*) FROM list_page_ids WHERE type_id = ? AND query_key = ? AND page_index = ?
                        """, arguments: key) ?? 0
            let rows = try RecordRow.fetchAll(
                db,
                sql: """
                    SELECT r.* FROM list_page_ids p JOIN records r ON r.type_id = p.type_id AND r.id = p.record_id
                    WHERE p.type_id = ? AND p.query_key = ? AND p.page_index = ? ORDER BY p.position
                    """, arguments: key)
            return CachedPage(
                records: try rows.map { try $0.record() }, cursor: page["cursor"],
                nextCursor: page["next_cursor"],
                fetchedAt: Date(timeIntervalSince1970: page["fetched_at"]),
                isComplete: rows.count == expected)
        }
    }

    /// Replaces one page's row and its ids (the records themselves are stored apart).
    static func writePage(
        typeID: String, queryKey: String, pageIndex: Int, cursor: String?, ids: [String], nextCursor: String?,
        fetchedAt: Date, in db: Database
    ) throws {
        let key: StatementArguments = [typeID, queryKey, pageIndex]
        try db.execute(
            sql: "DELETE FROM list_pages WHERE type_id = ? AND query_key = ? AND page_index = ?", arguments: key)
        try db.execute(
            sql: """
                INSERT INTO list_pages (type_id, query_key, page_index, cursor, next_cursor, fetched_at)
                VALUES (?, ?, ?, ?, ?, ?)
                """, arguments: key + [cursor, nextCursor, fetchedAt.timeIntervalSince1970])
        // Prepared once per connection: a page of 100 ids is 100 executions of it, not 100 parses.
        let insert = try db.cachedStatement(
            sql: """
                INSERT INTO list_page_ids (type_id, query_key, page_index, position, record_id)
                VALUES (?, ?, ?, ?, ?)
                """)
        for (position, id) in ids.enumerated() {
            try insert.execute(arguments: key + [position, id])
        }
    }
}
