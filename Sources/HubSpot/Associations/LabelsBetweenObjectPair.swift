/// What a labelled v4 association answers: the pair and every label now between them.
public struct LabelsBetweenObjectPair: Codable, Hashable, Sendable {
    /// The source type id, e.g. `0-1`.
    public var fromObjectTypeId: String
    /// The source record id.
    public var fromObjectId: String
    /// The target type id.
    public var toObjectTypeId: String
    /// The target record id.
    public var toObjectId: String
    /// The labels between the pair (unlabeled defaults have none).
    public var labels: [String]

    /// Creates a pair.
    public init(
        fromObjectTypeId: String, fromObjectId: String, toObjectTypeId: String, toObjectId: String,
        labels: [String]
    ) {
        self.fromObjectTypeId = fromObjectTypeId
        self.fromObjectId = fromObjectId
        self.toObjectTypeId = toObjectTypeId
        self.toObjectId = toObjectId
        self.labels = labels
    }

    private enum CodingKeys: String, CodingKey {
        case fromObjectTypeId, fromObjectId, toObjectTypeId, toObjectId, labels
    }

    /// Accepts the record ids as strings or numbers.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        fromObjectTypeId = try c.decode(String.self, forKey: .fromObjectTypeId)
        fromObjectId = try LenientID.decode(c, .fromObjectId)
        toObjectTypeId = try c.decode(String.self, forKey: .toObjectTypeId)
        toObjectId = try LenientID.decode(c, .toObjectId)
        labels = try c.decodeIfPresent([String].self, forKey: .labels) ?? []
    }
}
