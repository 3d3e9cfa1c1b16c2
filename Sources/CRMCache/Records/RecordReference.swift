/// A record named by its object type id and record id.
public struct RecordReference: Sendable, Hashable, Codable {
    /// The object type id, e.g. `0-1`.
    public var typeID: String
    /// The record id.
    public var id: String

    /// Creates a reference.
    public init(typeID: String, id: String) {
        self.typeID = typeID
        self.id = id
    }
}
