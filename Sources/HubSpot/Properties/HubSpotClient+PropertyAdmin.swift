import Foundation

// MARK: - Properties: one at a time, in batches, and their groups
extension HubSpotClient {
    /// One property definition by name.
    public func property(_ type: String, name: String, archived: Bool = false) async throws -> PropertyDefinition {
        let query: [(String, String)] = archived ? [("archived", "true")] : []
        return try await perform(makeRequest(.get, propertyPath(type, name), query: query))
    }

    /// Creates a custom property; its group must exist and its name must be new.
    public func createProperty(_ type: String, _ input: PropertyCreate) async throws -> PropertyDefinition {
        try await perform(.post, propertyPath(type), body: input)
    }

    /// Changes a custom property.
    public func updateProperty(_ type: String, name: String, _ update: PropertyUpdate) async throws
        -> PropertyDefinition
    {
        try await perform(.patch, propertyPath(type, name), body: update)
    }

    /// Archives a custom property (HubSpot-defined ones cannot be archived).
    public func archiveProperty(_ type: String, name: String) async throws {
        try await performWithoutBody(makeRequest(.delete, propertyPath(type, name)))
    }

    /// Creates several properties at once.
    public func batchCreateProperties(_ type: String, _ inputs: [PropertyCreate]) async throws
        -> BatchResponse<PropertyDefinition>
    {
        try await perform(.post, propertyPath(type, "batch/create"), body: ["inputs": inputs])
    }

    /// Reads several properties by name.
    public func batchReadProperties(_ type: String, names: [String]) async throws -> BatchResponse<PropertyDefinition> {
        try await perform(
            .post, propertyPath(type, "batch/read"),
            body: ["inputs": names.map { ["name": $0] }])
    }

    /// Archives several properties; names that do not exist are ignored.
    public func batchArchiveProperties(_ type: String, names: [String]) async throws {
        try await performWithoutBody(
            .post, propertyPath(type, "batch/archive"),
            body: ["inputs": names.map { ["name": $0] }])
    }

    /// The type's live property groups.
    public func propertyGroups(_ type: String) async throws -> [PropertyGroup] {
        let page: CollectionPage<PropertyGroup> = try await perform(makeRequest(.get, groupPath(type)))
        return page.results
    }

    /// One property group.
    public func propertyGroup(_ type: String, name: String) async throws -> PropertyGroup {
        try await perform(makeRequest(.get, groupPath(type, name)))
    }

    /// Creates a property group.
    public func createPropertyGroup(
        _ type: String, name: String, label: String, displayOrder: Int? = nil
    ) async throws -> PropertyGroup {
        try await perform(
            .post, groupPath(type),
            body: PropertyGroupInput(name: name, label: label, displayOrder: displayOrder))
    }

    /// Changes a group's label or order.
    public func updatePropertyGroup(
        _ type: String, name: String, label: String? = nil, displayOrder: Int? = nil
    ) async throws -> PropertyGroup {
        try await perform(
            .patch, groupPath(type, name),
            body: PropertyGroupInput(label: label, displayOrder: displayOrder))
    }

    /// Archives a group.
    public func archivePropertyGroup(_ type: String, name: String) async throws {
        try await performWithoutBody(makeRequest(.delete, groupPath(type, name)))
    }

    private func propertyPath(_ type: String, _ rest: String? = nil) -> String {
        // `rest` is a property name (one segment) or a fixed `batch/…` path.
        guard let rest, rest.hasPrefix("batch/") else { return endpoints.properties(type, rest) }
        return endpoints.propertiesBatch(type, String(rest.dropFirst("batch/".count)))
    }

    private func groupPath(_ type: String, _ name: String? = nil) -> String {
        endpoints.propertyGroups(type, name)
    }
}
