import Foundation

/// An association type a custom object schema defines (`AssociationDefinition`).
public struct AssociationDefinition: Codable, Hashable, Sendable, Identifiable {
    /// The association type id, as a string.
    public var id: String
    /// The type the association starts at.
    public var fromObjectTypeId: String
    /// The type it points to.
    public var toObjectTypeId: String
    /// Its name, e.g. `car_to_contact`.
    public var name: String?
    /// When it was defined.
    public var createdAt: Date?
    /// When it last changed.
    public var updatedAt: Date?

    /// Creates a definition.
    public init(
        id: String, fromObjectTypeId: String, toObjectTypeId: String, name: String? = nil,
        createdAt: Date? = nil, updatedAt: Date? = nil
    ) {
        self.id = id
        self.fromObjectTypeId = fromObjectTypeId
        self.toObjectTypeId = toObjectTypeId
        self.name = name
        self.createdAt = createdAt
        self.updatedAt = updatedAt
    }
}
