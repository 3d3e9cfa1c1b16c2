import Foundation
import HubSpot

/// Everything a portal holds, as one value: the `Portal` guards it with a mutex.
///
/// Mutations live here (not in `Portal`) so that generation, tests and future write routes share them.
struct PortalState: Sendable {
    /// Grows when a schema registers a custom object type.
    var registry: ObjectTypeRegistry
    /// Grows when the portal defines labels or custom object associations.
    var catalog: AssociationCatalog
    /// Labels, pipelines, property groups and schemas (see `PortalAdminState`).
    var admin = PortalAdminState()
    var tables: [String: RecordTable] = [:]
    private(set) var associations = AssociationIndex()
    /// Property definitions by type id.
    var properties: [String: [PropertyDefinition]] = [:]
    var owners: [SandboxOwner] = []

    /// The first id of each type, so ids read like HubSpot's and never collide across the common types.
    static let firstIDs: [String: UInt64] = [
        "0-1": 101, "0-2": 5001, "0-3": 9001, "0-5": 12001, "0-7": 15001, "0-8": 18001,
        "0-46": 30001, "0-48": 40001, "0-49": 50001, "0-47": 60001, "0-27": 70001,
    ]

    init(registry: ObjectTypeRegistry = .standard, catalog: AssociationCatalog = .standard) {
        self.registry = registry
        self.catalog = catalog
        for type in registry.all {
            tables[type.id] = RecordTable(typeID: type.id, firstID: Self.firstIDs[type.id] ?? 100_001)
            properties[type.id] = PropertyCatalog.definitions(for: type)
        }
    }

    func table(_ typeID: String) -> RecordTable? { tables[typeID] }

    // MARK: - Records

    /// Adds a record of `typeID` with HubSpot's system properties filled in, and returns it.
    /// `source` is the history's `sourceType` for the initial values (demo data: `IMPORT` or `CRM_UI`).
    mutating func insert(
        typeID: String, properties: [String: String], createdAt: Date, updatedAt: Date? = nil, source: String? = nil
    ) -> StoredRecord {
        if tables[typeID] == nil {
            tables[typeID] = RecordTable(typeID: typeID, firstID: Self.firstIDs[typeID] ?? 100_001)
        }
        let id = tables[typeID]!.allocateID()
        let modified = updatedAt ?? createdAt
        var values = properties
        for (name, value) in Self.systemProperties(typeID: typeID, id: id, createdAt: createdAt, updatedAt: modified) {
            values[name] = value
        }
        var record = StoredRecord(id: id, properties: values, createdAt: createdAt, updatedAt: modified)
        record.recordHistory(values, at: createdAt, source: source ?? Self.demoSource(typeID: typeID))
        tables[typeID]!.append(record)
        return record
    }

    /// Changes property values of one record and bumps its modification time.
    @discardableResult
    mutating func update(typeID: String, id: UInt64, properties: [String: String], at date: Date) -> StoredRecord? {
        tables[typeID]?.update(id: id) { record in
            for (name, value) in properties { record.properties[name] = value }
            record.updatedAt = max(record.updatedAt, date)
            for name in Self.modifiedDateNames(typeID: typeID) {
                record.properties[name] = HubSpotTimestamp.format(record.updatedAt)
            }
        }
    }

    /// Sets values HubSpot calculates (counts, probabilities) without counting as an edit.
    mutating func setCalculated(typeID: String, id: UInt64, _ values: [String: String]) {
        tables[typeID]?.update(id: id) { record in
            for (name, value) in values { record.properties[name] = value }
        }
    }

    /// Moves a record to (or out of) the recycle bin.
    @discardableResult
    mutating func setArchived(typeID: String, id: UInt64, archivedAt: Date?) -> StoredRecord? {
        tables[typeID]?.update(id: id) { $0.archivedAt = archivedAt }
    }

    /// `hs_object_id` and the creation/modification dates under the names HubSpot uses for the type.
    static func systemProperties(typeID: String, id: UInt64, createdAt: Date, updatedAt: Date) -> [String: String] {
        var values = ["hs_object_id": String(id)]
        for name in createdDateNames(typeID: typeID) { values[name] = HubSpotTimestamp.format(createdAt) }
        for name in modifiedDateNames(typeID: typeID) { values[name] = HubSpotTimestamp.format(updatedAt) }
        return values
    }

    // Contacts predate HubSpot's `hs_` naming; other types carry both spellings of the creation date.
    static func createdDateNames(typeID: String) -> [String] {
        typeID == "0-1" ? ["createdate"] : ["createdate", "hs_createdate"]
    }

    static func modifiedDateNames(typeID: String) -> [String] {
        typeID == "0-1" ? ["lastmodifieddate"] : ["hs_lastmodifieddate"]
    }

    // MARK: - Associations

    /// Associates two records with `typeID` (or the pair's default), storing the inverse edge too.
    /// Returns `false` when HubSpot defines no such association.
    @discardableResult
    mutating func associate(_ from: RecordKey, _ to: RecordKey, typeID: Int? = nil) -> Bool {
        let definition =
            typeID.map { catalog.definition(typeID: $0, from: from.typeID, to: to.typeID) }
            ?? catalog.defaultDefinition(from: from.typeID, to: to.typeID)
        guard let definition else { return false }
        associations.add(AssociationEdge(from: from, to: to, typeID: definition.typeID, category: definition.category))
        associations.add(
            AssociationEdge(
                from: to, to: from, typeID: definition.inverseTypeID,
                category: definition.category))
        return true
    }

    /// Associates with the default type and, where the pair has one, the "Primary" type too,
    /// as HubSpot does for a contact's, deal's or ticket's main company.
    mutating func associatePrimary(_ from: RecordKey, _ to: RecordKey) {
        associate(from, to)
        if let primary = catalog.primaryDefinition(from: from.typeID, to: to.typeID) {
            associate(from, to, typeID: primary.typeID)
        }
    }

    /// Removes associations between two records (all types when `typeIDs` is `nil`), both directions.
    mutating func dissociate(_ a: RecordKey, _ b: RecordKey, typeIDs: Set<Int>? = nil) {
        var both = typeIDs
        if let typeIDs {
            let inverses = typeIDs.compactMap {
                catalog.definition(typeID: $0, from: a.typeID, to: b.typeID)?.inverseTypeID
            }
            both = typeIDs.union(inverses)
        }
        associations.remove(between: a, and: b, typeIDs: both)
    }

    /// Removes every edge of the given types (a deleted label takes its associations with it).
    mutating func removeEdges(typeIDs: Set<Int>, category: String) {
        associations.removeAll(typeIDs: typeIDs, category: category)
    }

    func edges(from record: RecordKey, toTypeID: String? = nil) -> [AssociationEdge] {
        associations.edges(from: record, toTypeID: toTypeID)
    }
}
