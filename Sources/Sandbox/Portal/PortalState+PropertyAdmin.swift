import Foundation
import HubSpot

// Properties and property groups: create, change, archive.
extension PortalState {
    /// The type's groups, derived from its properties' group names the first time they are asked for.
    mutating func propertyGroups(_ typeID: String) -> [PropertyGroup] {
        if admin.propertyGroups[typeID] == nil {
            var seen = Set<String>()
            admin.propertyGroups[typeID] = (properties[typeID] ?? []).map(\.groupName)
                .filter { seen.insert($0).inserted }
                .map { PropertyGroup(name: $0, label: Self.groupLabel($0)) }
        }
        return admin.propertyGroups[typeID] ?? []
    }

    /// `contactinformation` → "Contact information", `deal_activity` → "Deal activity".
    static func groupLabel(_ name: String) -> String {
        var words = name.replacingOccurrences(of: "_", with: " ")
        if words.hasSuffix("information"), !words.hasSuffix(" information"), words != "information" {
            words = String(words.dropLast("information".count)) + " information"
        }
        return words.prefix(1).uppercased() + words.dropFirst()
    }

    /// A live group; 404 when none.
    mutating func propertyGroup(_ typeID: String, _ name: String) throws(SandboxAPIError) -> PropertyGroup {
        guard let group = propertyGroups(typeID).first(where: { $0.name == name && !$0.archived }) else {
            throw SandboxAPIError(
                status: 404, category: "OBJECT_NOT_FOUND",
                message: "Unable to find property group \(name) for \(typeID)")
        }
        return group
    }

    /// Creates, changes or archives a group (`name` nil means create).
    mutating func saveGroup(
        _ typeID: String, name: String?, _ input: PropertyGroupInput, archive: Bool = false
    ) throws(SandboxAPIError) -> PropertyGroup {
        var groups = propertyGroups(typeID)
        var group: PropertyGroup
        if let name {
            group = try propertyGroup(typeID, name)
        } else {
            guard let name = input.name, !name.isEmpty, let label = input.label, !label.isEmpty else {
                throw .validation("name and label are required", field: input.name == nil ? "name" : "label")
            }
            guard !groups.contains(where: { $0.name == name && !$0.archived }) else {
                throw SandboxAPIError(
                    status: 409, category: "CONFLICT",
                    message: "A property group named \(name) already exists")
            }
            group = PropertyGroup(name: name, label: label, displayOrder: input.displayOrder ?? -1)
        }
        if name != nil, let label = input.label { group.label = label }
        if let displayOrder = input.displayOrder { group.displayOrder = displayOrder }
        if archive { group.archived = true }
        groups.removeAll { $0.name == group.name }
        groups.append(group)
        admin.propertyGroups[typeID] = groups
        return group
    }

    /// A live property (or an archived one when `archived`); 404 when none.
    func property(_ typeID: String, _ name: String, archived: Bool = false) throws(SandboxAPIError)
        -> PropertyDefinition
    {
        let pool = archived ? admin.archivedProperties[typeID] ?? [] : properties[typeID] ?? []
        guard let found = pool.first(where: { $0.name == name }) else {
            throw SandboxAPIError(
                status: 404, category: "OBJECT_NOT_FOUND",
                message: "Unable to find property \(name) on \(typeID)",
                context: ["propertyName": [name]])
        }
        return found
    }

