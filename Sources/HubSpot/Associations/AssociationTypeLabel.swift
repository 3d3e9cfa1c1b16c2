/// An association type as outputs name it (`AssociationSpecWithLabel`): category, type id and label.
public struct AssociationTypeLabel: Codable, Hashable, Sendable {
    /// Who defined the type.
    public var category: AssociationCategory
    /// The type id, e.g. 279 for contact → company.
    public var typeId: Int
    /// The label, e.g. "Primary"; `nil` for a pair's unlabeled default.
    public var label: String?
    /// The source object type id, which only the 2026-03 generation sends.
    public var fromObjectTypeId: String?
    /// The target object type id, which only the 2026-03 generation sends.
    public var toObjectTypeId: String?

    /// Creates a labelled type.
    public init(
        category: AssociationCategory, typeId: Int, label: String? = nil, fromObjectTypeId: String? = nil,
        toObjectTypeId: String? = nil
    ) {
        self.category = category
        self.typeId = typeId
        self.label = label
        self.fromObjectTypeId = fromObjectTypeId
        self.toObjectTypeId = toObjectTypeId
    }

    /// The same type as an input spec.
    public var spec: AssociationSpec { AssociationSpec(category, typeId) }
}
