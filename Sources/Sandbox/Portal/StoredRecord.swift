import Foundation
import HubSpot

/// One record as the portal keeps it: a numeric id for ordering and cursors, string values as HubSpot stores them.
struct StoredRecord: Sendable, Hashable {
    let id: UInt64
    var properties: [String: String]
    let createdAt: Date
    var updatedAt: Date
    var archivedAt: Date?
    /// Every value each property has held, oldest first (see `StoredRecord+History.swift`).
    var history: [String: [PropertyHistoryEntry]] = [:]

    var archived: Bool { archivedAt != nil }

    /// The record as the API returns it, with only `propertyNames` (absent values left out, as HubSpot does);
    /// `nil` names mean every property.
    func apiRecord(propertyNames: [String]?, associations: [String: AssociationIDPage]? = nil) -> CRMRecord {
        var selected: [String: String?] = [:]
        if let propertyNames {
            for name in propertyNames {
                if let value = properties[name] { selected[name] = value }
            }
        } else {
            for (name, value) in properties { selected[name] = value }
        }
        return CRMRecord(
            id: String(id), properties: selected, createdAt: createdAt, updatedAt: updatedAt,
            archived: archived, archivedAt: archivedAt, associations: associations)
    }
}
