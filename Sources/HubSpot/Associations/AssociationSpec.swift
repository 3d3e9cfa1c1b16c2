/// Who defined an association type.
public enum AssociationCategory: String, Codable, Hashable, Sendable {
    case hubspotDefined = "HUBSPOT_DEFINED"
    case userDefined = "USER_DEFINED"
    case integratorDefined = "INTEGRATOR_DEFINED"
    case work = "WORK"
}

/// An association type as inputs name it (`AssociationSpec`): category and type id.
public struct AssociationSpec: Codable, Hashable, Sendable {
    /// Who defined the type.
    public var associationCategory: AssociationCategory
    /// The type id, e.g. 279 for contact → company.
    public var associationTypeId: Int

    /// Creates a spec.
    public init(_ category: AssociationCategory, _ typeId: Int) {
        associationCategory = category
        associationTypeId = typeId
    }
}

/// An association to make while creating a record (`PublicAssociationsForObject`).
public struct AssociationInput: Codable, Hashable, Sendable {
    /// The record to associate with.
    public struct Target: Codable, Hashable, Sendable {
        /// Its id.
        public var id: String

        /// Creates a target.
        public init(id: String) {
            self.id = id
        }
    }

    /// The record to associate with.
    public var to: Target
    /// The association types to make.
    public var types: [AssociationSpec]

    /// Creates an association input.
    public init(toId: String, types: [AssociationSpec]) {
        to = Target(id: toId)
        self.types = types
    }
}
