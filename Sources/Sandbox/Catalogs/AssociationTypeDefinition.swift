/// A HubSpot-defined association type between two object types, e.g. 279 `contact_to_company_unlabeled`.
public struct AssociationTypeDefinition: Hashable, Sendable {
    /// The type id the association starts at.
    public let fromTypeID: String
    /// The type id it points to.
    public let toTypeID: String
    /// HubSpot's association type id.
    public let typeID: Int
    /// The id of the same association seen from the other side.
    public let inverseTypeID: Int
    /// The v3 name, e.g. `contact_to_company`.
    public let name: String
    /// The v4 label, e.g. "Primary"; `nil` for the unlabeled default.
    public let label: String?
    /// `HUBSPOT_DEFINED` for every built-in type.
    public let category: String

    /// Whether this is the pair's default (unlabeled) association.
    public var isDefault: Bool { label == nil }

    /// Creates a definition.
    public init(
        fromTypeID: String, toTypeID: String, typeID: Int, inverseTypeID: Int, name: String,
        label: String?, category: String = "HUBSPOT_DEFINED"
    ) {
        self.fromTypeID = fromTypeID
        self.toTypeID = toTypeID
        self.typeID = typeID
        self.inverseTypeID = inverseTypeID
        self.name = name
        self.label = label
        self.category = category
    }
}
