import HubSpot

// Association labels: HubSpot's defined types plus the portal's USER_DEFINED ones.
extension PortalState {
    /// Every type from `fromTypeID` to `toTypeID`, default first, as the labels endpoint lists them.
    func associationLabels(from fromTypeID: String, to toTypeID: String) -> [AssociationTypeLabel] {
        catalog.definitions(from: fromTypeID, to: toTypeID).map { definition in
            AssociationTypeLabel(
                category: AssociationCategory(rawValue: definition.category) ?? .hubspotDefined,
                typeId: definition.typeID, label: definition.label)
        }
    }

    /// Defines a USER_DEFINED label (and its inverse) between two types; returns the new types.
    mutating func createLabel(
        from fromTypeID: String, to toTypeID: String, name: String, label: String, inverseLabel: String?
    ) throws(SandboxAPIError) -> [AssociationTypeLabel] {
        guard !name.isEmpty, !label.isEmpty else {
            throw .validation("name and label must not be empty", field: name.isEmpty ? "name" : "label")
        }
        if catalog.definitions(from: fromTypeID, to: toTypeID).contains(where: { $0.name == name }) {
            throw SandboxAPIError(
                status: 409, category: "CONFLICT",
                message: "An association label named \(name) already exists")
        }
        let forward = admin.allocateAssociationTypeID()
        // A same-type label without an inverse reads the same both ways and has one id.
        let selfInverse = fromTypeID == toTypeID && inverseLabel == nil
        let reverse = selfInverse ? forward : admin.allocateAssociationTypeID()
        catalog.add(
            AssociationTypeDefinition(
                fromTypeID: fromTypeID, toTypeID: toTypeID, typeID: forward,
                inverseTypeID: reverse, name: name, label: label,
                category: "USER_DEFINED"))
        var created = [AssociationTypeLabel(category: .userDefined, typeId: forward, label: label)]
        if !selfInverse {
            let inverse = inverseLabel ?? label
            catalog.add(
                AssociationTypeDefinition(
                    fromTypeID: toTypeID, toTypeID: fromTypeID, typeID: reverse,
                    inverseTypeID: forward, name: "\(name)_inverse", label: inverse,
                    category: "USER_DEFINED"))
            created.append(AssociationTypeLabel(category: .userDefined, typeId: reverse, label: inverse))
        }
        return created
    }

    /// Renames a USER_DEFINED label (and its inverse when `inverseLabel` is given).
    mutating func updateLabel(
        from fromTypeID: String, to toTypeID: String, typeID: Int, label: String, inverseLabel: String?
    ) throws(SandboxAPIError) {
        let definition = try userDefinedLabel(from: fromTypeID, to: toTypeID, typeID: typeID)
        guard !label.isEmpty else { throw .validation("label must not be empty", field: "label") }
        replace(definition, label: label)
        if definition.inverseTypeID != definition.typeID,
            let inverse = catalog.definition(typeID: definition.inverseTypeID, from: toTypeID, to: fromTypeID)
        {
            replace(inverse, label: inverseLabel ?? inverse.label)
        }
    }

    /// Deletes a USER_DEFINED label, its inverse and every association that used them.
    mutating func deleteLabel(from fromTypeID: String, to toTypeID: String, typeID: Int) throws(SandboxAPIError) {
        let definition = try userDefinedLabel(from: fromTypeID, to: toTypeID, typeID: typeID)
        catalog.remove(typeID: definition.typeID, from: fromTypeID, to: toTypeID)
        catalog.remove(typeID: definition.inverseTypeID, from: toTypeID, to: fromTypeID)
        removeEdges(typeIDs: [definition.typeID, definition.inverseTypeID], category: "USER_DEFINED")
    }

    private func userDefinedLabel(
        from fromTypeID: String, to toTypeID: String, typeID: Int
    ) throws(SandboxAPIError) -> AssociationTypeDefinition {
        guard let definition = catalog.definition(typeID: typeID, from: fromTypeID, to: toTypeID) else {
            throw SandboxAPIError(
                status: 404, category: "OBJECT_NOT_FOUND",
                message: "No association type \(typeID) from \(fromTypeID) to \(toTypeID)")
        }
        guard definition.category == "USER_DEFINED" else {
            throw .validation(
                "association type \(typeID) is HUBSPOT_DEFINED and cannot be changed or deleted",
                field: "associationTypeId")
        }
        return definition
    }

    private mutating func replace(_ definition: AssociationTypeDefinition, label: String?) {
        catalog.remove(typeID: definition.typeID, from: definition.fromTypeID, to: definition.toTypeID)
        catalog.add(
            AssociationTypeDefinition(
                fromTypeID: definition.fromTypeID, toTypeID: definition.toTypeID, typeID: definition.typeID,
                inverseTypeID: definition.inverseTypeID, name: definition.name, label: label,
                category: definition.category))
    }
}
