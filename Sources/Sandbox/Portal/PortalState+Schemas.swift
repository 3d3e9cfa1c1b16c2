import Foundation
import HubSpot

// Custom object schemas: defining a type registers it, so every object route serves it.
extension PortalState {
    /// The demo portal's id, as fully qualified names (`p1234567_cars`) spell it.
    static let portalID = 1_234_567

    /// A schema by objectTypeId (`2-…`), fully qualified name, bare numeric id or name; 404 when none.
    func schema(_ identifier: String) throws(SandboxAPIError) -> ObjectSchema {
        let found = admin.schemas.first { schema in
            !schema.archived
                && [schema.objectTypeId, schema.fullyQualifiedName, schema.id, schema.name]
                    .contains(identifier)
        }
        guard let found else {
            throw SandboxAPIError(
                status: 404, category: "OBJECT_NOT_FOUND",
                message: "Unable to find object type: \(identifier)",
                context: ["objectType": [identifier]])
        }
        return found
    }

    /// Defines a custom object type, registers it, and defines its associations.
    mutating func createSchema(
        _ input: ObjectSchemaInput, at date: Date, typeNumber: Int? = nil
    ) throws(SandboxAPIError) -> ObjectSchema {
        try validate(input)
        let number = typeNumber ?? admin.nextCustomTypeNumber
        admin.nextCustomTypeNumber = max(admin.nextCustomTypeNumber, number + 1)
        let typeID = "2-\(number)"
        let group = "\(input.name)_information"
        let custom = input.properties.enumerated().map { index, property in
            PropertyDefinition(
                name: property.name, label: property.label, type: property.type, fieldType: property.fieldType,
                groupName: group, description: property.description ?? "", options: property.options ?? [],
                displayOrder: index, hasUniqueValue: property.hasUniqueValue ?? false, hidden: false, formField: true,
                calculated: false, externalOptions: false, hubspotDefined: false,
                modificationMetadata: .init(archivable: true, readOnlyDefinition: false, readOnlyValue: false),
                createdAt: date, updatedAt: date, archived: false)
        }
        var schema = ObjectSchema(
            id: String(number), name: input.name,
            labels: input.labels, objectTypeId: typeID, fullyQualifiedName: "p\(Self.portalID)_\(input.name)",
            primaryDisplayProperty: input.primaryDisplayProperty ?? input.requiredProperties.first,
            secondaryDisplayProperties: input.secondaryDisplayProperties ?? [],
            searchableProperties: input.searchableProperties ?? [], requiredProperties: input.requiredProperties,
            properties: [], associations: [], description: input.description, createdAt: date, updatedAt: date)
        let type = schema.objectType
        registry.register(type)
        // The catalog's minimal set for an unknown type guesses the title and required properties; the schema's win.
        let customNames = Set(custom.map(\.name))
        properties[typeID] = PropertyCatalog.definitions(for: type).filter { !customNames.contains($0.name) } + custom
        let groupLabel = "\(input.labels.singular ?? input.name) information"
        admin.propertyGroups[typeID] = [PropertyGroup(name: group, label: groupLabel, displayOrder: 0)]
        schema.properties = properties[typeID] ?? []
        admin.schemas.append(schema)
        for other in input.associatedObjects {
            _ = try createSchemaAssociation(typeID, to: try self.typeID(other), name: nil, at: date)
        }
        return try self.schema(typeID)
    }

    /// Defines an association type (and its inverse) between a custom object and another type.
    mutating func createSchemaAssociation(
        _ fromTypeID: String, to toTypeID: String, name: String?, at date: Date
    ) throws(SandboxAPIError) -> AssociationDefinition {
        guard let index = admin.schemas.firstIndex(where: { [fromTypeID, toTypeID].contains($0.objectTypeId) })
        else { throw .validation("one side of the association must be a custom object", field: "fromObjectTypeId") }
        let forward = admin.allocateAssociationTypeID()
        let reverse = admin.allocateAssociationTypeID()
        let fromName = AssociationCatalog.singularName(fromTypeID, in: registry)
        let toName = AssociationCatalog.singularName(toTypeID, in: registry)
        let forwardName = name ?? "\(fromName)_to_\(toName)"
        // The schema's association is the pair's unlabeled default, so v4 `default` and v3 names work on it.
        let category = "USER_DEFINED"
        catalog.add(
            AssociationTypeDefinition(
                fromTypeID: fromTypeID, toTypeID: toTypeID, typeID: forward,
                inverseTypeID: reverse, name: forwardName, label: nil,
                category: category))
        catalog.add(
            AssociationTypeDefinition(
                fromTypeID: toTypeID, toTypeID: fromTypeID, typeID: reverse,
                inverseTypeID: forward, name: "\(toName)_to_\(fromName)", label: nil,
                category: category))
        let definition = AssociationDefinition(
            id: String(forward), fromObjectTypeId: fromTypeID,
            toObjectTypeId: toTypeID, name: forwardName, createdAt: date,
            updatedAt: date)
        admin.schemas[index].associations.append(definition)
        return definition
    }

