import Foundation

// MARK: - Custom object schemas
extension HubSpotClient {
    /// Every custom object schema of the portal.
    public func schemas(archived: Bool = false) async throws -> [ObjectSchema] {
        let query: [(String, String)] = archived ? [("archived", "true")] : []
        let page: CollectionPage<ObjectSchema> = try await perform(
            makeRequest(.get, endpoints.schemas(), query: query))
        return page.results
    }

    /// One schema by objectTypeId (`2-…`) or fully qualified name (`p<portal>_<name>`).
    public func schema(_ objectType: String) async throws -> ObjectSchema {
        try await perform(makeRequest(.get, schemaPath(objectType)))
    }

    /// Defines a custom object type.
    public func createSchema(_ input: ObjectSchemaInput) async throws -> ObjectSchema {
        try await perform(.post, endpoints.schemas(), body: input)
    }

    /// Changes a schema's labels or property roles.
    public func updateSchema(_ objectType: String, _ patch: ObjectSchemaPatch) async throws -> ObjectSchema {
        try await perform(.patch, schemaPath(objectType), body: patch)
    }

    /// Deletes a schema (HubSpot refuses while records of the type exist).
    public func deleteSchema(_ objectType: String) async throws {
        try await performWithoutBody(makeRequest(.delete, schemaPath(objectType)))
    }

    /// Defines an association type between a custom object and another type.
    public func createSchemaAssociation(
        _ objectType: String, from fromTypeId: String, to toTypeId: String, name: String? = nil
    ) async throws -> AssociationDefinition {
        struct Body: Encodable {
            let fromObjectTypeId: String
            let toObjectTypeId: String
            let name: String?
        }
        return try await perform(
            .post, schemaPath(objectType) + "/associations",
            body: Body(fromObjectTypeId: fromTypeId, toObjectTypeId: toTypeId, name: name))
    }

    /// Removes an association type from a schema.
    public func deleteSchemaAssociation(_ objectType: String, associationId: String) async throws {
        try await performWithoutBody(
            makeRequest(.delete, schemaPath(objectType) + "/associations/\(Self.segment(associationId))"))
    }

    /// The portal's custom object types, ready for `ObjectTypeRegistry.register(_:)`.
    public func customObjectTypes() async throws -> [ObjectType] {
        try await schemas().map(\.objectType)
    }

    private func schemaPath(_ objectType: String) -> String {
        endpoints.schemas(objectType)
    }
}
