import Foundation
import HubSpot

// MARK: - API writes (objects v3)
extension Portal {
    /// Creates a record as `POST /crm/v3/objects/{type}` does, with its associations; returns it with all properties.
    func create(_ type: String, input: WriteBody.Input) throws(SandboxAPIError) -> CRMRecord {
        let typeID = try objectType(type).id
        let now = clock()
        return try state.withLock { state throws(SandboxAPIError) in
            try state.createRecord(
                typeID: typeID, values: input.values, associations: input.associations ?? [],
                at: now
            ).apiRecord(propertyNames: nil)
        }
    }

    /// Changes a record as `PATCH /crm/v3/objects/{type}/{id}` does.
    func update(_ type: String, id: String, idProperty: String?, input: WriteBody.Input) throws(SandboxAPIError)
        -> CRMRecord
    {
        let typeID = try objectType(type).id
        let now = clock()
        return try state.withLock { state throws(SandboxAPIError) in
            try state.updateRecord(typeID: typeID, id: id, idProperty: idProperty, values: input.values, at: now)
                .apiRecord(propertyNames: nil)
        }
    }

    /// Archives a record as `DELETE /crm/v3/objects/{type}/{id}` does; 404 if there is no live record.
    func archiveRecord(_ type: String, id: String) throws(SandboxAPIError) {
        let objectType = try objectType(type)
        let now = clock()
        let done = state.withLock { $0.archiveRecord(typeID: objectType.id, id: id, at: now) }
        guard done else { throw .recordNotFound(type: objectType.name, id: id) }
    }

    /// Adds `propertiesWithHistory` to records already read (list, read by id), looked up by their ids.
    func addHistory(_ names: [String], to records: [CRMRecord], type: String) throws(SandboxAPIError) -> [CRMRecord] {
        guard !names.isEmpty else { return records }
        let typeID = try objectType(type).id
        return state.withLock { state in
            records.map { record in
                var copy = record
                copy.propertiesWithHistory = state.findRecord(typeID: typeID, id: record.id, idProperty: nil)?
                    .apiHistory(names)
                return copy
            }
        }
    }
}
