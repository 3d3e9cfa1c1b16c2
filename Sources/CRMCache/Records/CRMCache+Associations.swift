import Foundation
import GRDB
import HubSpot

// MARK: - Associations with labels
extension CRMCache {
    /// Replaces the cached associations from `source` to records of `toTypeID`.
    public func storeAssociations(
        from source: RecordReference, toTypeID: String, _ associations: [CachedAssociation], fetchedAt: Date = Date()
    ) throws {
        try pool.write { db in
            try db.execute(
                sql: "DELETE FROM associations WHERE from_type = ? AND from_id = ? AND to_type = ?",
                arguments: [source.typeID, source.id, toTypeID])
            for association in associations {
                try db.execute(
                    sql: """
                        INSERT OR REPLACE INTO associations
                            (from_type, from_id, to_type, to_id, type_id, category, label, fetched_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                        """,
                    arguments: [
                        source.typeID, source.id, toTypeID, association.toID, association.typeID,
                        association.category, association.label, fetchedAt.timeIntervalSince1970,
                    ])
            }
        }
    }

    /// The cached associations from `source` to `toTypeID`, or nil when they were never fetched.
    public func associations(from source: RecordReference, toTypeID: String) throws -> [CachedAssociation]? {
        try pool.read { db in
            let rows = try Row.fetchAll(
                db,
                sql: """
                    SELECT to_id, type_id, category, label FROM associations
                    WHERE from_type = ? AND from_id = ? AND to_type = ? ORDER BY rowid
                    """, arguments: [source.typeID, source.id, toTypeID])
            if rows.isEmpty { return nil }
            return rows.map {
                CachedAssociation(
                    toID: $0["to_id"], typeID: $0["type_id"],
                    category: $0["category"], label: $0["label"])
            }
        }
    }

    /// Forgets every cached association between two records (after the server removed them), both directions.
    public func removeAssociations(between first: RecordReference, and second: RecordReference) throws {
        try pool.write { db in
            for (from, to) in [(first, second), (second, first)] {
                try db.execute(
                    sql: """
                        DELETE FROM associations WHERE from_type = ? AND from_id = ? AND to_type = ? AND to_id = ?
                        """, arguments: [from.typeID, from.id, to.typeID, to.id])
            }
        }
    }

    /// Records an association made locally (queued in the outbox) so the graph shows it before the server has it.
    /// Without explicit types it is stored as the unlabeled default (type id 0 until the server's answer replaces it).
    static func addLocalAssociation(
        from source: RecordReference, to target: RecordReference,
        types: [AssociationSpec], now: Date, in db: Database
    ) throws {
        let specs = types.isEmpty ? [AssociationSpec(.hubspotDefined, 0)] : types
        for spec in specs {
            try db.execute(
                sql: """
                    INSERT OR REPLACE INTO associations
                        (from_type, from_id, to_type, to_id, type_id, category, label, fetched_at)
                    VALUES (?, ?, ?, ?, ?, ?, NULL, ?)
                    """,
                arguments: [
                    source.typeID, source.id, target.typeID, target.id, spec.associationTypeId,
                    spec.associationCategory.rawValue, now.timeIntervalSince1970,
                ])
        }
    }
}
