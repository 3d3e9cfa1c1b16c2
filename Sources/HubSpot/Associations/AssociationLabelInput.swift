/// The body that creates or renames a USER_DEFINED association label.
public struct AssociationLabelInput: Codable, Hashable, Sendable {
    /// The internal name (create only), e.g. `decision_maker`.
    public var name: String?
    /// The type to rename (update only).
    public var associationTypeId: Int?
    /// The label read from the source side.
    public var label: String
    /// The label read from the other side; the same label when `nil`.
    public var inverseLabel: String?

    /// A new label.
    public static func create(name: String, label: String, inverseLabel: String? = nil) -> AssociationLabelInput {
        AssociationLabelInput(name: name, associationTypeId: nil, label: label, inverseLabel: inverseLabel)
    }

    /// New text for an existing label.
    public static func update(typeId: Int, label: String, inverseLabel: String? = nil) -> AssociationLabelInput {
        AssociationLabelInput(name: nil, associationTypeId: typeId, label: label, inverseLabel: inverseLabel)
    }

    /// Creates an input.
    public init(name: String?, associationTypeId: Int?, label: String, inverseLabel: String?) {
        self.name = name
        self.associationTypeId = associationTypeId
        self.label = label
        self.inverseLabel = inverseLabel
    }
}
