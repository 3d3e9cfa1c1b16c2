import HubSpot

// Lookups shared by the admin and association routes, with HubSpot's errors.
extension PortalState {
    /// The type id for an id, a plural name or a singular name; 400 when unknown.
    func typeID(_ idOrName: String) throws(SandboxAPIError) -> String {
        guard let type = registry.resolve(idOrName) ?? schemaType(idOrName) else {
            throw .unknownObjectType(idOrName)
        }
        return type.id
    }

    /// A live (not archived) record; 404 when there is none.
    func liveRecord(_ typeID: String, _ id: String) throws(SandboxAPIError) -> StoredRecord {
        guard let numeric = Portal.numericID(id), let record = table(typeID)?.record(id: numeric), !record.archived
        else { throw .recordNotFound(type: registry.resolve(typeID)?.name ?? typeID, id: id) }
        return record
    }

    /// A custom object type named by its fully qualified name (`p1234567_cars`).
    func schemaType(_ name: String) -> ObjectType? {
        guard let schema = admin.schemas.first(where: { $0.fullyQualifiedName == name }) else { return nil }
        return registry.resolve(schema.objectTypeId)
    }
}
