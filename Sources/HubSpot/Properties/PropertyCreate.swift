/// The body that creates a property (`PropertyCreate`).
public struct PropertyCreate: Codable, Hashable, Sendable {
    /// The internal name: lowercase letters, digits and underscores.
    public var name: String
    /// The label.
    public var label: String
    /// `bool`, `date`, `datetime`, `enumeration`, `number`, `phone_number` or `string`.
    public var type: String
    /// `booleancheckbox`, `checkbox`, `date`, `number`, `select`, `text`, `textarea`, ….
    public var fieldType: String
    /// The group it is filed under; the group must exist.
    public var groupName: String
    /// A description.
    public var description: String?
    /// The options of an enumeration.
    public var options: [PropertyDefinition.Option]?
    /// Sort position within its group.
    public var displayOrder: Int?
    /// Whether values must be unique.
    public var hasUniqueValue: Bool?
    /// Whether it is hidden in HubSpot's UI.
    public var hidden: Bool?
    /// Whether it can be used in forms.
    public var formField: Bool?

    /// Creates an input.
    public init(
        name: String, label: String, type: String, fieldType: String, groupName: String,
        description: String? = nil, options: [PropertyDefinition.Option]? = nil, displayOrder: Int? = nil,
        hasUniqueValue: Bool? = nil, hidden: Bool? = nil, formField: Bool? = nil
    ) {
        self.name = name
        self.label = label
        self.type = type
        self.fieldType = fieldType
        self.groupName = groupName
        self.description = description
        self.options = options
        self.displayOrder = displayOrder
        self.hasUniqueValue = hasUniqueValue
        self.hidden = hidden
        self.formField = formField
    }
}
