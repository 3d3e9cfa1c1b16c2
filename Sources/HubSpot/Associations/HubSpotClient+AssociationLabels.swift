import Foundation

// MARK: - Association labels (v4 schema)
extension HubSpotClient {
    /// Every association type from `fromType` to `toType`: HubSpot-defined ones and the portal's labels.
    public func associationLabels(
        from fromType: String, to toType: String, path: AssociationLabelPath = .documented
    ) async throws -> [AssociationTypeLabel] {
        let page: CollectionPage<AssociationTypeLabel> = try await perform(
            makeRequest(.get, labelsPath(path, fromType, toType)))
        return page.results
    }

    /// Creates a USER_DEFINED label between two types; answers with the new types (both directions).
    public func createAssociationLabel(
        from fromType: String, to toType: String, name: String, label: String, inverseLabel: String? = nil,
        path: AssociationLabelPath = .documented
    ) async throws -> [AssociationTypeLabel] {
        let page: CollectionPage<AssociationTypeLabel> = try await perform(
            .post, labelsPath(path, fromType, toType),
            body: AssociationLabelInput.create(name: name, label: label, inverseLabel: inverseLabel))
        return page.results
    }

    /// Renames a USER_DEFINED label.
    public func updateAssociationLabel(
        from fromType: String, to toType: String, typeId: Int, label: String, inverseLabel: String? = nil,
        path: AssociationLabelPath = .documented
    ) async throws {
        try await performWithoutBody(
            .put, labelsPath(path, fromType, toType),
            body: AssociationLabelInput.update(typeId: typeId, label: label, inverseLabel: inverseLabel))
    }

    /// Deletes a USER_DEFINED label and every association that used it.
    public func deleteAssociationLabel(
        from fromType: String, to toType: String, typeId: Int, path: AssociationLabelPath = .documented
    ) async throws {
        try await performWithoutBody(makeRequest(.delete, labelsPath(path, fromType, toType) + "/\(typeId)"))
    }

    private func labelsPath(_ path: AssociationLabelPath, _ fromType: String, _ toType: String) -> String {
        endpoints.associationLabels(fromType, toType, legacySpelling: path)
    }
}
