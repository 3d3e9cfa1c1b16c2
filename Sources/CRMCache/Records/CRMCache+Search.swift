import Foundation
import GRDB
import HubSpot

// MARK: - Local search (FTS5 over display properties)
extension CRMCache {
    /// The properties worth finding a record by: its title, fallback title, and contact details.
    static func searchableProperties(typeID: String) -> [String] {
        let type = ObjectTypeRegistry.standard.resolve(typeID)
        var names = (type?.titleProperties ?? ["name"]) + (type?.fallbackTitleProperties ?? [])
        names += ["email", "domain", "phone", "name", "hs_object_id"]
        var seen = Set<String>()
        return names.filter { seen.insert($0).inserted }
    }

    /// How many matches a local search ranks at most; whole words found in this many rows are not ranked.
    static let candidateLimit = 2000

    /// Records of `typeID` whose display properties contain words starting with each word of `text`.
    ///
    /// Two FTS5 costs grow with the number of rows a word is in, whatever the LIMIT: a prefix word (`"415"*`)
    /// is expanded into one list of every row holding a term that starts with it, and bm25 counts every row
    /// holding each word. Over 1,000,000 contacts, "+1 415" and "example.com" (words in every row) took
    /// 160 ms that way. So the words are first looked up whole, which FTS5 reads incrementally: when that
    /// alone finds `candidateLimit` rows, the words are too common for an order among them to matter, and
    /// the first `limit` of them (in cache order) are the answer, without a prefix list or a rank. Otherwise
    /// the prefix search runs and ranks at most `candidateLimit` matches, as before (decision 0037).
    public func searchLocal(typeID: String, text: String, limit: Int = 50) throws -> [CRMRecord] {
        // Split like the unicode61 tokenizer does, then quote each word so user text is never FTS syntax.
        let words = text.lowercased().split { !$0.isLetter && !$0.isNumber }
        guard !words.isEmpty else { return [] }
        let whole = words.map { "\"\($0)\"" }.joined(separator: " ")
        // A one-character prefix ("1" in "+1 415") expands to nearly every term in the index: matched whole.
        let prefixed = words.map { $0.count == 1 ? "\"\($0)\"" : "\"\($0)\"*" }.joined(separator: " ")
        return try pool.read { db in
            let common = try Int64.fetchAll(
                db,
                sql: """
                    SELECT rowid FROM records_search
                    WHERE records_search MATCH ? AND type_id = ? LIMIT \(Self.candidateLimit)
                    """, arguments: ["display : (\(whole))", typeID])
            if common.count == Self.candidateLimit {
                return try RecordRow.fetchAll(
                    db,
                    sql: """
                        SELECT r.* FROM records r WHERE r.rowid IN (\(common.map(String.init).joined(separator: ",")))
                        AND r.archived = 0 ORDER BY r.rowid LIMIT ?
                        """, arguments: [limit]
                ).map { try $0.record() }
            }
            return try RecordRow.fetchAll(
                db,
                sql: """
                    SELECT r.* FROM (
                        SELECT rowid, rank FROM records_search
                        WHERE records_search MATCH ? AND type_id = ? LIMIT \(Self.candidateLimit)
                    ) s JOIN records r ON r.rowid = s.rowid
                    WHERE r.archived = 0
                    ORDER BY s.rank LIMIT ?
                    """, arguments: ["display : (\(prefixed))", typeID, limit]
            ).map { try $0.record() }
        }
    }

    /// Rewrites the search row of one record (same rowid as the record, so renames of ids need no reindex).
    static func indexForSearch(typeID: String, id: String, properties: [String: String?], in db: Database) throws {
        guard
            let rowid = try Int64.fetchOne(
                db, sql: "SELECT rowid FROM records WHERE type_id = ? AND id = ?",
                arguments: [typeID, id])
        else { return }
        try indexForSearch(rowid: rowid, typeID: typeID, properties: properties, in: db)
    }

    /// Rewrites the search row with the given rowid.
    static func indexForSearch(rowid: Int64, typeID: String, properties: [String: String?], in db: Database) throws {
        let display = displayText(properties, searchable: searchableProperties(typeID: typeID))
        try writeSearchRows([SearchRow(rowid: rowid, display: display)], typeID: typeID, in: db)
    }

    /// The text a record is found by: its `searchable` properties' values (`searchableProperties(typeID:)`).
    static func displayText(_ properties: [String: String?], searchable: [String]) -> String {
        searchable.compactMap { properties[$0] ?? nil }.filter { !$0.isEmpty }.joined(separator: " ")
    }

    /// Rewrites the search rows of records of `typeID`; in a transaction, after its other statements (see
    /// `store(_:typeID:fetchedAt:in:searchRows:)`).
    static func writeSearchRows(_ rows: [SearchRow], typeID: String, in db: Database) throws {
        guard !rows.isEmpty else { return }
        // FTS5 honours OR REPLACE: one statement deletes the row's old terms (if it has a row) and adds the new.
        let insert = try db.cachedStatement(
            sql: "INSERT OR REPLACE INTO records_search (rowid, type_id, display) VALUES (?, ?, ?)")
        for row in rows {
            try insert.execute(arguments: [row.rowid, typeID, row.display])
        }
    }
}
