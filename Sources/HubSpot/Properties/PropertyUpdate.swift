/// The body of a property PATCH (`PropertyUpdate`): only the fields given change.
public struct PropertyUpdate: Codable, Hashable, Sendable {
    /// A new label.
    public var label: String?
    /// A new type.
    public var type: String?
    /// A new field type.
    public var fieldType: String?
    /// A new group.
    public var groupName: String?
    /// A new description.
    public var description: String?
    /// New options (replacing the old).
    public var options: [PropertyDefinition.Option]?
    /// A new sort position.
    public var displayOrder: Int?
    /// Hide or show it.
    public var hidden: Bool?
    /// Allow or forbid it in forms.
    public var formField: Bool?

    /// Creates a patch.
    public init(
        label: String? = nil, type: String? = nil, fieldType: String? = nil, groupName: String? = nil,
        description: String? = nil, options: [PropertyDefinition.Option]? = nil, displayOrder: Int? = nil,
        hidden: Bool? = nil, formField: Bool? = nil
    ) {
        self.label = label
        self.type = type
        self.fieldType = fieldType
        self.groupName = groupName
        self.description = description
        self.options = options
        self.displayOrder = displayOrder
        self.hidden = hidden
        self.formField = formField
    }
}
