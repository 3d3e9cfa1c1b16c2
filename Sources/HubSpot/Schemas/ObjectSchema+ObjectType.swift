// MARK: - Registering custom objects
extension ObjectSchema {
    /// The registry entry for this custom object: named by its primary display property,
    /// requiring its schema's required properties, listed under the sidebar's custom group.
    public var objectType: ObjectType {
        let title = primaryDisplayProperty.map { [$0] } ?? []
        let shown = (title + secondaryDisplayProperties + requiredProperties)
        var seen = Set<String>()
        let columns = shown.filter { seen.insert($0).inserted }.prefix(4).map { name in
            ObjectColumn(properties.first { $0.name == name }?.label ?? name, [name])
        }
        return ObjectType(
            id: objectTypeId, name: name, singularLabel: labels.singular ?? name, pluralLabel: labels.plural ?? name,
            summary: description ?? "A custom object.", requiredOnCreate: .all(requiredProperties),
            titleProperties: title, fallbackTitleProperties: [], defaultColumns: Array(columns), group: .custom)
    }
}
