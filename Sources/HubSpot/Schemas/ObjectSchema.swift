import Foundation

/// A custom object type's definition (`ObjectSchema`): labels, properties and associations.
public struct ObjectSchema: Codable, Hashable, Sendable, Identifiable {
    /// The schema id (the numeric part of `objectTypeId`).
    public var id: String
    /// The API name, e.g. `cars`.
    public var name: String
    /// Singular and plural labels.
    public var labels: ObjectSchemaLabels
    /// The type id, e.g. `2-3465404`.
    public var objectTypeId: String
    /// `p<portalId>_<name>`.
    public var fullyQualifiedName: String
    /// The property that names a record.
    public var primaryDisplayProperty: String?
    /// Properties shown under the name.
    public var secondaryDisplayProperties: [String]
    /// Properties search matches.
    public var searchableProperties: [String]
    /// Properties every create must set.
    public var requiredProperties: [String]
    /// The type's property definitions.
    public var properties: [PropertyDefinition]
    /// The association types it defines.
    public var associations: [AssociationDefinition]
    /// A description.
    public var description: String?
    /// Whether the type is archived.
    public var archived: Bool
    /// When it was created.
    public var createdAt: Date?
    /// When it last changed.
    public var updatedAt: Date?

    /// Creates a schema.
    public init(
        id: String, name: String, labels: ObjectSchemaLabels, objectTypeId: String, fullyQualifiedName: String,
        primaryDisplayProperty: String?, secondaryDisplayProperties: [String] = [], searchableProperties: [String] = [],
        requiredProperties: [String], properties: [PropertyDefinition], associations: [AssociationDefinition],
        description: String? = nil, archived: Bool = false, createdAt: Date? = nil, updatedAt: Date? = nil
    ) {
        self.id = id
        self.name = name
        self.labels = labels
        self.objectTypeId = objectTypeId
        self.fullyQualifiedName = fullyQualifiedName
        self.primaryDisplayProperty = primaryDisplayProperty
        self.secondaryDisplayProperties = secondaryDisplayProperties
        self.searchableProperties = searchableProperties
        self.requiredProperties = requiredProperties
        self.properties = properties
        self.associations = associations
        self.description = description
        self.archived = archived
        self.createdAt = createdAt
        self.updatedAt = updatedAt
    }

    private enum CodingKeys: String, CodingKey {
        case id, name, labels, objectTypeId, fullyQualifiedName, primaryDisplayProperty, secondaryDisplayProperties,
            searchableProperties, requiredProperties, properties, associations, description, archived, createdAt,
            updatedAt
    }

    /// Decodes leniently: the lists HubSpot leaves out when empty default to `[]`.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decode(String.self, forKey: .id)
        name = try c.decode(String.self, forKey: .name)
        labels = try c.decode(ObjectSchemaLabels.self, forKey: .labels)
        objectTypeId = try c.decodeIfPresent(String.self, forKey: .objectTypeId) ?? id
        fullyQualifiedName = try c.decodeIfPresent(String.self, forKey: .fullyQualifiedName) ?? name
        primaryDisplayProperty = try c.decodeIfPresent(String.self, forKey: .primaryDisplayProperty)
        secondaryDisplayProperties = try c.decodeIfPresent([String].self, forKey: .secondaryDisplayProperties) ?? []
        searchableProperties = try c.decodeIfPresent([String].self, forKey: .searchableProperties) ?? []
        requiredProperties = try c.decodeIfPresent([String].self, forKey: .requiredProperties) ?? []
        properties = try c.decodeIfPresent([PropertyDefinition].self, forKey: .properties) ?? []
        associations = try c.decodeIfPresent([AssociationDefinition].self, forKey: .associations) ?? []
        description = try c.decodeIfPresent(String.self, forKey: .description)
        archived = try c.decodeIfPresent(Bool.self, forKey: .archived) ?? false
        createdAt = try c.decodeIfPresent(Date.self, forKey: .createdAt)
        updatedAt = try c.decodeIfPresent(Date.self, forKey: .updatedAt)
    }
}