    /// Creates a custom property after HubSpot's checks: name, label, enums, group, uniqueness.
    mutating func createProperty(_ typeID: String, _ input: PropertyCreate, at date: Date) throws(SandboxAPIError)
        -> PropertyDefinition
    {
        let validName =
            input.name.first.map { $0.isLowercase && $0.isASCII } == true
            && input.name.allSatisfy { ($0.isASCII && ($0.isLowercase || $0.isNumber)) || $0 == "_" }
        guard validName else {
            throw .validation(
                "name must start with a lowercase letter and hold only lowercase letters, digits "
                    + "and underscores, but was '\(input.name)'", field: "name")
        }
        guard !input.label.isEmpty else { throw .validation("label must not be empty", field: "label") }
        try PropertyRules.validateTypes(type: input.type, fieldType: input.fieldType)
        guard (properties[typeID] ?? []).allSatisfy({ $0.name != input.name }) else {
            throw SandboxAPIError(
                status: 409, category: "OBJECT_ALREADY_EXISTS",
                message: "Property \(input.name) already exists", context: ["name": [input.name]])
        }
        _ = try existingGroup(typeID, input.groupName)
        let definition = PropertyDefinition(
            name: input.name, label: input.label, type: input.type, fieldType: input.fieldType,
            groupName: input.groupName, description: input.description ?? "", options: input.options ?? [],
            displayOrder: input.displayOrder ?? -1, hasUniqueValue: input.hasUniqueValue ?? false,
            hidden: input.hidden ?? false, formField: input.formField ?? true, calculated: false,
            externalOptions: false, hubspotDefined: false,
            modificationMetadata: .init(archivable: true, readOnlyDefinition: false, readOnlyValue: false),
            createdAt: date, updatedAt: date, archived: false)
        admin.archivedProperties[typeID]?.removeAll { $0.name == input.name }
        properties[typeID, default: []].append(definition)
        return definition
    }

    /// Changes a custom property; HubSpot's read-only definitions answer 400.
    mutating func updateProperty(_ typeID: String, _ name: String, _ update: PropertyUpdate, at date: Date)
        throws(SandboxAPIError) -> PropertyDefinition
    {
        var definition = try property(typeID, name)
        guard definition.modificationMetadata?.readOnlyDefinition != true else {
            throw .validation(
                "\(name) is a HubSpot-defined property whose definition cannot be changed",
                field: "name", code: "READ_ONLY_DEFINITION")
        }
        try PropertyRules.validateTypes(
            type: update.type ?? definition.type,
            fieldType: update.fieldType ?? definition.fieldType)
        if let group = update.groupName {
            _ = try existingGroup(typeID, group)
            definition.groupName = group
        }
        if let label = update.label { definition.label = label }
        if let type = update.type { definition.type = type }
        if let fieldType = update.fieldType { definition.fieldType = fieldType }
        if let description = update.description { definition.description = description }
        if let options = update.options { definition.options = options }
        if let displayOrder = update.displayOrder { definition.displayOrder = displayOrder }
        if let hidden = update.hidden { definition.hidden = hidden }
        if let formField = update.formField { definition.formField = formField }
        definition.updatedAt = date
        if let index = properties[typeID]?.firstIndex(where: { $0.name == name }) {
            properties[typeID]?[index] = definition
        }
        return definition
    }

    /// Archives a custom property; HubSpot-defined properties answer 400. `quietly` skips missing ones (batch).
    mutating func archiveProperty(_ typeID: String, _ name: String, at date: Date, quietly: Bool = false)
        throws(SandboxAPIError)
    {
        guard let definition = try? property(typeID, name) else {
            if quietly { return }
            throw SandboxAPIError(
                status: 404, category: "OBJECT_NOT_FOUND",
                message: "Unable to find property \(name) on \(typeID)")
        }
        guard definition.modificationMetadata?.archivable == true, definition.hubspotDefined != true else {
            throw .validation(
                "\(name) is a HubSpot-defined property and cannot be archived", field: "name",
                code: "NOT_ARCHIVABLE")
        }
        var archived = definition
        archived.archived = true
        archived.updatedAt = date
        properties[typeID]?.removeAll { $0.name == name }
        admin.archivedProperties[typeID, default: []].append(archived)
    }

    private mutating func existingGroup(_ typeID: String, _ name: String) throws(SandboxAPIError) -> PropertyGroup {
        guard let group = propertyGroups(typeID).first(where: { $0.name == name && !$0.archived }) else {
            throw .validation(
                "groupName \(name) is not a property group of \(typeID)", field: "groupName",
                code: "INVALID_GROUP")
        }
        return group
    }
}
