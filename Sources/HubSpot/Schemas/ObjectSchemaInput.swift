/// The body that creates a custom object type (`ObjectSchemaEgg`).
public struct ObjectSchemaInput: Codable, Hashable, Sendable {
    /// One property of the new type (`ObjectTypePropertyCreate`).
    public struct Property: Codable, Hashable, Sendable {
        /// The internal name.
        public var name: String
        /// The label.
        public var label: String
        /// `string`, `number`, `enumeration`, ….
        public var type: String
        /// `text`, `number`, `select`, ….
        public var fieldType: String
        /// Whether values must be unique.
        public var hasUniqueValue: Bool?
        /// The options of an enumeration.
        public var options: [PropertyDefinition.Option]?
        /// A description.
        public var description: String?

        /// Creates a property.
        public init(
            name: String, label: String, type: String = "string", fieldType: String = "text",
            hasUniqueValue: Bool? = nil, options: [PropertyDefinition.Option]? = nil,
            description: String? = nil
        ) {
            self.name = name
            self.label = label
            self.type = type
            self.fieldType = fieldType
            self.hasUniqueValue = hasUniqueValue
            self.options = options
            self.description = description
        }
    }

    /// The API name.
    public var name: String
    /// Singular and plural labels.
    public var labels: ObjectSchemaLabels
    /// The type's own properties.
    public var properties: [Property]
    /// Properties every create must set.
    public var requiredProperties: [String]
    /// Types to define associations with (ids or names).
    public var associatedObjects: [String]
    /// The property that names a record.
    public var primaryDisplayProperty: String?
    /// Properties shown under the name.
    public var secondaryDisplayProperties: [String]?
    /// Properties search matches.
    public var searchableProperties: [String]?
    /// A description.
    public var description: String?

    /// Creates an input.
    public init(
        name: String, labels: ObjectSchemaLabels, properties: [Property], requiredProperties: [String],
        associatedObjects: [String] = [], primaryDisplayProperty: String? = nil,
        secondaryDisplayProperties: [String]? = nil, searchableProperties: [String]? = nil,
        description: String? = nil
    ) {
        self.name = name
        self.labels = labels
        self.properties = properties
        self.requiredProperties = requiredProperties
        self.associatedObjects = associatedObjects
        self.primaryDisplayProperty = primaryDisplayProperty
        self.secondaryDisplayProperties = secondaryDisplayProperties
        self.searchableProperties = searchableProperties
        self.description = description
    }
}
