/// A record named by id alone (`PublicObjectId`), as association inputs and results carry it.
public struct ObjectReference: Codable, Hashable, Sendable {
    /// The record id.
    public var id: String

    /// Creates a reference.
    public init(id: String) {
        self.id = id
    }

    private enum CodingKeys: String, CodingKey { case id }

    /// Accepts the id as a string or a number.
    public init(from decoder: any Decoder) throws {
        id = try LenientID.decode(decoder.container(keyedBy: CodingKeys.self), .id)
    }
}
