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
        try storeListPages(
            [
                ListPageWrite(
                    queryKey: queryKey, pageIndex: pageIndex, cursor: cursor, records: records, nextCursor: nextCursor)
            ], typeID: typeID, fetchedAt: fetchedAt, alongWith: document)
    }

    /// Stores several pages of `typeID`'s lists and `document` in one transaction: a sync's pages and the
    /// checkpoint that records the last of them commit together, or not at all (decision 0044).
    /// `synchronous = NORMAL` for this commit: a crash of the process loses nothing committed, and a power
    /// loss can only take back whole transactions, every one of them data the server sends again.
    /// Past the size cap, the least recently viewed records are evicted afterwards.
    func storeListPages(
        _ pages: [ListPageWrite], typeID: String, fetchedAt: Date = Date(), alongWith document: DocumentWrite? = nil,
        relaxedDurability: Bool = false
    ) throws {
        let write = { (db: Database) throws in
            var searchRows: [SearchRow] = []
            for page in pages {
                try Self.store(page.records, typeID: typeID, fetchedAt: fetchedAt, in: db, searchRows: &searchRows)
                try Self.writePage(
                    typeID: typeID, queryKey: page.queryKey, pageIndex: page.pageIndex, cursor: page.cursor,
                    ids: page.records.map(\.id), nextCursor: page.nextCursor, fetchedAt: fetchedAt, in: db)
            }
            if let document {
                try db.execute(
                    sql: "INSERT OR REPLACE INTO documents (kind, key, json, fetched_at) VALUES (?, ?, ?, ?)",
                    arguments: [document.kind, document.key, document.json, fetchedAt.timeIntervalSince1970])
            }
            // Last: no statement after them makes FTS5 flush its pending terms (see `store`).
            try Self.writeSearchRows(searchRows, typeID: typeID, in: db)
        }
        if relaxedDurability {
            try pool.writeWithoutTransaction { db in
                try db.execute(sql: "PRAGMA synchronous = NORMAL")
                // Every other write of this connection stays FULL (an edit reported as saved survives power loss).
                defer { try? db.execute(sql: "PRAGMA synchronous = FULL") }
                try db.inTransaction {
                    try write(db)
                    return .commit
                }
            }
        } else {
            try pool.write(write)
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
        // One statement a page (prepared once per connection for each page size), not one an id.
        guard !ids.isEmpty else { return }
        let rows = Array(repeating: "(?, ?, ?, ?, ?)", count: ids.count).joined(separator: ", ")
        let insert = try db.cachedStatement(
            sql: "INSERT INTO list_page_ids (type_id, query_key, page_index, position, record_id) VALUES \(rows)")
        var values: [(any DatabaseValueConvertible)?] = []
        values.reserveCapacity(ids.count * 5)
        for (position, id) in ids.enumerated() {
            values += [typeID, queryKey, pageIndex, position, id]
        }
        try insert.execute(arguments: StatementArguments(values))
    }
}
