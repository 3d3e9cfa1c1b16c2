import Foundation
import HubSpot

/// One cached association from a record to another: the target id and the association type with its label.
public struct CachedAssociation: Sendable, Hashable, Codable {
    /// The associated record's id.
    public var toID: String
    /// The association type id, e.g. 279 for contact → company.
    public var typeID: Int
    /// `HUBSPOT_DEFINED`, `USER_DEFINED` or `INTEGRATOR_DEFINED`.
    public var category: String
    /// The label shown for the association, if it has one.
    public var label: String?

    /// Creates an association.
    public init(toID: String, typeID: Int, category: String, label: String? = nil) {
        self.toID = toID
        self.typeID = typeID
        self.category = category
        self.label = label
    }
}

extension CachedAssociation {
    /// One row per association type of each associated object, as the v4 API lists them.
    public static func rows(from objects: [AssociatedObject]) -> [CachedAssociation] {
        objects.flatMap { object in
            object.associationTypes.map {
                CachedAssociation(
                    toID: object.toObjectId, typeID: $0.typeId, category: $0.category.rawValue, label: $0.label)
            }
        }
    }
}