    /// Removes a schema's association type (by id or name) and the associations made with it.
    mutating func deleteSchemaAssociation(_ schemaID: String, _ identifier: String) throws(SandboxAPIError) {
        let schema = try schema(schemaID)
        guard let index = admin.schemas.firstIndex(of: schema),
            let definition = schema.associations.first(where: { $0.id == identifier || $0.name == identifier }),
            let typeID = Int(definition.id),
            let known = catalog.definition(
                typeID: typeID, from: definition.fromObjectTypeId,
                to: definition.toObjectTypeId)
        else {
            throw SandboxAPIError(
                status: 404, category: "OBJECT_NOT_FOUND",
                message: "Unable to find association \(identifier) on \(schemaID)")
        }
        catalog.remove(typeID: known.typeID, from: known.fromTypeID, to: known.toTypeID)
        catalog.remove(typeID: known.inverseTypeID, from: known.toTypeID, to: known.fromTypeID)
        removeEdges(typeIDs: [known.typeID, known.inverseTypeID], category: known.category)
        admin.schemas[index].associations.removeAll { $0.id == definition.id }
    }

    /// Changes labels, required/searchable/display properties or the description of a schema.
    mutating func patchSchema(_ identifier: String, _ patch: ObjectSchemaPatch, at date: Date) throws(SandboxAPIError)
        -> ObjectSchema
    {
        let schema = try schema(identifier)
        guard let index = admin.schemas.firstIndex(of: schema) else { throw .internalError("schema vanished") }
        var changed = schema
        if let labels = patch.labels { changed.labels = labels }
        if let required = patch.requiredProperties {
            let names = Set(schema.properties.map(\.name))
            if let unknown = required.first(where: { !names.contains($0) }) {
                throw .validation(
                    "requiredProperties names \(unknown), which is not a property of \(schema.name)",
                    field: "requiredProperties")
            }
            changed.requiredProperties = required
        }
        if let searchable = patch.searchableProperties { changed.searchableProperties = searchable }
        if let primary = patch.primaryDisplayProperty { changed.primaryDisplayProperty = primary }
        if let secondary = patch.secondaryDisplayProperties { changed.secondaryDisplayProperties = secondary }
        if let description = patch.description { changed.description = description }
        changed.updatedAt = date
        admin.schemas[index] = changed
        registry.register(changed.objectType)
        return changed
    }

    /// Archives a schema; HubSpot refuses while live records of the type exist.
    mutating func archiveSchema(_ identifier: String, at date: Date) throws(SandboxAPIError) {
        let schema = try schema(identifier)
        guard let index = admin.schemas.firstIndex(of: schema) else { return }
        if (table(schema.objectTypeId)?.count(archived: false) ?? 0) > 0 {
            throw .validation("Object type \(schema.name) still has records; delete them before the schema")
        }
        admin.schemas[index].archived = true
        admin.schemas[index].updatedAt = date
    }

    private func validate(_ input: ObjectSchemaInput) throws(SandboxAPIError) {
        let validName =
            input.name.first.map { $0.isLetter && $0.isASCII } == true
            && input.name.allSatisfy { ($0.isASCII && ($0.isLetter || $0.isNumber)) || $0 == "_" }
        guard validName else {
            throw .validation(
                "name must start with a letter and hold only letters, digits and underscores",
                field: "name")
        }
        guard registry.resolve(input.name) == nil else {
            throw SandboxAPIError(
                status: 409, category: "CONFLICT",
                message: "An object type named \(input.name) already exists")
        }
        let names = Set(input.properties.map(\.name))
        let mentioned =
            input.requiredProperties + (input.primaryDisplayProperty.map { [$0] } ?? [])
            + (input.searchableProperties ?? [])
        for name in mentioned where !names.contains(name) {
            throw .validation("\(name) is not one of the schema's properties", field: "requiredProperties")
        }
        for property in input.properties {
            try PropertyRules.validateTypes(type: property.type, fieldType: property.fieldType)
        }
    }
}
