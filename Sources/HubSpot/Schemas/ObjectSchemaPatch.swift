/// The body of a schema PATCH (`ObjectTypeDefinitionPatch`): only the fields given change.
public struct ObjectSchemaPatch: Codable, Hashable, Sendable {
    /// New labels.
    public var labels: ObjectSchemaLabels?
    /// New required properties.
    public var requiredProperties: [String]?
    /// New searchable properties.
    public var searchableProperties: [String]?
    /// A new primary display property.
    public var primaryDisplayProperty: String?
    /// New secondary display properties.
    public var secondaryDisplayProperties: [String]?
    /// A new description.
    public var description: String?

    /// Creates a patch.
    public init(
        labels: ObjectSchemaLabels? = nil, requiredProperties: [String]? = nil,
        searchableProperties: [String]? = nil, primaryDisplayProperty: String? = nil,
        secondaryDisplayProperties: [String]? = nil, description: String? = nil
    ) {
        self.labels = labels
        self.requiredProperties = requiredProperties
        self.searchableProperties = searchableProperties
        self.primaryDisplayProperty = primaryDisplayProperty
        self.secondaryDisplayProperties = secondaryDisplayProperties
        self.description = description
    }
}
