/// One record associated with another and every type between them (`MultiAssociatedObjectWithLabel`).
public struct AssociatedObject: Codable, Hashable, Sendable {
    /// The associated record's id (HubSpot has sent it both as a string and as a number).
    public var toObjectId: String
    /// Every association type from the source record to this one.
    public var associationTypes: [AssociationTypeLabel]

    /// Creates an associated object.
    public init(toObjectId: String, associationTypes: [AssociationTypeLabel]) {
        self.toObjectId = toObjectId
        self.associationTypes = associationTypes
    }

    private enum CodingKeys: String, CodingKey { case toObjectId, associationTypes }

    /// Accepts `toObjectId` as a string or a number.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        toObjectId = try LenientID.decode(c, .toObjectId)
        associationTypes = try c.decode([AssociationTypeLabel].self, forKey: .associationTypes)
    }

    /// The labels among the types, leaving out unlabeled defaults.
    public var labels: [String] { associationTypes.compactMap(\.label) }
}
