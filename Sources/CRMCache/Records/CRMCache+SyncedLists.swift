import Foundation
import GRDB

// MARK: - A synced list's last part: records fetched out of order, laid out as the list's pages
extension CRMCache {
    /// The ids stored under a list's pages, in page and position order.
    public func listPageIDs(typeID: String, queryKey: String) throws -> [String] {
        try pool.read { db in
            try String.fetchAll(
                db,
                sql: """
                    SELECT record_id FROM list_page_ids WHERE type_id = ? AND query_key = ?
                    ORDER BY page_index, position
                    """, arguments: [typeID, queryKey])
        }
    }

    /// Removes a list's pages from `pageIndex` on (all of them from 0).
    public func removeListPages(typeID: String, queryKey: String, from pageIndex: Int = 0) throws {
        try pool.write { db in
            try db.execute(
                sql: "DELETE FROM list_pages WHERE type_id = ? AND query_key = ? AND page_index >= ?",
                arguments: [typeID, queryKey, pageIndex])
        }
    }

    /// Appends the records staged under `stagingKey` (already stored, fetched in any order) to the list
    /// `queryKey` as pages of `pageSize` from `firstPage` on, in ascending numeric id order, leaving out ids
    /// at or below `ceiling` (those the list's own pages hold). Then drops the staging pages and any page of
    /// the list beyond the new end (left by an earlier sync of a larger type). One transaction, so a reader
    /// sees the old list or the new one. Each page's cursor is its first id (HubSpot's list cursor is the id
    /// of the next record), the first one `firstCursor` when the list's last page named one; the list's last page
    /// is made to lead on to the first appended one, or to end the list when none is.
    /// Returns the records appended, or nil (and changes nothing) when `checkpoint` is gone: another sync
    /// finished the list. The checkpoint is removed with the layout.
    @discardableResult
    public func appendStagedPages(
        typeID: String, queryKey: String, stagingKey: String, firstPage: Int, firstCursor: String?,
        above ceiling: UInt64?, pageSize: Int, claiming checkpoint: (kind: String, key: String),
        fetchedAt: Date = Date()
    ) throws -> Int? {
        try pool.write { db -> Int? in
            // The sync's checkpoint is taken in the same transaction: a second sync of the same cache that got
            // here first has laid the list out already, and doing it again would cut it at this run's end.
            guard
                try Bool.fetchOne(
                    db, sql: "SELECT EXISTS(SELECT 1 FROM documents WHERE kind = ? AND key = ?)",
                    arguments: [checkpoint.kind, checkpoint.key]) == true
            else { return nil }
            try db.execute(
                sql: "DELETE FROM documents WHERE kind = ? AND key = ?", arguments: [checkpoint.kind, checkpoint.key])
            let staged = try String.fetchAll(
                db,
                sql: "SELECT DISTINCT record_id FROM list_page_ids WHERE type_id = ? AND query_key = ?",
                arguments: [typeID, stagingKey])
            let ids = staged.compactMap { id in UInt64(id).map { (number: $0, text: id) } }
                .filter { staged in ceiling.map { staged.number > $0 } ?? true }
                .sorted { $0.number < $1.number }.map(\.text)
            let chunks = stride(from: 0, to: ids.count, by: max(1, pageSize)).map {
                Array(ids[$0..<min($0 + pageSize, ids.count)])
            }
            let cursors = chunks.enumerated().map { index, chunk in index == 0 ? firstCursor ?? chunk[0] : chunk[0] }
            for (offset, chunk) in chunks.enumerated() {
                try Self.writePage(
                    typeID: typeID, queryKey: queryKey, pageIndex: firstPage + offset, cursor: cursors[offset],
                    ids: chunk, nextCursor: offset + 1 < cursors.count ? cursors[offset + 1] : nil,
                    fetchedAt: fetchedAt, in: db)
            }
            // The list's own last page leads on to the appended ones; with none, it is the list's end.
            if firstPage > 0 {
                try db.execute(
                    sql: """
                        UPDATE list_pages SET next_cursor = ?
                        WHERE type_id = ? AND query_key = ? AND page_index = ?
                        """, arguments: [cursors.first, typeID, queryKey, firstPage - 1])
            }
            try db.execute(
                sql: "DELETE FROM list_pages WHERE type_id = ? AND query_key = ?",
                arguments: [typeID, stagingKey])
            try db.execute(
                sql: "DELETE FROM list_pages WHERE type_id = ? AND query_key = ? AND page_index >= ?",
                arguments: [typeID, queryKey, firstPage + chunks.count])
            return ids.count
        }
    }
}
