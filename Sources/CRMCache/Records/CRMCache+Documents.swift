import Foundation
import GRDB
import HubSpot

// MARK: - Documents: property definitions and groups, pipelines, owners, schemas
//
// Stored as JSON so this module needs no model type it does not own; the caller names the type on reading.
extension CRMCache {
    /// Well-known document kinds.
    public enum DocumentKind {
        /// `[PropertyDefinition]` keyed by object type id.
        public static let properties = "properties"
        /// Property groups keyed by object type id.
        public static let propertyGroups = "property-groups"
        /// Pipelines keyed by object type id.
        public static let pipelines = "pipelines"
        /// Owners, key `all`.
        public static let owners = "owners"
        /// Object schemas, key `all` or a type id.
        public static let schemas = "schemas"
    }

    /// Stores `value` as JSON under (kind, key).
    public func storeDocument(kind: String, key: String, value: some Encodable, fetchedAt: Date = Date()) throws {
        let json = String(decoding: try HubSpotJSON.encoder().encode(value), as: UTF8.self)
        try pool.write { db in
            try db.execute(
                sql: "INSERT OR REPLACE INTO documents (kind, key, json, fetched_at) VALUES (?, ?, ?, ?)",
                arguments: [kind, key, json, fetchedAt.timeIntervalSince1970])
        }
    }

    /// Removes the document under (kind, key), if there is one.
    public func removeDocument(kind: String, key: String) throws {
        try pool.write { db in
            try db.execute(sql: "DELETE FROM documents WHERE kind = ? AND key = ?", arguments: [kind, key])
        }
    }

    /// The document under (kind, key) decoded as `type`, with when it was fetched; nil if absent.
    public func document<T: Decodable>(kind: String, key: String, as type: T.Type) throws -> (
        value: T, fetchedAt: Date
    )? {
        guard
            let row = try pool.read({ db in
                try Row.fetchOne(
                    db, sql: "SELECT json, fetched_at FROM documents WHERE kind = ? AND key = ?",
                    arguments: [kind, key])
            })
        else { return nil }
        let json: String = row["json"]
        let value = try HubSpotJSON.decoder().decode(T.self, from: Data(json.utf8))
        return (value, Date(timeIntervalSince1970: row["fetched_at"]))
    }
}
