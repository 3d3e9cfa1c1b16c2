import Foundation
import HubSpot

// MARK: - API reads (objects v3)
extension Portal {
    /// One page of records as `GET /crm/v3/objects/{type}` answers (without `paging.next.link`).
    public func list(_ type: String, _ request: RecordListRequest) throws(SandboxAPIError) -> RecordPage {
        let objectType = try objectType(type)
        guard (1...RecordListRequest.maximumLimit).contains(request.limit) else {
            throw .validation(
                "limit must be between 1 and \(RecordListRequest.maximumLimit), but was \(request.limit)",
                field: "limit", code: "INVALID_LIMIT")
        }
        var start: UInt64 = 0
        if let after = request.after {
            guard let cursor = Self.numericID(after) else {
                throw .validation(
                    "after must be a paging cursor returned by a previous page, but was '\(after)'",
                    field: "after", code: "INVALID_CURSOR")
            }
            start = cursor
        }
        let associationTypeIDs = try resolveAssociationTypes(request.associations)
        let propertyNames = request.properties ?? PropertyCatalog.defaultPropertyNames(typeID: objectType.id)
        return state.withLock { state in
            guard let table = state.table(objectType.id) else { return RecordPage(results: []) }
            var results: [CRMRecord] = []
            var index = table.firstIndex(atOrAfter: start)
            var nextCursor: String?
            while index < table.records.count {
                let record = table.records[index]
                index += 1
                guard record.archived == request.archived else { continue }
                if results.count == request.limit {
                    nextCursor = String(record.id)
                    break
                }
                results.append(
                    Self.apiRecord(
                        record, typeID: objectType.id, propertyNames: propertyNames,
                        associationTypeIDs: associationTypeIDs, in: state))
            }
            return RecordPage(results: results, paging: nextCursor.map { Paging(next: .init(after: $0)) })
        }
    }

    /// One record as `GET /crm/v3/objects/{type}/{id}` answers; `idProperty` looks it up by another unique property.
    public func read(
        _ type: String, id: String, properties: [String]? = nil, associations: [String] = [],
        archived: Bool = false, idProperty: String? = nil
    ) throws(SandboxAPIError) -> CRMRecord {
        let objectType = try objectType(type)
        let associationTypeIDs = try resolveAssociationTypes(associations)
        let propertyNames = properties ?? PropertyCatalog.defaultPropertyNames(typeID: objectType.id)
        let found: CRMRecord? = state.withLock { state in
            guard let table = state.table(objectType.id),
                let record = Self.find(id: id, idProperty: idProperty, in: table),
                record.archived == archived
            else { return nil }
            return Self.apiRecord(
                record, typeID: objectType.id, propertyNames: propertyNames,
                associationTypeIDs: associationTypeIDs, in: state)
        }
        guard let found else { throw .recordNotFound(type: objectType.name, id: id) }
        return found
    }

    // MARK: - Helpers

    /// A cursor or id: digits only, as HubSpot's ids are.
    static func numericID(_ text: String) -> UInt64? {
        guard !text.isEmpty, text.utf8.allSatisfy({ (48...57).contains($0) }) else { return nil }
        return UInt64(text)
    }

    private func resolveAssociationTypes(_ names: [String]) throws(SandboxAPIError) -> [String] {
        var seen = Set<String>()
        var result: [String] = []
        for name in names {
            let typeID = try objectType(name).id
            if seen.insert(typeID).inserted { result.append(typeID) }
        }
        return result
    }

    private static func find(id: String, idProperty: String?, in table: RecordTable) -> StoredRecord? {
        guard let idProperty, idProperty != "hs_object_id" else {
            return numericID(id).flatMap { table.record(id: $0) }
        }
        // Emails are stored lowercased by HubSpot and matched without regard to case.
        let caseInsensitive = idProperty == "email"
        let wanted = caseInsensitive ? id.lowercased() : id
        return table.records.first { record in
            guard let value = record.properties[idProperty] else { return false }
            return (caseInsensitive ? value.lowercased() : value) == wanted
        }
    }

    /// The API form of a stored record, with associations to each requested type keyed by its plural name.
    static func apiRecord(
        _ record: StoredRecord, typeID: String, propertyNames: [String], associationTypeIDs: [String],
        in state: PortalState
    ) -> CRMRecord {
        var associations: [String: AssociationIDPage] = [:]
        let key = RecordKey(typeID: typeID, id: String(record.id))
        for toTypeID in associationTypeIDs {
            let entries = state.edges(from: key, toTypeID: toTypeID).compactMap { edge -> AssociationIDPage.Entry? in
                guard let targetID = numericID(edge.to.id),
                    let target = state.table(toTypeID)?.record(id: targetID), !target.archived
                else { return nil }
                let name =
                    state.catalog.definition(typeID: edge.typeID, from: typeID, to: toTypeID)?.name
                    ?? String(edge.typeID)
                return AssociationIDPage.Entry(id: edge.to.id, type: name)
            }
            guard !entries.isEmpty else { continue }
            let label = state.registry.resolve(toTypeID)?.name ?? toTypeID
            associations[label] = AssociationIDPage(results: entries)
        }
        return record.apiRecord(propertyNames: propertyNames, associations: associations.isEmpty ? nil : associations)
    }
}
